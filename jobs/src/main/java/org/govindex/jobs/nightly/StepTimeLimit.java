package org.govindex.jobs.nightly;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.govindex.contract.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/**
 * The time limit of a step ({@code limits.stepSeconds}): a step still running when it expires ends
 * the process at once, with one line on standard error naming the step and the limit, and exit
 * status 1. Nothing is cleaned up on the way out, exactly as after a crash, and for the same reason
 * the crash path is safe: outputs appear only by renames, the next run marks the stale execution
 * failed and the same command restarts at this step. Ending the process rather than interrupting
 * the step is deliberate: a hung step (a Spark task waiting on a dead executor, a loop on a
 * pathological value) does not answer an interrupt.
 */
final class StepTimeLimit implements StepExecutionListener, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StepTimeLimit.class);

  /** How the process ends when a step overruns (the product halts; tests may record instead). */
  @FunctionalInterface
  interface Expiry {
    Expiry HALT =
        message -> {
          PrintStream err = System.err;
          err.println("govindex nightly: " + message);
          err.flush();
          Runtime.getRuntime().halt(1);
        };

    void expired(String message);
  }

  private final Supplier<Duration> limit;
  private final Expiry expiry;
  private final ScheduledExecutorService timer;
  private ScheduledFuture<?> pending;

  /**
   * @param limit the limit, asked at the start of each step (the configuration of the run being
   *     resumed is known only once the job is launched)
   */
  StepTimeLimit(Supplier<Duration> limit, Expiry expiry) {
    this.limit = limit;
    this.expiry = expiry;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "step-time-limit");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public synchronized void beforeStep(StepExecution stepExecution) {
    String step = stepExecution.getStepName();
    Duration duration = limit.get();
    pending =
        timer.schedule(() -> expire(step, duration), duration.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized ExitStatus afterStep(StepExecution stepExecution) {
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
    return null;
  }

  /** Stops the timer (Spring calls this when the run's context closes). */
  @Override
  public void close() {
    timer.shutdownNow();
  }

  private void expire(String step, Duration duration) {
    String message = Messages.text("nightly.stepTimeLimit", step, duration.toSeconds());
    LOG.error(message);
    expiry.expired(message);
  }
}
