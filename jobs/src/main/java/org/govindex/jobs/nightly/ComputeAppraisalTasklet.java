package org.govindex.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govindex.contract.Messages;
import org.govindex.contract.Results;
import org.govindex.contract.Stages;
import org.govindex.contract.Table;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.AppraisalContributions;
import org.govindex.indicators.appraisal.AppraisalTotals;
import org.govindex.indicators.appraisal.IndicatorDefinition;
import org.govindex.indicators.appraisal.ObjectiveScore;
import org.govindex.indicators.appraisal.PreviousTotal;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.ParquetTables;
import org.govindex.jobs.io.TableWriter;
import org.govindex.jobs.stages.StageCodec;
import org.govindex.jobs.stages.StageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The appraisal of streets and communities, in plain Java from the stage tables of the survey and
 * objective steps: totals, ranks, grades, rank intervals, change against the latest earlier period
 * published in the output folder ({@link AppraisalTotals}) and the contributions ({@link
 * AppraisalContributions}). Writes {@code appraisal} and {@code appraisal_contributions}.
 */
final class ComputeAppraisalTasklet extends RunStep {

  static final String STEP = "computeAppraisalStep";
  private static final Logger LOG = LoggerFactory.getLogger(ComputeAppraisalTasklet.class);
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  ComputeAppraisalTasklet(RunWorkspace workspace, LoadedSettings settings, StepHooks hooks) {
    super(STEP, workspace, settings, hooks);
  }

  @Override
  void run(StepContribution contribution, ChunkContext chunkContext) {
    StageStore stages = new StageStore(workspace.stagesDir());
    AppraisalConfiguration appraisal = settings.framework().appraisal();
    List<ObjectiveScore> objective =
        StageCodec.objective(
            stages.read(Stages.OBJECTIVE_SCORES), stages.read(Stages.OBJECTIVE_SHARES));
    Path parquet = workspace.openStage(RunWorkspace.PARQUET);
    Map<String, String> qualityFlags = new HashMap<>();
    for (Table.Row r :
        ParquetTables.read(parquet.resolve(Results.SURVEY_QUALITY.name()), Results.SURVEY_QUALITY)
            .rows()) {
      qualityFlags.put(r.string("level") + "|" + r.string("unit_code"), r.string("flags"));
    }
    LOG.info(Messages.text("step.appraisal"));
    Table table =
        AppraisalTotals.compute(
            new IngestedDatasets(workspace.stage(RunWorkspace.INGESTED)).registry(),
            StageCodec.subjective(stages.read(Stages.SUBJECTIVE_UNITS)),
            objective,
            qualityFlags,
            previous(),
            appraisal.policy(),
            period());
    TableWriter writer = new TableWriter(workspace.openStage(RunWorkspace.TABLES), parquet);
    writer.write(table);
    writer.write(
        AppraisalContributions.compute(table, objective, indicatorNames(appraisal), period()));
  }

  private static Map<String, String> indicatorNames(AppraisalConfiguration appraisal) {
    Map<String, String> names = new LinkedHashMap<>();
    for (IndicatorDefinition d : appraisal.catalogue().indicators()) {
      names.put(d.code(), d.name());
    }
    return names;
  }

  /**
   * The totals of the latest earlier period published in the output folder ({@code
   * OUT/<year>/parquet/appraisal}), by level|unit_code; empty when there is none.
   */
  private Map<String, PreviousTotal> previous() {
    Map<String, PreviousTotal> out = new HashMap<>();
    latestEarlierPeriod()
        .ifPresent(
            dir -> {
              LOG.info(Messages.text("step.previousPeriod", dir));
              Path table = dir.resolve(RunWorkspace.PARQUET).resolve(Results.APPRAISAL.name());
              for (Table.Row r : ParquetTables.read(table, Results.APPRAISAL).rows()) {
                out.put(
                    r.string("level") + "|" + r.string("unit_code"),
                    new PreviousTotal(
                        r.number("total_score"),
                        r.number("subjective_weight"),
                        r.number("ci_low"),
                        r.number("ci_high")));
              }
            });
    return out;
  }

  private Optional<Path> latestEarlierPeriod() {
    int current = Integer.parseInt(period());
    Path root = workspace.outRoot();
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> YEAR.matcher(d.getFileName().toString()).matches())
          .filter(d -> Integer.parseInt(d.getFileName().toString()) < current)
          .filter(
              d ->
                  Files.isDirectory(
                      d.resolve(RunWorkspace.PARQUET).resolve(Results.APPRAISAL.name())))
          .max(Comparator.comparing(d -> d.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotList", root), e);
    }
  }
}
