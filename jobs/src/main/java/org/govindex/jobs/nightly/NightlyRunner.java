package org.govindex.jobs.nightly;

import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.govindex.jobs.cli.OneLine;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Builds the Spring context of one run, launches (or restarts) the nightly job and reports the
 * outcome. The job instance is identified by period and run date: a completed one is not run again,
 * a failed one restarts at its failed step.
 */
public final class NightlyRunner {

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
    try (SparkSessionHolder spark = new SparkSessionHolder(sparkFactory, stopSparkAtEnd);
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      context.registerBean(NightlyRequest.class, () -> request);
      context.registerBean(StepHooks.class, () -> hooks);
      context.registerBean(SparkSessionHolder.class, () -> spark);
      context.register(BatchInfrastructureConfiguration.class, NightlyJobConfiguration.class);
      context.refresh();
      JobLauncher launcher = context.getBean(JobLauncher.class);
      Job job = context.getBean(NightlyJobConfiguration.JOB_NAME, Job.class);
      String what = "nightly " + request.period() + " (run date " + request.runDate() + ")";
      JobExecution execution;
      try {
        execution = launcher.run(job, parameters(request));
      } catch (JobInstanceAlreadyCompleteException e) {
        return new NightlyOutcome(
            NightlyOutcome.Status.ALREADY_COMPLETE,
            new RunWorkspace(request.out(), request.period(), request.runDate()).publishedDir(),
            what
                + " already completed; nothing to do (results in "
                + request.out().resolve(request.period())
                + "; --rerun runs it again)");
      }
      if (execution.getStatus() == BatchStatus.COMPLETED) {
        RunWorkspace workspace = context.getBean(RunWorkspace.class);
        return new NightlyOutcome(
            NightlyOutcome.Status.COMPLETED,
            workspace.publishedDir(),
            what + " completed: " + workspace.publishedDir() + summary(execution));
      }
      return new NightlyOutcome(
          NightlyOutcome.Status.FAILED, null, what + " failed" + failure(execution));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(OneLine.of(e), e);
    }
  }

  static JobParameters parameters(NightlyRequest request) {
    JobParametersBuilder builder =
        new JobParametersBuilder()
            .addString("period", request.period(), true)
            .addString("run.date", request.runDate(), true)
            .addString("input", request.input().toAbsolutePath().toString(), false)
            .addString("out", request.out().toAbsolutePath().toString(), false)
            .addString("config.sha256", request.settings().sha256(), false);
    if (request.rerunToken() != null) {
      builder.addString("rerun", request.rerunToken(), true);
    }
    return builder.toJobParameters();
  }

  private static String summary(JobExecution execution) {
    for (StepExecution step : execution.getStepExecutions()) {
      if (step.getExecutionContext().containsKey("summary")) {
        return " (" + step.getExecutionContext().getString("summary") + ")";
      }
    }
    return "";
  }

  private static String failure(JobExecution execution) {
    for (StepExecution step : execution.getStepExecutions()) {
      List<Throwable> failures = step.getFailureExceptions();
      if (!failures.isEmpty()) {
        return " in " + step.getStepName() + ": " + OneLine.of(failures.get(0));
      }
    }
    List<Throwable> failures = execution.getAllFailureExceptions();
    return failures.isEmpty() ? "" : ": " + OneLine.of(failures.get(0));
  }
}
