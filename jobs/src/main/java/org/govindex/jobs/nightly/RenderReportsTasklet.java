package org.govindex.jobs.nightly;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govindex.jobs.cli.VersionProvider;
import org.govindex.reports.appraisal.AppraisalReportRenderer;
import org.govindex.reports.model.AppraisalReportData;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.model.UnitLevel;
import org.govindex.reports.model.UnitScore;
import org.govindex.reports.workbook.WorkbookInfo;
import org.govindex.reports.workbook.WorkbookWriter;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Step 3: renders the reports from the result tables (CSV) and the input accounting; no Spark. */
public final class RenderReportsTasklet implements Tasklet {

  static final String STEP = "renderReportsStep";
  static final String STAGE = "reports";
  static final String APPRAISAL_PDF = "appraisal-report.pdf";
  static final String WORKBOOK = "govindex-tables.xlsx";

  private final NightlyRequest request;
  private final RunWorkspace workspace;
  private final StepHooks hooks;

  RenderReportsTasklet(NightlyRequest request, RunWorkspace workspace, StepHooks hooks) {
    this.request = request;
    this.workspace = workspace;
    this.hooks = hooks;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    hooks.beforeStep(STEP);
    Path stage = workspace.beginStage(STAGE);
    Path appraisal = workspace.stage(ComputeAppraisalTasklet.TABLES).resolve("appraisal.csv");
    List<UnitScore> communities = new ArrayList<>();
    List<UnitScore> streets = new ArrayList<>();
    for (CSVRecord row : readCsv(appraisal)) {
      UnitScore unit = unitScore(row);
      (unit.level() == UnitLevel.COMMUNITY ? communities : streets).add(unit);
    }
    List<InputFileSummary> inputs =
        IngestDropTasklet.readInputs(
                workspace.stage(IngestDropTasklet.STAGE).resolve(IngestDropTasklet.INPUTS))
            .stream()
            .map(
                i ->
                    new InputFileSummary(
                        i.path(), i.rowsRead(), i.rowsAccepted(), i.rowsRejected()))
            .toList();
    AppraisalReportData data =
        new AppraisalReportData(request.period(), request.runDate(), communities, streets, inputs);
    AppraisalReportRenderer.withDefaultFont().render(data, stage.resolve(APPRAISAL_PDF));
    Path tables = workspace.stage(ComputeAppraisalTasklet.TABLES);
    new WorkbookWriter()
        .write(
            tables,
            ResultTableNames.present(tables),
            new WorkbookInfo(request.period(), request.runDate(), VersionProvider.codeVersion()),
            stage.resolve(WORKBOOK));
    workspace.commitStage(STAGE);
    return RepeatStatus.FINISHED;
  }

  private static UnitScore unitScore(CSVRecord row) {
    String flags = row.get("flags");
    return new UnitScore(
        UnitLevel.fromCode(row.get("level")),
        row.get("unit_code"),
        row.get("unit_name"),
        null,
        number(row.get("subjective_score")),
        (int) Math.round(orZero(number(row.get("n_valid")))),
        number(row.get("ci_low")),
        number(row.get("ci_high")),
        number(row.get("satisfaction_rate")),
        row.get("rank").isEmpty() ? null : Integer.valueOf(row.get("rank")),
        row.get("grade").isEmpty() ? null : row.get("grade"),
        flags.isEmpty() ? List.of() : Arrays.asList(flags.split(";")));
  }

  private static Double number(String text) {
    return text == null || text.isEmpty() ? null : Double.valueOf(text);
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }

  private static List<CSVRecord> readCsv(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
