package org.govindex.jobs.nightly;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.config.SettingsLoader;
import org.govindex.jobs.io.RunFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Builds the Spring context of one run, launches (or restarts) the nightly job and reports the
 * outcome. The job instance is identified by period and run date: a completed one is not run again,
 * a failed one restarts at its failed step.
 */
public final class NightlyRunner {

  private static final Logger LOG = LoggerFactory.getLogger(NightlyRunner.class);

  private final Supplier<SparkSession> sparkFactory;
  private final boolean stopSparkAtEnd;
  private final StepHooks hooks;

  public NightlyRunner(
      Supplier<SparkSession> sparkFactory, boolean stopSparkAtEnd, StepHooks hooks) {
    this.sparkFactory = sparkFactory;
    this.stopSparkAtEnd = stopSparkAtEnd;
    this.hooks = hooks;
  }

  public NightlyOutcome run(NightlyRequest request) {
    try (OutputLock lock = OutputLock.acquire(request.out(), request.period(), request.runDate());
        SparkSessionHolder spark = new SparkSessionHolder(sparkFactory, stopSparkAtEnd);
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      new RunWorkspace(request.out(), request.period(), request.runDate()).recover();
      RunFiles.deleteRecursively(SparkScratch.dir(request.out()));
      context.registerBean(NightlyRequest.class, () -> request);
      LoadedSettings[] effective = {request.settings()};
      // lazy: created when a step first needs it, after restartParameters has chosen the
      // configuration of the run being resumed
      context.registerBean(
          LoadedSettings.class, () -> effective[0], definition -> definition.setLazyInit(true));
      context.registerBean(StepHooks.class, () -> hooks);
      context.registerBean(SparkSessionHolder.class, () -> spark);
      context.register(BatchInfrastructureConfiguration.class, NightlyJobConfiguration.class);
      context.refresh();
      JobLauncher launcher = context.getBean(JobLauncher.class);
      Job job = context.getBean(NightlyJobConfiguration.JOB_NAME, Job.class);
      String what = Messages.text("nightly.what", request.period(), request.runDate());
      StaleExecutions.markFailed(
          context.getBean(JobExplorer.class),
          context.getBean(org.springframework.batch.core.repository.JobRepository.class),
          parameters(request));
      JobParameters parameters =
          restartParameters(context.getBean(JobExplorer.class), request, effective);
      JobExecution execution;
      try {
        execution = launcher.run(job, parameters);
      } catch (JobInstanceAlreadyCompleteException e) {
        return new NightlyOutcome(
            NightlyOutcome.Status.ALREADY_COMPLETE,
            new RunWorkspace(request.out(), request.period(), request.runDate()).publishedDir(),
            Messages.text("nightly.alreadyComplete", what, request.out().resolve(request.period())),
            List.of());
      }
      LOG.info(Messages.text("nightly.stepTimes", describe(stepTimes(execution))));
      if (execution.getStatus() == BatchStatus.COMPLETED) {
        RunWorkspace workspace =
            new RunWorkspace(request.out(), request.period(), request.runDate());
        return new NightlyOutcome(
            NightlyOutcome.Status.COMPLETED,
            workspace.publishedDir(),
            Messages.text("nightly.completed", what, workspace.publishedDir(), summary(execution)),
            stepTimes(execution));
      }
      return new NightlyOutcome(
          NightlyOutcome.Status.FAILED,
          null,
          refusal(execution)
              .orElseGet(() -> Messages.text("nightly.failed", what, failure(execution))),
          stepTimes(execution));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(GovindexException.oneLine(e), e);
    }
  }

