package org.govindex.jobs.nightly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.govindex.contract.Messages;
import org.govindex.jobs.config.CodeVersion;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.io.Sha256;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Last step: writes {@code manifest.json} (inputs with their accounting, every output with its
 * sha256) and publishes the work folder as {@code OUT/<period>/} by renames.
 */
final class PublishOutputsTasklet extends RunStep {

  static final String STEP = "publishOutputsStep";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  PublishOutputsTasklet(RunWorkspace workspace, LoadedSettings settings, StepHooks hooks) {
    super(STEP, workspace, settings, hooks);
  }

  @Override
  void run(StepContribution contribution, ChunkContext chunkContext) throws IOException {
    Path work = workspace.workDir();
    if (!Files.exists(work) && Files.isDirectory(workspace.releaseDir())) {
      // killed after the result was moved to its release: only the link and the clean-up are left
      workspace.publish(this::checkpoint);
      return;
    }
    Path ingested = workspace.stage(RunWorkspace.INGESTED);
    Path rejects = ingested.resolve(RunWorkspace.REJECTS);
    if (Files.exists(rejects)) {
      Files.move(rejects, work.resolve(RunWorkspace.REJECTS), StandardCopyOption.REPLACE_EXISTING);
    }
    Path inputsFile = ingested.resolve(RunWorkspace.INPUTS);
    Path inputsKept = workspace.stagesDir().resolve(RunWorkspace.INPUTS);
    if (Files.exists(inputsFile)) {
      Files.createDirectories(inputsKept.getParent());
      Files.move(inputsFile, inputsKept, StandardCopyOption.REPLACE_EXISTING);
    }
    List<RunManifest.Input> inputs = IngestDropTasklet.readInputs(inputsKept);
    long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
    RunManifest manifest =
        new RunManifest(
            period() + "-" + workspace.runDate() + "-" + executionId,
            period(),
            workspace.runDate(),
            CodeVersion.codeVersion(),
            settings.sha256(),
            inputs,
            outputs(work));
    Path manifestTmp = work.resolve("manifest.json.tmp");
    JSON.writeValue(manifestTmp.toFile(), manifest);
    Files.move(manifestTmp, work.resolve("manifest.json"), StandardCopyOption.REPLACE_EXISTING);
    workspace.publish(this::checkpoint);
  }

  private static List<RunManifest.Output> outputs(Path work) {
    try (Stream<Path> files = Files.walk(work)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().equals("manifest.json"))
          .sorted()
          .map(f -> new RunManifest.Output(relative(work, f), Sha256.of(f)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotList", work), e);
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
