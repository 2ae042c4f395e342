package org.govindex.jobs.nightly;

import java.nio.file.Path;
import java.util.List;
import org.govindex.jobs.cli.VersionProvider;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.publication.PublicationInputs;
import org.govindex.reports.publication.PublicationRenderer;
import org.govindex.reports.workbook.WorkbookInfo;
import org.govindex.reports.workbook.WorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Step 3: renders the reports from the result tables (CSV), the configuration used and the input
 * accounting — no Spark: the annual report, the scorecards of streets, communities and departments,
 * the chart files and the analyst workbook, into {@code reports/}.
 */
public final class RenderReportsTasklet implements Tasklet {

  static final String STEP = "renderReportsStep";
  static final String STAGE = "reports";
  static final String WORKBOOK = "govindex-tables.xlsx";

  private static final Logger LOG = LoggerFactory.getLogger(RenderReportsTasklet.class);

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
    Path tables = workspace.stage(ComputeAppraisalTasklet.TABLES);
    Path ingested = workspace.stage(IngestDropTasklet.STAGE);
    List<InputFileSummary> inputs =
        IngestDropTasklet.readInputs(ingested.resolve(IngestDropTasklet.INPUTS)).stream()
            .map(
                i ->
                    new InputFileSummary(
                        i.path(), i.rowsRead(), i.rowsAccepted(), i.rowsRejected()))
            .toList();
    LOG.info("rendering the annual report, the scorecards and the charts");
    PublicationRenderer.render(
        new PublicationInputs(
            request.period(),
            request.runDate(),
            VersionProvider.codeVersion(),
            tables,
            workspace.stage(ComputeAppraisalTasklet.CONFIG).resolve(MethodologyDocument.FILE_NAME),
            inputs,
            ingested.resolve(IngestDropTasklet.REJECTS)),
        stage);
    LOG.info("writing the analyst workbook");
    new WorkbookWriter()
        .write(
            tables,
            ResultTableNames.present(tables),
            new WorkbookInfo(request.period(), request.runDate(), VersionProvider.codeVersion()),
            stage.resolve(WORKBOOK));
    workspace.commitStage(STAGE);
    return RepeatStatus.FINISHED;
  }
}
