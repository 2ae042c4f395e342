package org.govindex.jobs.nightly;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.govindex.jobs.ingest.DropIngestion;
import org.govindex.jobs.ingest.IngestionReport;
import org.govindex.jobs.ingest.IngestionSettings;
import org.govindex.jobs.ingest.PseudonymKey;
import org.govindex.jobs.ingest.Pseudonymizer;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Step 1: reads the export drop into typed, pseudonymised Parquet datasets ({@code ingested/}),
 * with {@code rejects.csv} and the per-file accounting ({@code inputs.json}, later in the
 * manifest).
 */
public final class IngestDropTasklet implements Tasklet {

  static final String STEP = "ingestDropStep";
  static final String STAGE = "ingested";
  static final String REJECTS = "rejects.csv";
  static final String INPUTS = "inputs.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final NightlyRequest request;
  private final RunWorkspace workspace;
  private final SparkSessionHolder spark;
  private final StepHooks hooks;

  IngestDropTasklet(
      NightlyRequest request, RunWorkspace workspace, SparkSessionHolder spark, StepHooks hooks) {
    this.request = request;
    this.workspace = workspace;
    this.spark = spark;
    this.hooks = hooks;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws IOException {
    hooks.beforeStep(STEP);
    Path stage = workspace.beginStage(STAGE);
    Pseudonymizer pseudonymizer =
        PseudonymKey.resolve(
                request.settings().settings().pseudonymisation().key(),
                System.getenv(),
                request.input())
            .pseudonymizer();
    IngestionSettings settings =
        new IngestionSettings(request.settings().questionnaire(), pseudonymizer);
    IngestionReport report =
        new DropIngestion(spark.get(), settings).ingest(request.input(), stage);
    List<RunManifest.Input> inputs =
        report.files().stream()
            .map(
                f ->
                    new RunManifest.Input(
                        f.path(), f.sha256(), f.rowsRead(), f.rowsAccepted(), f.rowsRejected()))
            .toList();
    JSON.writeValue(stage.resolve(INPUTS).toFile(), inputs);
    workspace.commitStage(STAGE);
    long read = inputs.stream().mapToLong(RunManifest.Input::rowsRead).sum();
    long rejected = inputs.stream().mapToLong(RunManifest.Input::rowsRejected).sum();
    contribution.incrementReadCount(); // one drop
    chunkContext
        .getStepContext()
        .getStepExecution()
        .getExecutionContext()
        .putString("summary", read + " rows read, " + rejected + " rejected");
    return RepeatStatus.FINISHED;
  }

  /** Reads the per-file accounting written by this step. */
  static List<RunManifest.Input> readInputs(Path file) {
    try {
      return JSON.readValue(file.toFile(), new TypeReference<List<RunManifest.Input>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
