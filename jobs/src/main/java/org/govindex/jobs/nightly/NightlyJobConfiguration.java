package org.govindex.jobs.nightly;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly job: {@code ingestDropStep → computeAppraisalStep → renderReportsStep →
 * publishOutputsStep}. A failed run started again with the same (period, run date) restarts at the
 * failed step; completed steps are not run again. The tasklets are thin: Spark reading and writing
 * at the edges, the computations are pure functions elsewhere.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

  public static final String JOB_NAME = "nightlyJob";

  @Bean
  public Job nightlyJob(
      JobRepository jobRepository,
      Step ingestDropStep,
      Step computeAppraisalStep,
      Step renderReportsStep,
      Step publishOutputsStep) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .start(ingestDropStep)
        .next(computeAppraisalStep)
        .next(renderReportsStep)
        .next(publishOutputsStep)
        .build();
  }

  @Bean
  public Step ingestDropStep(JobRepository jobRepository, IngestDropTasklet tasklet) {
    return step("ingestDropStep", jobRepository, tasklet);
  }

  @Bean
  public Step computeAppraisalStep(JobRepository jobRepository, ComputeAppraisalTasklet tasklet) {
    return step("computeAppraisalStep", jobRepository, tasklet);
  }

  @Bean
  public Step renderReportsStep(JobRepository jobRepository, RenderReportsTasklet tasklet) {
    return step("renderReportsStep", jobRepository, tasklet);
  }

  @Bean
  public Step publishOutputsStep(JobRepository jobRepository, PublishOutputsTasklet tasklet) {
    return step("publishOutputsStep", jobRepository, tasklet);
  }

  @Bean
  public RunWorkspace runWorkspace(NightlyRequest request) {
    return new RunWorkspace(request.out(), request.period(), request.runDate());
  }

  @Bean
  public IngestDropTasklet ingestDropTasklet(
      NightlyRequest request, RunWorkspace workspace, SparkSessionHolder spark, StepHooks hooks) {
    return new IngestDropTasklet(request, workspace, spark, hooks);
  }

  @Bean
  public ComputeAppraisalTasklet computeAppraisalTasklet(
      NightlyRequest request, RunWorkspace workspace, SparkSessionHolder spark, StepHooks hooks) {
    return new ComputeAppraisalTasklet(request, workspace, spark, hooks);
  }

  @Bean
  public RenderReportsTasklet renderReportsTasklet(
      NightlyRequest request, RunWorkspace workspace, StepHooks hooks) {
    return new RenderReportsTasklet(request, workspace, hooks);
  }

  @Bean
  public PublishOutputsTasklet publishOutputsTasklet(
      NightlyRequest request, RunWorkspace workspace, StepHooks hooks) {
    return new PublishOutputsTasklet(request, workspace, hooks);
  }

  private static Step step(String name, JobRepository jobRepository, Tasklet tasklet) {
    // Spark and file work is not transactional; the repository keeps its own transactions.
    return new StepBuilder(name, jobRepository)
        .tasklet(tasklet, new ResourcelessTransactionManager())
        .build();
  }
}
