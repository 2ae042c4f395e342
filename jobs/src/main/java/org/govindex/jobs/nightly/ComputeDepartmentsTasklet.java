package org.govindex.jobs.nightly;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.contract.Flag;
import org.govindex.contract.Messages;
import org.govindex.contract.Stages;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.ObjectiveScore;
import org.govindex.indicators.department.DepartmentObjective;
import org.govindex.indicators.department.DepartmentRating;
import org.govindex.indicators.department.DepartmentRatingSettings;
import org.govindex.indicators.department.DepartmentTables;
import org.govindex.indicators.department.RaterScore;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.TableWriter;
import org.govindex.jobs.reduce.RatingReduction;
import org.govindex.jobs.stages.StageCodec;
import org.govindex.jobs.stages.StageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The dual-direction department rating (双向考评): Spark reduces the ratings to one score per rating
 * ({@link RatingReduction}); plain Java computes group scores, rater effects, totals, ranks and
 * grades ({@link DepartmentRating}) with the departments' objective scores of the objective step.
 * Writes {@code department_rating}, {@code department_street_matrix}, {@code
 * department_rater_flags} and {@code street_rating_given}.
 */
final class ComputeDepartmentsTasklet extends RunStep {

  static final String STEP = "computeDepartmentsStep";
  private static final Logger LOG = LoggerFactory.getLogger(ComputeDepartmentsTasklet.class);

  private final SparkSessionHolder spark;

  ComputeDepartmentsTasklet(
      RunWorkspace workspace, LoadedSettings settings, SparkSessionHolder spark, StepHooks hooks) {
    super(STEP, workspace, settings, hooks);
    this.spark = spark;
  }

  @Override
  void run(StepContribution contribution, ChunkContext chunkContext) {
    IngestedDatasets ingested = new IngestedDatasets(workspace.stage(RunWorkspace.INGESTED));
    SparkSession session = spark.get();
    LOG.info(Messages.text("step.departments"));
    List<RaterScore> ratings =
        RatingReduction.collect(
            ingested.rows(session, Datasets.DEPARTMENT_RATINGS),
            ingested.rows(session, Datasets.DEPARTMENT_ANSWERS),
            Integer.parseInt(period()));
    StageStore stages = new StageStore(workspace.stagesDir());
    Map<String, DepartmentObjective> objective = new HashMap<>();
    for (ObjectiveScore o :
        StageCodec.objective(
            stages.read(Stages.OBJECTIVE_SCORES), stages.read(Stages.OBJECTIVE_SHARES))) {
      if (o.level() == UnitLevel.DEPARTMENT) {
        objective.put(o.unitCode(), new DepartmentObjective(o.score(), Flag.join(o.flags())));
      }
    }
    DepartmentTables tables =
        DepartmentRating.compute(
            ratings,
            ingested.registry(),
            objective,
            DepartmentRatingSettings.fromPolicy(
                settings.framework().appraisal().policy(), period()));
    TableWriter writer =
        new TableWriter(
            workspace.openStage(RunWorkspace.TABLES), workspace.openStage(RunWorkspace.PARQUET));
    writer.write(tables.departmentRating());
    writer.write(tables.streetMatrix());
    writer.write(tables.raterFlags());
    writer.write(tables.streetRatingGiven());
  }
}
