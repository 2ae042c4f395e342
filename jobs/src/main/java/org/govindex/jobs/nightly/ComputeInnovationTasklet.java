package org.govindex.jobs.nightly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Datasets;
import org.govindex.contract.Messages;
import org.govindex.contract.Stages;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.innovation.InnovationIndex;
import org.govindex.indicators.innovation.InnovationInputs;
import org.govindex.indicators.innovation.InnovationSettings;
import org.govindex.indicators.innovation.InnovationTables;
import org.govindex.indicators.innovation.SurveyScore;
import org.govindex.indicators.objective.ObjectiveScoring;
import org.govindex.indicators.objective.ObjectiveSources;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.subjective.UnitSubjective;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.TableWriter;
import org.govindex.jobs.stages.StageCodec;
import org.govindex.jobs.stages.StageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The community governance and service innovation index with its Monte Carlo uncertainty, and 以奖代补
 * ({@link InnovationIndex}), in plain Java: the objective raw values of every scored year from the
 * tallies of the objective step, the facts and projects read whole, and S of the period with its
 * respondent-bootstrap replicates from the survey step (the Monte Carlo of the rank intervals draws
 * one replicate of each community's S per replication). Writes {@code innovation_index}, {@code
 * innovation_coherence}, {@code awards} and {@code awards_by_unit}.
 */
final class ComputeInnovationTasklet extends RunStep {

  static final String STEP = "computeInnovationStep";
  private static final Logger LOG = LoggerFactory.getLogger(ComputeInnovationTasklet.class);

  ComputeInnovationTasklet(RunWorkspace workspace, LoadedSettings settings, StepHooks hooks) {
    super(STEP, workspace, settings, hooks);
  }

  @Override
  void run(StepContribution contribution, ChunkContext chunkContext) {
    IngestedDatasets ingested = new IngestedDatasets(workspace.stage(RunWorkspace.INGESTED));
    StageStore stages = new StageStore(workspace.stagesDir());
    Registry registry = ingested.registry();
    InnovationSettings innovation = innovationSettings();
    Table facts = ingested.table(Datasets.COMMUNITY_FACTS);
    ObjectiveSources sources =
        new ObjectiveSources(
            registry,
            StageCodec.orders(stages.read(Stages.ORDER_TALLIES)),
            StageCodec.cases(stages.read(Stages.CASE_TALLIES)),
            ingested.table(Datasets.MEDIATION_SUMMARY),
            facts,
            ingested.table(Datasets.STREET_FACTS));
    Map<Integer, Map<String, Map<String, Double>>> objective = new LinkedHashMap<>();
    for (int year : InnovationIndex.years(facts, innovation)) {
      objective.put(
          year,
          ObjectiveScoring.rawValues(
              sources, innovation.framework().objectiveCatalogue(), UnitLevel.COMMUNITY, year));
    }
    Map<String, SurveyScore> survey = new LinkedHashMap<>();
    List<UnitSubjective> units = StageCodec.subjective(stages.read(Stages.SUBJECTIVE_UNITS));
    for (UnitSubjective u : units) {
      if (u.level() == UnitLevel.COMMUNITY) {
        survey.put(u.unitCode(), new SurveyScore(u.score(), u.nValid(), u.replicates()));
      }
    }
    LOG.info(Messages.text("step.innovation"));
    InnovationTables tables =
        InnovationIndex.compute(
            new InnovationInputs(
                registry, objective, facts, ingested.table(Datasets.PROJECTS), survey),
            innovation);
    TableWriter writer =
        new TableWriter(
            workspace.openStage(RunWorkspace.TABLES), workspace.openStage(RunWorkspace.PARQUET));
    writer.write(tables.innovationIndex());
    writer.write(tables.coherence());
    writer.write(tables.awards());
    writer.write(tables.awardsByUnit());
  }

  private InnovationSettings innovationSettings() {
    var framework = settings.framework();
    var policy = framework.appraisal().policy();
    return new InnovationSettings(
        period(),
        settings.settings().innovation().baseYear(),
        framework.innovation(),
        framework.awards(),
        policy.gradeThresholds(),
        policy.minimumSampleCommunity());
  }
}
