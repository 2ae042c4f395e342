package org.govindex.jobs.nightly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.govindex.jobs.cli.VersionProvider;
import org.govindex.jobs.io.Sha256;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Last step: writes {@code manifest.json} (inputs with their accounting, every output with its
 * sha256) and publishes the work folder as {@code OUT/<period>/} in one rename.
 */
public final class PublishOutputsTasklet implements Tasklet {

  static final String STEP = "publishOutputsStep";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final NightlyRequest request;
  private final RunWorkspace workspace;
  private final StepHooks hooks;

  PublishOutputsTasklet(NightlyRequest request, RunWorkspace workspace, StepHooks hooks) {
    this.request = request;
    this.workspace = workspace;
    this.hooks = hooks;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws IOException {
    hooks.beforeStep(STEP);
    Path work = workspace.workDir();
    Path rejects = workspace.stage(IngestDropTasklet.STAGE).resolve(IngestDropTasklet.REJECTS);
    if (Files.exists(rejects)) {
      Files.move(rejects, work.resolve("rejects.csv"), StandardCopyOption.REPLACE_EXISTING);
    }
    Path inputsFile = workspace.stage(IngestDropTasklet.STAGE).resolve(IngestDropTasklet.INPUTS);
    List<RunManifest.Input> inputs = IngestDropTasklet.readInputs(inputsFile);
    Files.deleteIfExists(inputsFile);
    long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
    RunManifest manifest =
        new RunManifest(
            request.period()
                + "-"
                + request.runDate()
                + "-"
                + executionId
                + "-"
                + UUID.randomUUID(),
            request.period(),
            request.runDate(),
            VersionProvider.codeVersion(),
            request.settings().sha256(),
            inputs,
            outputs(work));
    Path manifestTmp = work.resolve("manifest.json.tmp");
    JSON.writeValue(manifestTmp.toFile(), manifest);
    Files.move(manifestTmp, work.resolve("manifest.json"), StandardCopyOption.REPLACE_EXISTING);
    workspace.publish();
    return RepeatStatus.FINISHED;
  }

  private static List<RunManifest.Output> outputs(Path work) {
    try (Stream<Path> files = Files.walk(work)) {
      return files
          .filter(Files::isRegularFile)
          .sorted()
          .map(f -> new RunManifest.Output(relative(work, f), Sha256.of(f)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list outputs in " + work, e);
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
