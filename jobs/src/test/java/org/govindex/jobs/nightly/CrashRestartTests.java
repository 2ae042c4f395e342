package org.govindex.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govindex.jobs.config.SettingsLoader;
import org.govindex.jobs.spark.SparkSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, one run at a time, and determinism of the nightly job on the bundled drop (issue
 * 13): runs killed inside every step, and between the renames of publication, resume with the same
 * command and publish exactly what an undisturbed run publishes; a second run of the same output
 * folder is refused at once while one runs; two runs give the same bytes.
 */
class CrashRestartTests {

  private static final Path SAMPLE_DROP =
      Path.of(System.getProperty("user.dir")).getParent().resolve("data-samples").resolve("drop");
  private static final String PERIOD = "2026";
  private static final String RUN_DATE = "2026-11-25";

  /** Where the chain of killed runs dies, in the order the run reaches them. */
  private static final List<String> CRASH_POINTS =
      List.of(
          IngestDropTasklet.STEP,
          IngestDropTasklet.STEP + ":before-commit",
          ComputeSurveyTasklet.STEP + ":first-table-written",
          ComputeObjectiveTasklet.STEP,
          ComputeAppraisalTasklet.STEP,
          ComputeDepartmentsTasklet.STEP,
          ComputeInnovationTasklet.STEP,
          RenderReportsTasklet.STEP,
          PublishOutputsTasklet.STEP + ":before-renames",
          PublishOutputsTasklet.STEP + ":between-renames",
          PublishOutputsTasklet.STEP + ":after-renames");

  @TempDir Path temp;

  @Test
  void givenRunsKilledInEveryStepWhenRestartedThenTheyPublishWhatAnUndisturbedRunPublishes()
      throws Exception {
    // given an undisturbed run of the sample drop
    Path undisturbed = temp.resolve("undisturbed");
    NightlyOutcome reference =
        new NightlyRunner(SparkSessionFactory::forTests, false, StepHooks.NONE)
            .run(
                new NightlyRequest(
                    SAMPLE_DROP,
                    undisturbed,
                    PERIOD,
                    RUN_DATE,
                    null,
                    SettingsLoader.load(null),
                    null));
    assertThat(reference.status()).isEqualTo(NightlyOutcome.Status.COMPLETED);

    // when the same run is killed (SIGKILL-like: no clean-up at all) at every point in turn,
    // each time started again with the same command
    Path killed = temp.resolve("killed");
    for (String point : CRASH_POINTS) {
      Child child = start(killed, point, false);
      assertThat(child.waitFor()).as("killed at " + point).isEqualTo(CrashingRun.KILLED);
      // no partial file is ever visible where results are published
      assertPublishedIsCompleteOrAbsent(killed.resolve(PERIOD));
    }
    Child last = start(killed, "none", false);
    assertThat(last.waitFor()).as(last.output()).isZero();

    // then it published exactly what the undisturbed run published: the same tables, byte for
    // byte, and reports with the same text
    assertThat(filesUnder(killed.resolve(PERIOD).resolve("tables")))
        .isEqualTo(filesUnder(undisturbed.resolve(PERIOD).resolve("tables")));
    assertThat(filesUnder(killed.resolve(PERIOD).resolve("parquet")))
        .isEqualTo(filesUnder(undisturbed.resolve(PERIOD).resolve("parquet")));
    assertThat(Files.readString(killed.resolve(PERIOD).resolve("rejects.csv")))
        .isEqualTo(Files.readString(undisturbed.resolve(PERIOD).resolve("rejects.csv")));
    for (String pdf :
        List.of(
            "annual-report.pdf",
            "scorecards-communities.pdf",
            "scorecards-streets.pdf",
            "scorecards-departments.pdf")) {
      assertThat(text(killed.resolve(PERIOD).resolve("reports").resolve(pdf)))
          .as(pdf)
          .isEqualTo(text(undisturbed.resolve(PERIOD).resolve("reports").resolve(pdf)));
    }
    // and left no scratch behind
    assertThat(killed.resolve(".work").resolve(PERIOD + "-" + RUN_DATE)).doesNotExist();
    assertThat(killed.resolve(".work").resolve(PERIOD + "-" + RUN_DATE + ".stages")).doesNotExist();
  }