  /**
   * The parameters to launch with: those of the command line, or, when this (period, run date) has
   * an unfinished execution, the input and configuration of that execution, so that a restart goes
   * on with the run it restarts (and says so when the command line differs).
   */
  private static JobParameters restartParameters(
      JobExplorer explorer, NightlyRequest request, LoadedSettings[] settings) {
    JobParameters requested = parameters(request);
    JobInstance instance = explorer.getJobInstance(NightlyJobConfiguration.JOB_NAME, requested);
    JobExecution last = instance == null ? null : explorer.getLastJobExecution(instance);
    if (last == null || last.getStatus() == BatchStatus.COMPLETED) {
      return requested;
    }
    JobParameters previous = last.getJobParameters();
    String input = previous.getString("input");
    String config = previous.getString("config");
    if (!input.equals(requested.getString("input"))
        || !config.equals(requested.getString("config"))) {
      LOG.info(
          Messages.text(
              "nightly.restartOwnInput",
              request.period(),
              request.runDate(),
              input,
              config.isEmpty() ? Messages.text("nightly.embeddedDefaults") : config));
    }
    if (!config.equals(requested.getString("config"))) {
      settings[0] = SettingsLoader.load(config.isEmpty() ? null : java.nio.file.Path.of(config));
    }
    return new JobParametersBuilder(requested)
        .addString("input", input, false)
        .addString("config", config, false)
        .addString("config.sha256", settings[0].sha256(), false)
        .toJobParameters();
  }

  static JobParameters parameters(NightlyRequest request) {
    JobParametersBuilder builder =
        new JobParametersBuilder()
            .addString("period", request.period(), true)
            .addString("run.date", request.runDate(), true)
            .addString("input", request.input().toAbsolutePath().toString(), false)
            .addString("out", request.out().toAbsolutePath().toString(), false)
            .addString(
                "config",
                request.configFile() == null
                    ? ""
                    : request.configFile().toAbsolutePath().toString(),
                false)
            .addString("config.sha256", request.settings().sha256(), false);
    if (request.rerunToken() != null) {
      builder.addString("rerun", request.rerunToken(), true);
    }
    return builder.toJobParameters();
  }

  private static String describe(List<StepTime> steps) {
    return Messages.list(
        steps.stream()
            .map(
                t ->
                    Messages.text(
                        "nightly.stepTime",
                        t.step(),
                        String.format(java.util.Locale.ROOT, "%.1f", t.seconds())))
            .toList());
  }

  /** The wall time of each step of the execution, in the order the steps ran. */
  private static List<StepTime> stepTimes(JobExecution execution) {
    List<StepExecution> steps = new java.util.ArrayList<>(execution.getStepExecutions());
    steps.sort(java.util.Comparator.comparing(StepExecution::getId));
    List<StepTime> out = new java.util.ArrayList<>();
    for (StepExecution step : steps) {
      if (step.getStartTime() != null && step.getEndTime() != null) {
        double seconds =
            java.time.Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9;
        out.add(new StepTime(step.getStepName(), seconds));
      }
    }
    return out;
  }

  private static String summary(JobExecution execution) {
    for (StepExecution step : execution.getStepExecutions()) {
      if (step.getExecutionContext().containsKey("summary")) {
        return Messages.text(
            "nightly.summaryShown", step.getExecutionContext().getString("summary"));
      }
    }
    return "";
  }

  /** The refusal of a period without its data, when the run was refused for it. */
  private static Optional<String> refusal(JobExecution execution) {
    for (Throwable failure : execution.getAllFailureExceptions()) {
      for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof PeriodRefusedException) {
          return Optional.of(t.getMessage());
        }
      }
    }
    return Optional.empty();
  }

  private static String failure(JobExecution execution) {
    for (StepExecution step : execution.getStepExecutions()) {
      List<Throwable> failures = step.getFailureExceptions();
      if (!failures.isEmpty()) {
        return Messages.text(
            "nightly.failedIn", step.getStepName(), GovindexException.oneLine(failures.get(0)));
      }
    }
    List<Throwable> failures = execution.getAllFailureExceptions();
    return failures.isEmpty()
        ? ""
        : Messages.text("nightly.failedBecause", GovindexException.oneLine(failures.get(0)));
  }
}
