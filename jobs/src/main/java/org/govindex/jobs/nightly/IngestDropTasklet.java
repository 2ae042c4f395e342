package org.govindex.jobs.nightly;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.ingest.DropIngestion;
import org.govindex.jobs.ingest.IngestionReport;
import org.govindex.jobs.ingest.IngestionSettings;
import org.govindex.jobs.ingest.privacy.PseudonymKey;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.reduce.PeriodCounts;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Step 1: reads the export drop into typed, pseudonymised Parquet datasets ({@code ingested/}),
 * with {@code rejects.csv} and the per-file accounting ({@code inputs.json}, later in the
 * manifest); records the configuration used in {@code config/}.
 */
final class IngestDropTasklet extends RunStep {

  static final String STEP = "ingestDropStep";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path input;
  private final SparkSessionHolder spark;

  IngestDropTasklet(
      Path input,
      RunWorkspace workspace,
      LoadedSettings settings,
      SparkSessionHolder spark,
      StepHooks hooks) {
    super(STEP, workspace, settings, hooks);
    this.input = input;
    this.spark = spark;
  }

  @Override
  void run(StepContribution contribution, ChunkContext chunkContext) throws IOException {
    Path config = workspace.beginStage(RunWorkspace.CONFIG);
    MethodologyDocument.write(
        config,
        settings.framework(),
        settings.settings(),
        settings.settings().innovation().baseYear());
    workspace.commitStage(RunWorkspace.CONFIG);
    Path stage = workspace.beginStage(RunWorkspace.INGESTED);
    Pseudonymizer pseudonymizer =
        PseudonymKey.resolve(settings.settings().pseudonymisation().key(), System.getenv(), input)
            .pseudonymizer();
    IngestionReport report =
        new DropIngestion(
                spark.get(),
                new IngestionSettings(settings.questionnaire(), pseudonymizer, settings.profiles()))
            .ingest(input, stage);
    Map<String, Map<String, PeriodCounts.FileYears>> periods =
        PeriodCounts.of(spark.get(), new IngestedDatasets(stage));
    Map<String, PeriodCounts.FileYears> byFile = new java.util.HashMap<>();
    periods.values().forEach(byFile::putAll);
    int year = Integer.parseInt(period());
    List<RunManifest.Input> inputs =
        report.files().stream()
            .map(
                f -> {
                  PeriodCounts.FileYears y = byFile.get(f.path());
                  boolean dated = datedFile(f.path());
                  return new RunManifest.Input(
                      f.path(),
                      f.sha256(),
                      f.rowsRead(),
                      f.rowsAccepted(),
                      f.rowsRejected(),
                      dated ? (y == null ? 0L : y.inPeriod(year)) : null,
                      dated ? (y == null ? 0L : y.otherPeriods(year)) : null);
                })
            .toList();
    JSON.writeValue(stage.resolve(RunWorkspace.INPUTS).toFile(), inputs);
    PeriodCheck.require(period(), periods, settings.framework().appraisal().catalogue());
    checkpoint("before-commit");
    workspace.commitStage(RunWorkspace.INGESTED);
    long read = inputs.stream().mapToLong(RunManifest.Input::rowsRead).sum();
    long rejected = inputs.stream().mapToLong(RunManifest.Input::rowsRejected).sum();
    contribution.incrementReadCount(); // one drop
    chunkContext
        .getStepContext()
        .getStepExecution()
        .getExecutionContext()
        .putString("summary", Messages.text("nightly.summary", read, rejected));
  }

  /** Whether a drop file belongs to a dated kind (everything but the registry). */
  private static boolean datedFile(String path) {
    return !path.startsWith("registry/");
  }

  /** Reads the per-file accounting written by this step. */
  static List<RunManifest.Input> readInputs(Path file) {
    try {
      return JSON.readValue(file.toFile(), new TypeReference<List<RunManifest.Input>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotReadPlain", file), e);
    }
  }
}
