package org.govindex.jobs.nightly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govindex.contract.Messages;
import org.govindex.indicators.quality.QualityCounts;
import org.govindex.indicators.quality.SurveyQuality;
import org.govindex.indicators.quality.SurveyQualitySettings;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.subjective.CommunitySurvey;
import org.govindex.indicators.subjective.ItemTally;
import org.govindex.indicators.subjective.SubjectiveScoring;
import org.govindex.indicators.subjective.SubjectiveSettings;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.TableWriter;
import org.govindex.jobs.reduce.StreetSurvey;
import org.govindex.jobs.reduce.SurveyReduction;
import org.govindex.jobs.stages.StageCodec;
import org.govindex.jobs.stages.StageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The resident survey: Spark reduces the responses and answers to per-street statistics in one pass
 * ({@link SurveyReduction}); plain Java computes the subjective scores S of communities and streets
 * with their intervals ({@link SubjectiveScoring}) and the survey-quality signals ({@link
 * SurveyQuality}). Writes {@code satisfaction_items} and {@code survey_quality}, and the subjective
 * part of every unit as a stage table for the appraisal.
 */
final class ComputeSurveyTasklet extends RunStep {

  static final String STEP = "computeSurveyStep";
  private static final Logger LOG = LoggerFactory.getLogger(ComputeSurveyTasklet.class);

  private final SparkSessionHolder spark;

  ComputeSurveyTasklet(
      RunWorkspace workspace, LoadedSettings settings, SparkSessionHolder spark, StepHooks hooks) {
    super(STEP, workspace, settings, hooks);
    this.spark = spark;
  }

  @Override
  void run(StepContribution contribution, ChunkContext chunkContext) {
    IngestedDatasets ingested = new IngestedDatasets(workspace.stage(RunWorkspace.INGESTED));
    Registry registry = ingested.registry();
    SubjectiveSettings subjective = Settings.subjective(settings, period());
    SurveyQualitySettings quality = Settings.surveyQuality(settings, period());
    LOG.info(Messages.text("step.survey"));
    List<StreetSurvey> streets =
        SurveyReduction.reduce(
            spark.get(), ingested, settings.questionnaire(), subjective, quality);
    List<CommunitySurvey> surveys = new ArrayList<>();
    List<ItemTally> items = new ArrayList<>();
    List<QualityCounts> communityQuality = new ArrayList<>();
    List<QualityCounts> streetQuality = new ArrayList<>();
    for (StreetSurvey s : streets) {
      surveys.addAll(s.communities());
      items.addAll(s.items());
      communityQuality.addAll(s.communityQuality());
      streetQuality.add(s.streetQuality());
    }
    surveys.sort(Comparator.comparing(CommunitySurvey::communityCode));
    SubjectiveScoring.Result result =
        SubjectiveScoring.compute(registry, settings.questionnaire(), surveys, items, subjective);
    TableWriter writer =
        new TableWriter(
            workspace.openStage(RunWorkspace.TABLES), workspace.openStage(RunWorkspace.PARQUET));
    writer.write(result.satisfactionItems());
    checkpoint("first-table-written");
    writer.write(SurveyQuality.table(registry, communityQuality, streetQuality, quality));
    new StageStore(workspace.stagesDir()).write(StageCodec.subjective(result.units()));
  }
}
