package org.govindex.jobs.nightly;

import org.apache.spark.sql.SparkSession;
import org.govindex.jobs.compute.subjective.IngestedData;
import org.govindex.jobs.compute.subjective.SubjectiveScoring;
import org.govindex.jobs.compute.subjective.SubjectiveSettings;
import org.govindex.jobs.compute.subjective.SubjectiveTables;
import org.govindex.jobs.config.GovindexSettings;
import org.govindex.jobs.io.TableWriter;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Step 2: computes the result tables from the ingested datasets and writes them as {@code
 * tables/*.csv} and {@code parquet/<table>/}.
 */
public final class ComputeAppraisalTasklet implements Tasklet {

  static final String STEP = "computeAppraisalStep";
  static final String TABLES = "tables";
  static final String PARQUET = "parquet";

  private final NightlyRequest request;
  private final RunWorkspace workspace;
  private final SparkSessionHolder spark;
  private final StepHooks hooks;

  ComputeAppraisalTasklet(
      NightlyRequest request, RunWorkspace workspace, SparkSessionHolder spark, StepHooks hooks) {
    this.request = request;
    this.workspace = workspace;
    this.spark = spark;
    this.hooks = hooks;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    hooks.beforeStep(STEP);
    SparkSession session = spark.get();
    TableWriter writer =
        new TableWriter(workspace.beginStage(TABLES), workspace.beginStage(PARQUET));
    IngestedData inputs =
        IngestedData.readParquet(session, workspace.stage(IngestDropTasklet.STAGE));
    SubjectiveTables subjective =
        SubjectiveScoring.compute(
            session, inputs, request.settings().questionnaire(), subjectiveSettings());
    writer.write("appraisal", subjective.appraisal());
    writer.write("satisfaction_items", subjective.satisfactionItems());
    workspace.commitStage(TABLES);
    workspace.commitStage(PARQUET);
    return RepeatStatus.FINISHED;
  }

  private SubjectiveSettings subjectiveSettings() {
    GovindexSettings.Appraisal a = request.settings().settings().appraisal();
    return new SubjectiveSettings(
        request.period(),
        a.minSampleCommunity(),
        a.minSampleStreet(),
        a.bootstrapResamples(),
        a.bootstrapSeed(),
        a.communitySubjectiveWeight(),
        a.streetSubjectiveWeight());
  }
}
