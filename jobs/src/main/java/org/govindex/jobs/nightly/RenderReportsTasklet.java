package org.govindex.jobs.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govindex.contract.Messages;
import org.govindex.contract.Results;
import org.govindex.contract.TableSpec;
import org.govindex.jobs.config.CodeVersion;
import org.govindex.jobs.config.GovindexSettings;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.publication.Methodology;
import org.govindex.reports.publication.PublicationInputs;
import org.govindex.reports.publication.PublicationRenderer;
import org.govindex.reports.publication.ReportSettings;
import org.govindex.reports.tables.ResultTables;
import org.govindex.reports.workbook.WorkbookInfo;
import org.govindex.reports.workbook.WorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Renders the reports from the result tables (CSV), the configuration used and the input accounting
 * — no Spark: the annual report, the scorecards of streets, communities and departments, the chart
 * files and, on a second thread at the same time, the analyst workbook, into {@code reports/}.
 */
final class RenderReportsTasklet extends RunStep {

  static final String STEP = "renderReportsStep";
  static final String WORKBOOK = "govindex-tables.xlsx";

  private static final Logger LOG = LoggerFactory.getLogger(RenderReportsTasklet.class);

  RenderReportsTasklet(RunWorkspace workspace, LoadedSettings settings, StepHooks hooks) {
    super(STEP, workspace, settings, hooks);
  }

  @Override
  void run(StepContribution contribution, ChunkContext chunkContext) throws InterruptedException {
    Path stage = workspace.beginStage(RunWorkspace.REPORTS);
    Path tables = workspace.stage(RunWorkspace.TABLES);
    Path ingested = workspace.stage(RunWorkspace.INGESTED);
    List<InputFileSummary> inputs =
        IngestDropTasklet.readInputs(ingested.resolve(RunWorkspace.INPUTS)).stream()
            .map(
                i ->
                    new InputFileSummary(
                        i.path(), i.rowsRead(), i.rowsAccepted(), i.rowsRejected()))
            .toList();
    Path methodology = workspace.stage(RunWorkspace.CONFIG).resolve(MethodologyDocument.FILE_NAME);
    // the workbook reads only the tables: written on a second thread while the PDFs are rendered
    ExecutorService workbookThread =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "workbook");
              thread.setDaemon(true);
              return thread;
            });
    LOG.info(Messages.text("step.reports"));
    try {
      Future<?> workbook =
          workbookThread.submit(
              () -> {
                LOG.info(Messages.text("step.workbook"));
                writeWorkbook(tables, methodology, stage.resolve(WORKBOOK));
              });
      PublicationRenderer.render(
          new PublicationInputs(
              period(),
              workspace.runDate(),
              CodeVersion.codeVersion(),
              tables,
              methodology,
              inputs,
              ingested.resolve(RunWorkspace.REJECTS),
              reportSettings()),
          stage);
      awaitWorkbook(workbook);
    } finally {
      workbookThread.shutdownNow();
    }
    workspace.commitStage(RunWorkspace.REPORTS);
  }

  private void writeWorkbook(Path tables, Path methodology, Path workbook) {
    new WorkbookWriter()
        .write(
            tables,
            presentTables(tables),
            new WorkbookInfo(
                period(),
                workspace.runDate(),
                CodeVersion.codeVersion(),
                Methodology.read(methodology).names()),
            workbook);
  }

  /** Waits for the workbook; its failure is the step's, as if it had been written here. */
  private static void awaitWorkbook(Future<?> workbook) throws InterruptedException {
    try {
      workbook.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private ReportSettings reportSettings() {
    GovindexSettings.Report report = settings.settings().report();
    return new ReportSettings(
        report.issuer(), report.title(), report.date(), report.policyDocuments());
  }

  /** The tables written by this run, in reading order. */
  private List<TableSpec> presentTables(Path tables) {
    Path innovation = tables.resolve(Results.INNOVATION_INDEX + ".csv");
    org.govindex.indicators.index.framework.Framework framework =
        settings.framework().innovation().framework();
    TableSpec innovationSpec =
        Files.isRegularFile(innovation)
            ? ResultTables.innovationSpec(
                innovation, code -> framework.contains(code) ? framework.node(code).name() : code)
            : Results.innovationIndex(java.util.Map.of());
    return Results.inReadingOrder(innovationSpec).stream()
        .filter(t -> Files.isRegularFile(tables.resolve(t.csvFileName())))
        .toList();
  }
}
