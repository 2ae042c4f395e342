package org.govindex.jobs.nightly;

import java.nio.file.Path;
import java.time.Duration;
import org.govindex.jobs.config.LoadedSettings;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;

/**
 * The nightly job, one step per stage a restart can resume between:
 *
 * <ol>
 *   <li>{@code ingestDropStep} — read, validate, pseudonymise, write typed Parquet and rejects
 *       (Spark);
 *   <li>{@code computeSurveyStep} — the survey reduced per street (Spark), S and survey quality;
 *   <li>{@code computeObjectiveStep} — orders and cases reduced to tallies (Spark), indicators and
 *       O;
 *   <li>{@code computeAppraisalStep} — totals, ranks, grades, intervals, contributions;
 *   <li>{@code computeDepartmentsStep} — ratings reduced per rating (Spark), the two-way rating;
 *   <li>{@code computeInnovationStep} — the innovation index with its Monte Carlo, awards;
 *   <li>{@code renderReportsStep} — PDF reports, scorecards, charts, workbook;
 *   <li>{@code publishOutputsStep} — manifest, then publication by renames.
 * </ol>
 *
 * A failed run started again with the same (period, run date) restarts at the failed step;
 * completed steps are not run again. The tasklets are step-scoped and take the run's folders,
 * period and run date from the job parameters, so a restart works on the run it restarts.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

  public static final String JOB_NAME = "nightlyJob";

  @Bean
  public Job nightlyJob(
      JobRepository jobRepository,
      Step ingestDropStep,
      Step computeSurveyStep,
      Step computeObjectiveStep,
      Step computeAppraisalStep,
      Step computeDepartmentsStep,
      Step computeInnovationStep,
      Step renderReportsStep,
      Step publishOutputsStep) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .start(ingestDropStep)
        .next(computeSurveyStep)
        .next(computeObjectiveStep)
        .next(computeAppraisalStep)
        .next(computeDepartmentsStep)
        .next(computeInnovationStep)
        .next(renderReportsStep)
        .next(publishOutputsStep)
        .build();
  }

  @Bean
  public Step ingestDropStep(
      JobRepository jobRepository, Tasklet ingestDropTasklet, StepTimeLimit timeLimit) {
    return step(IngestDropTasklet.STEP, jobRepository, ingestDropTasklet, timeLimit);
  }

  @Bean
  public Step computeSurveyStep(
      JobRepository jobRepository, Tasklet computeSurveyTasklet, StepTimeLimit timeLimit) {
    return step(ComputeSurveyTasklet.STEP, jobRepository, computeSurveyTasklet, timeLimit);
  }

  @Bean
  public Step computeObjectiveStep(
      JobRepository jobRepository, Tasklet computeObjectiveTasklet, StepTimeLimit timeLimit) {
    return step(ComputeObjectiveTasklet.STEP, jobRepository, computeObjectiveTasklet, timeLimit);
  }

  @Bean
  public Step computeAppraisalStep(
      JobRepository jobRepository, Tasklet computeAppraisalTasklet, StepTimeLimit timeLimit) {
    return step(ComputeAppraisalTasklet.STEP, jobRepository, computeAppraisalTasklet, timeLimit);
  }

  @Bean
  public Step computeDepartmentsStep(
      JobRepository jobRepository, Tasklet computeDepartmentsTasklet, StepTimeLimit timeLimit) {
    return step(
        ComputeDepartmentsTasklet.STEP, jobRepository, computeDepartmentsTasklet, timeLimit);
  }

  @Bean
  public Step computeInnovationStep(
      JobRepository jobRepository, Tasklet computeInnovationTasklet, StepTimeLimit timeLimit) {
    return step(ComputeInnovationTasklet.STEP, jobRepository, computeInnovationTasklet, timeLimit);
  }

  @Bean
  public Step renderReportsStep(
      JobRepository jobRepository, Tasklet renderReportsTasklet, StepTimeLimit timeLimit) {
    return step(RenderReportsTasklet.STEP, jobRepository, renderReportsTasklet, timeLimit);
  }

  @Bean
  public Step publishOutputsStep(
      JobRepository jobRepository, Tasklet publishOutputsTasklet, StepTimeLimit timeLimit) {
    return step(PublishOutputsTasklet.STEP, jobRepository, publishOutputsTasklet, timeLimit);
  }

  @Bean
  @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
  public Tasklet ingestDropTasklet(
      @Value("#{jobParameters['input']}") String input,
      RunWorkspace workspace,
      LoadedSettings settings,
      SparkSessionHolder spark,
      StepHooks hooks) {
    return new IngestDropTasklet(Path.of(input), workspace, settings, spark, hooks);
  }

  @Bean
  @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
  public Tasklet computeSurveyTasklet(
      RunWorkspace workspace, LoadedSettings settings, SparkSessionHolder spark, StepHooks hooks) {
    return new ComputeSurveyTasklet(workspace, settings, spark, hooks);
  }

  @Bean
  @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
  public Tasklet computeObjectiveTasklet(
      RunWorkspace workspace, LoadedSettings settings, SparkSessionHolder spark, StepHooks hooks) {
    return new ComputeObjectiveTasklet(workspace, settings, spark, hooks);
  }

  @Bean
  @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
  public Tasklet computeAppraisalTasklet(
      RunWorkspace workspace, LoadedSettings settings, StepHooks hooks) {
    return new ComputeAppraisalTasklet(workspace, settings, hooks);
  }

  @Bean
  @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
  public Tasklet computeDepartmentsTasklet(
      RunWorkspace workspace, LoadedSettings settings, SparkSessionHolder spark, StepHooks hooks) {
    return new ComputeDepartmentsTasklet(workspace, settings, spark, hooks);
  }

  @Bean
  @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
  public Tasklet computeInnovationTasklet(
      RunWorkspace workspace, LoadedSettings settings, StepHooks hooks) {
    return new ComputeInnovationTasklet(workspace, settings, hooks);
  }

  @Bean
  @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
  public Tasklet renderReportsTasklet(
      RunWorkspace workspace, LoadedSettings settings, StepHooks hooks) {
    return new RenderReportsTasklet(workspace, settings, hooks);
  }

  @Bean
  @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
  public Tasklet publishOutputsTasklet(
      RunWorkspace workspace, LoadedSettings settings, StepHooks hooks) {
    return new PublishOutputsTasklet(workspace, settings, hooks);
  }

  /**
   * The folders of the run being executed, from its job parameters (so that a restart works in the
   * folders of the run it restarts, whatever the new command line says).
   */
  @Bean
  @Scope("step")
  public RunWorkspace runWorkspace(
      @Value("#{jobParameters['out']}") String out,
      @Value("#{jobParameters['period']}") String period,
      @Value("#{jobParameters['run.date']}") String runDate) {
    return new RunWorkspace(Path.of(out), period, runDate);
  }

  /** The time limit of every step, from the configuration of the run being executed. */
  @Bean
  public StepTimeLimit stepTimeLimit(ObjectProvider<LoadedSettings> settings) {
    return new StepTimeLimit(
        () -> Duration.ofSeconds(settings.getObject().settings().limits().stepSeconds()),
        StepTimeLimit.Expiry.HALT);
  }

  private static Step step(
      String name, JobRepository jobRepository, Tasklet tasklet, StepTimeLimit timeLimit) {
    // Spark and file work is not transactional; the repository keeps its own transactions.
    return new StepBuilder(name, jobRepository)
        .tasklet(tasklet, new ResourcelessTransactionManager())
        .listener(timeLimit)
        .build();
  }
}
