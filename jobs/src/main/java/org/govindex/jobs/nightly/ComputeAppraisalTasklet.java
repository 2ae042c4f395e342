package org.govindex.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.AppraisalLevel;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.appraisal.IndicatorDefinition;
import org.govindex.jobs.compute.appraisal.AppraisalContributions;
import org.govindex.jobs.compute.appraisal.AppraisalTotals;
import org.govindex.jobs.compute.appraisal.UnitParents;
import org.govindex.jobs.compute.department.DepartmentInputs;
import org.govindex.jobs.compute.department.DepartmentRating;
import org.govindex.jobs.compute.department.DepartmentRatingSettings;
import org.govindex.jobs.compute.department.DepartmentTables;
import org.govindex.jobs.compute.innovation.InnovationIndex;
import org.govindex.jobs.compute.innovation.InnovationInputs;
import org.govindex.jobs.compute.innovation.InnovationSettings;
import org.govindex.jobs.compute.innovation.InnovationTables;
import org.govindex.jobs.compute.objective.ObjectiveInputs;
import org.govindex.jobs.compute.objective.ObjectiveScoring;
import org.govindex.jobs.compute.objective.ObjectiveTables;
import org.govindex.jobs.compute.quality.SurveyQuality;
import org.govindex.jobs.compute.quality.SurveyQualityInputs;
import org.govindex.jobs.compute.quality.SurveyQualitySettings;
import org.govindex.jobs.compute.subjective.IngestedData;
import org.govindex.jobs.compute.subjective.SubjectiveScoring;
import org.govindex.jobs.compute.subjective.SubjectiveSettings;
import org.govindex.jobs.compute.subjective.SubjectiveTables;
import org.govindex.jobs.config.FrameworkFiles;
import org.govindex.jobs.config.GovindexSettings;
import org.govindex.jobs.io.TableWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Step 2: computes the result tables from the ingested datasets and writes them as {@code
 * tables/*.csv} and {@code parquet/<table>/}, with the configuration used in {@code config/}. A
 * thin edge: reading and writing here, the computations are the pure functions of {@code
 * org.govindex.jobs.compute}.
 */
public final class ComputeAppraisalTasklet implements Tasklet {

  static final String STEP = "computeAppraisalStep";
  static final String TABLES = "tables";
  static final String PARQUET = "parquet";
  static final String CONFIG = "config";

  private static final Logger LOG = LoggerFactory.getLogger(ComputeAppraisalTasklet.class);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

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
    FrameworkFiles framework = request.settings().framework();
    AppraisalConfiguration appraisal = framework.appraisal();
    AppraisalPolicy policy = appraisal.policy();
    Path ingested = workspace.stage(IngestDropTasklet.STAGE);
    TableWriter writer =
        new TableWriter(workspace.beginStage(TABLES), workspace.beginStage(PARQUET));
    Integer baseYear = request.settings().settings().innovation().baseYear();
    MethodologyDocument.write(
        workspace.beginStage(CONFIG), framework, request.settings().settings(), baseYear);

    LOG.info("computing the subjective scores (S, bootstrap intervals)");
    IngestedData surveys = IngestedData.readParquet(session, ingested);
    SubjectiveTables subjective =
        SubjectiveScoring.compute(
            session, surveys, framework.questionnaire(), subjectiveSettings(policy));
    writer.write("satisfaction_items", subjective.satisfactionItems());

    LOG.info("computing the objective indicators (O)");
    ObjectiveTables objective =
        ObjectiveScoring.compute(
            session,
            ObjectiveInputs.readParquet(session, ingested),
            appraisal.catalogue(),
            request.period());
    // O feeds the totals, the contributions and the departments: compute it once
    objective =
        new ObjectiveTables(
            objective.indicatorValues(),
            objective.objectiveScores().cache(),
            objective.weightShares().cache());
    writer.write("indicator_values", objective.indicatorValues());

    LOG.info("checking survey quality");
    Dataset<Row> quality =
        SurveyQuality.compute(
                session,
                SurveyQualityInputs.readParquet(session, ingested),
                surveyQualitySettings())
            .cache();
    writer.write(SurveyQuality.TABLE, quality);

    LOG.info("computing totals, ranks and grades");
    Dataset<Row> table =
        AppraisalTotals.compute(
                subjective.appraisal(),
                subjective.subjectiveReplicates(),
                objective.objectiveScores(),
                UnitParents.of(surveys.communities(), surveys.streets(), surveys.districts()),
                previousAppraisal(session).orElse(null),
                policy)
            .transform(t -> AppraisalTotals.withSurveyQualityFlags(t, quality))
            .cache();
    writer.write("appraisal", table);
    writer.write(
        "appraisal_contributions",
        AppraisalContributions.compute(
            session, table, objective.weightShares(), indicatorNames(appraisal), request.period()));
    table.unpersist();
    quality.unpersist();

    LOG.info("computing the department two-way rating");
    DepartmentTables departments =
        DepartmentRating.compute(
            session,
            DepartmentInputs.readParquet(session, ingested),
            DepartmentRatingSettings.fromPolicy(policy, request.period()),
            objective.objectiveScores());
    writer.write("department_rating", departments.departmentRating());
    writer.write("department_street_matrix", departments.streetMatrix());
    writer.write("department_rater_flags", departments.raterFlags());
    writer.write("street_rating_given", departments.streetRatingGiven());

    LOG.info("computing the innovation index (with its Monte Carlo uncertainty) and awards");
    InnovationTables innovation =
        InnovationIndex.compute(
            session,
            InnovationInputs.readParquet(session, ingested),
            new InnovationSettings(
                request.period(),
                baseYear,
                framework.innovation(),
                framework.awards(),
                policy.gradeThresholds(),
                policy.minimumSampleCommunity(),
                framework.questionnaire()));
    writer.write("innovation_index", innovation.innovationIndex());
    writer.write("innovation_coherence", innovation.coherence());
    writer.write("awards", innovation.awards());
    writer.write("awards_by_unit", innovation.awardsByUnit());

    workspace.commitStage(CONFIG);
    workspace.commitStage(TABLES);
    workspace.commitStage(PARQUET);
    return RepeatStatus.FINISHED;
  }

  private SubjectiveSettings subjectiveSettings(AppraisalPolicy policy) {
    GovindexSettings.Appraisal a = request.settings().settings().appraisal();
    return new SubjectiveSettings(
        request.period(),
        policy.minimumSampleCommunity(),
        policy.minimumSampleStreet(),
        a.bootstrapResamples(),
        a.bootstrapSeed(),
        policy.subjectiveWeight(AppraisalLevel.COMMUNITY),
        policy.subjectiveWeight(AppraisalLevel.STREET));
  }

  private SurveyQualitySettings surveyQualitySettings() {
    GovindexSettings.SurveyQuality q = request.settings().settings().surveyQuality();
    if (q == null) {
      return SurveyQualitySettings.defaults(request.period());
    }
    return q.toSettings(request.period());
  }

  private static Map<String, String> indicatorNames(AppraisalConfiguration appraisal) {
    Map<String, String> names = new LinkedHashMap<>();
    for (IndicatorDefinition d : appraisal.catalogue().indicators()) {
      names.put(d.code(), d.name());
    }
    return names;
  }

  /**
   * The appraisal table of the latest earlier period published in the output folder ({@code
   * OUT/<year>/parquet/appraisal}), if any.
   */
  private Optional<Dataset<Row>> previousAppraisal(SparkSession session) {
    int current = Integer.parseInt(request.period());
    Path root = workspace.outRoot();
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      Optional<Path> latest =
          dirs.filter(d -> YEAR.matcher(d.getFileName().toString()).matches())
              .filter(d -> Integer.parseInt(d.getFileName().toString()) < current)
              .filter(d -> Files.isDirectory(d.resolve(PARQUET).resolve("appraisal")))
              .max(java.util.Comparator.comparing(d -> d.getFileName().toString()));
      latest.ifPresent(d -> LOG.info("previous period for the change: {}", d));
      return latest.map(
          d -> session.read().parquet(d.resolve(PARQUET).resolve("appraisal").toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }
}
