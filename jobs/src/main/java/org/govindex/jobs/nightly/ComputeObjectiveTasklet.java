package org.govindex.jobs.nightly;

import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.contract.Messages;
import org.govindex.indicators.objective.CaseTally;
import org.govindex.indicators.objective.ObjectiveScoring;
import org.govindex.indicators.objective.ObjectiveSources;
import org.govindex.indicators.objective.OrderTally;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.TableWriter;
import org.govindex.jobs.reduce.CaseReduction;
import org.govindex.jobs.reduce.OrderReduction;
import org.govindex.jobs.stages.StageCodec;
import org.govindex.jobs.stages.StageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The objective indicators: Spark reduces the work orders and mediation cases to tallies per year
 * and area or handler (one aggregation each); plain Java computes every unit's indicators and O
 * ({@link ObjectiveScoring}) with the facts, summaries and registry read whole. Writes {@code
 * indicator_values}, and O with its indicator shares and the tallies of every year (for the
 * innovation index) as stage tables.
 */
final class ComputeObjectiveTasklet extends RunStep {

  static final String STEP = "computeObjectiveStep";
  private static final Logger LOG = LoggerFactory.getLogger(ComputeObjectiveTasklet.class);

  private final SparkSessionHolder spark;

  ComputeObjectiveTasklet(
      RunWorkspace workspace, LoadedSettings settings, SparkSessionHolder spark, StepHooks hooks) {
    super(STEP, workspace, settings, hooks);
    this.spark = spark;
  }

  @Override
  void run(StepContribution contribution, ChunkContext chunkContext) {
    IngestedDatasets ingested = new IngestedDatasets(workspace.stage(RunWorkspace.INGESTED));
    SparkSession session = spark.get();
    LOG.info(Messages.text("step.objective"));
    List<OrderTally> orders =
        OrderReduction.collect(ingested.rows(session, Datasets.HOTLINE_ORDERS)).stream()
            .sorted(ORDER)
            .toList();
    List<CaseTally> cases =
        CaseReduction.collect(ingested.rows(session, Datasets.MEDIATION_CASES)).stream()
            .sorted(CASES)
            .toList();
    ObjectiveSources sources =
        new ObjectiveSources(
            ingested.registry(),
            orders,
            cases,
            ingested.table(Datasets.MEDIATION_SUMMARY),
            ingested.table(Datasets.COMMUNITY_FACTS),
            ingested.table(Datasets.STREET_FACTS));
    ObjectiveScoring.Result result =
        ObjectiveScoring.compute(sources, settings.framework().appraisal().catalogue(), period());
    new TableWriter(
            workspace.openStage(RunWorkspace.TABLES), workspace.openStage(RunWorkspace.PARQUET))
        .write(result.indicatorValues());
    StageStore stages = new StageStore(workspace.stagesDir());
    StageCodec.objective(result.scores()).forEach(stages::write);
    stages.write(StageCodec.orders(orders));
    stages.write(StageCodec.cases(cases));
  }

  private static final Comparator<String> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());

  static final Comparator<OrderTally> ORDER =
      Comparator.comparingInt(OrderTally::year)
          .thenComparing(OrderTally::handlerCode, NULLS_FIRST)
          .thenComparing(OrderTally::streetCode, NULLS_FIRST)
          .thenComparing(OrderTally::communityCode, NULLS_FIRST);

  static final Comparator<CaseTally> CASES =
      Comparator.comparingInt(CaseTally::year)
          .thenComparing(CaseTally::streetCode, NULLS_FIRST)
          .thenComparing(CaseTally::communityCode, NULLS_FIRST);
}
