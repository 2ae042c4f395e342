package org.govindex.jobs.nightly;

import java.nio.file.Path;
import org.govindex.jobs.config.SettingsLoader;
import org.govindex.jobs.spark.SparkSessionFactory;

/**
 * A nightly run in a process of its own that dies at a given point, as a process killed with
 * SIGKILL does: {@link Runtime#halt} runs no shutdown hook, no finally block, no clean-up. Used by
 * {@link CrashRestartTests}. Arguments: drop, output folder, period, run date, crash point (a step
 * name, a {@code step:point} of {@link StepHooks#at}, or {@code none}); an argument {@code hold}
 * after them makes the run wait at the crash point instead, holding its output folder; {@code
 * --config FILE} runs with that configuration.
 */
public final class CrashingRun {

  static final int KILLED = 137;

  private CrashingRun() {}

  public static void main(String[] args) throws InterruptedException {
    String crashAt = args[4];
    boolean hold = false;
    Path config = null;
    for (int i = 5; i < args.length; i++) {
      if (args[i].equals("hold")) {
        hold = true;
      } else if (args[i].equals("--config")) {
        config = Path.of(args[++i]);
      }
    }
    boolean holdAtPoint = hold;
    StepHooks hooks =
        new StepHooks() {
          @Override
          public void beforeStep(String stepName) {
            at(stepName);
          }

          @Override
          public void at(String point) {
            if (point.equals(crashAt)) {
              if (holdAtPoint) {
                System.out.println("holding at " + point);
                System.out.flush();
                sleepForever();
              }
              Runtime.getRuntime().halt(KILLED);
            }
          }
        };
    NightlyOutcome outcome =
        new NightlyRunner(SparkSessionFactory::forTests, true, hooks)
            .run(
                new NightlyRequest(
                    Path.of(args[0]),
                    Path.of(args[1]),
                    args[2],
                    args[3],
                    config,
                    SettingsLoader.load(config),
                    null));
    System.out.println(outcome.message());
    System.exit(outcome.status() == NightlyOutcome.Status.FAILED ? 1 : 0);
  }

  private static void sleepForever() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
