package org.govindex.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.config.SettingsLoader;
import org.govindex.jobs.ingest.DropInspection;
import org.govindex.jobs.ingest.IngestionSettings;
import org.govindex.jobs.ingest.privacy.PseudonymKey;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code govindex inspect}: a dry run of a drop ({@link DropInspection}) printed per file, and
 * written as JSON for scripts; exit 0 when the drop would run.
 */
@Command(name = "inspect", resourceBundle = "govindex.cli.inspect", mixinStandardHelpOptions = true)
public final class InspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "DIR")
  Path input;

  @Option(names = "--config", paramLabel = "FILE")
  Path config;

  @Option(names = "--json", paramLabel = "FILE")
  Path json;

  @Override
  public Integer call() {
    Path drop = input != null ? input : BundledPaths.sampleDrop();
    if (!Files.isDirectory(drop)) {
      throw new GovindexException(Messages.text("input.notFound", drop));
    }
    LoadedSettings settings = SettingsLoader.load(config);
    List<String> keyProblems = new ArrayList<>();
    Pseudonymizer pseudonymizer;
    try {
      pseudonymizer =
          PseudonymKey.resolve(settings.settings().pseudonymisation().key(), System.getenv(), drop)
              .pseudonymizer();
    } catch (GovindexException e) {
      keyProblems.add(e.getMessage());
      pseudonymizer = new Pseudonymizer(throwawayKey());
    }
    DropInspection.Report report =
        new DropInspection(
                new IngestionSettings(settings.questionnaire(), pseudonymizer, settings.profiles()))
            .inspect(drop);
    if (!keyProblems.isEmpty()) {
      List<String> problems = new ArrayList<>(keyProblems);
      problems.addAll(report.problems());
      report = new DropInspection.Report(report.drop(), false, problems, report.files());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(InspectionText.of(report));
    out.flush();
    if (json != null) {
      write(report, json);
    }
    return report.wouldRun() ? 0 : 1;
  }

  /** A key for a dry run that writes no pseudonym anywhere (personal data is still parsed). */
  private static String throwawayKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  private static void write(DropInspection.Report report, Path file) {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, mapper.writeValueAsString(report) + "\n");
    } catch (IOException e) {
      throw new GovindexException(Messages.text("file.cannotWrite", file, e.getMessage()), e);
    }
  }
}