  @Test
  void givenARunHangingInAStepWhenASecondStartsThenItIsRefusedAtOnceAndTheTimeLimitEndsTheHang()
      throws Exception {
    // given a run that hangs at the start of its first step, under a step time limit of 15 s
    Path out = temp.resolve("busy");
    Path config = temp.resolve("limit.yaml");
    Files.writeString(config, "limits:\n  stepSeconds: 15\n");
    Child first = start(out, IngestDropTasklet.STEP, true, config);
    first.awaitLine("holding at");

    // when a second run of the same folder starts
    long started = System.nanoTime();
    NightlyRunner second = new NightlyRunner(SparkSessionFactory::forTests, false, StepHooks.NONE);
    org.govindex.contract.GovindexException refusal = null;
    try {
      second.run(
          new NightlyRequest(
              SAMPLE_DROP, out, PERIOD, "2026-11-26", null, SettingsLoader.load(null), null));
    } catch (org.govindex.contract.GovindexException e) {
      refusal = e;
    }

    // then it is refused at once, in one short line naming the run that holds the folder
    assertThat(refusal).isNotNull();
    assertThat(refusal.getMessage())
        .contains("in use by another run")
        .contains("nightly 2026 run date " + RUN_DATE)
        .contains("process " + first.pid())
        .doesNotContain("\n");
    assertThat(refusal.getMessage().length()).isLessThan(250);
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(10);

    // and a Chinese user reads the same refusal in Chinese, the holder named in their language
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.CHINA);
    try {
      second.run(
          new NightlyRequest(
              SAMPLE_DROP, out, PERIOD, "2026-11-26", null, SettingsLoader.load(null), null));
      refusal = null;
    } catch (org.govindex.contract.GovindexException e) {
      refusal = e;
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertThat(refusal).isNotNull();
    assertThat(refusal.getMessage())
        .contains("正被另一次运行使用")
        .contains("夜间作业 2026 年度（运行日期 " + RUN_DATE + "），进程 " + first.pid() + "，开始于 ");

    // and when the time limit passes, the hung run ends with exit status 1 and one line naming
    // the step and the limit
    assertThat(first.waitFor()).as(first.output()).isEqualTo(1);
    assertThat(first.output())
        .contains(
            "govindex nightly: step "
                + IngestDropTasklet.STEP
                + " ran over its time limit of 15 s (limits.stepSeconds) and the run was stopped");

    // and once the holder is gone, the lock is free: the next night's run completes (the restart
    // of the run that overran would resume with its own 15 s limit: restarts are proved above)
    NightlyOutcome next =
        new NightlyRunner(SparkSessionFactory::forTests, false, StepHooks.NONE)
            .run(
                new NightlyRequest(
                    SAMPLE_DROP, out, PERIOD, "2026-11-27", null, SettingsLoader.load(null), null));
    assertThat(next.status()).as(next.message()).isEqualTo(NightlyOutcome.Status.COMPLETED);
  }

  /** The published folder is either absent or a complete result (every listed output present). */
  private static void assertPublishedIsCompleteOrAbsent(Path published) throws IOException {
    if (!Files.exists(published)) {
      return;
    }
    Path manifest = published.resolve("manifest.json");
    assertThat(manifest).isRegularFile();
    var outputs =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(manifest.toFile())
            .get("outputs");
    for (var output : outputs) {
      assertThat(published.resolve(output.get("path").asText())).isRegularFile();
    }
  }

  private static Map<String, String> filesUnder(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(), org.govindex.jobs.io.Sha256.of(f));
      }
    }
    return out;
  }

  private static String text(Path pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private Child start(Path out, String crashAt, boolean hold) throws IOException {
    return start(out, crashAt, hold, null);
  }

  private Child start(Path out, String crashAt, boolean hold, Path config) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashingRun.class.getName());
    command.add(SAMPLE_DROP.toString());
    command.add(out.toString());
    command.add(PERIOD);
    command.add(RUN_DATE);
    command.add(crashAt);
    if (hold) {
      command.add("hold");
    }
    if (config != null) {
      command.add("--config");
      command.add(config.toString());
    }
    Path log = temp.resolve("child-" + System.nanoTime() + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Child(process, log);
  }

  private record Child(Process process, Path log) {
    int waitFor() throws InterruptedException {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the run did not end within 5 minutes:\n" + output());
      }
      return process.exitValue();
    }

    long pid() {
      return process.pid();
    }

    void kill() throws InterruptedException {
      process.destroyForcibly().waitFor();
    }

    void awaitLine(String prefix) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (System.nanoTime() < deadline) {
        if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(prefix)) {
          return;
        }
        if (!process.isAlive()) {
          throw new AssertionError("the run ended early:\n" + output());
        }
        Thread.sleep(200);
      }
      throw new AssertionError("no '" + prefix + "' within 5 minutes:\n" + output());
    }

    String output() {
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
        List<String> lines = r.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
      } catch (IOException e) {
        return "(no output: " + e.getMessage() + ")";
      }
    }
  }
}
