package org.govindex.jobs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.jobs.config.FrameworkFiles;
import org.govindex.jobs.config.FrameworkLoader;
import org.govindex.jobs.config.GovindexSettings;
import org.govindex.jobs.config.SettingsLoader;
import org.govindex.jobs.config.SourceProfilesLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code govindex validate}: loads the configuration and every framework file it names, checks them
 * (policy floors included) and prints every problem, one line each; exit 0 when all is well. With
 * {@code --write-defaults DIR} it first writes editable copies of the bundled framework files, of
 * the bundled source profiles (in {@code DIR/sources/}) and a {@code govindex.yaml} that points at
 * them.
 */
@Command(
    name = "validate",
    resourceBundle = "govindex.cli.validate",
    mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

  /**
   * The folder, next to the written govindex.yaml, of the copies of the bundled source profiles.
   */
  static final String SOURCES_FOLDER = "sources";

  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE")
  Path config;

  @Option(names = "--write-defaults", paramLabel = "DIR")
  Path writeDefaults;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path configFile = config;
    if (writeDefaults != null) {
      configFile = writeDefaults(writeDefaults);
      out.println(Messages.text("validate.wroteDefaults", configFile));
    }
    SettingsLoader.Effective effective = SettingsLoader.effective(configFile);
    FrameworkLoader.Result result =
        FrameworkLoader.load(effective.settings().framework(), configFile);
    SourceProfilesLoader.Result sources =
        SourceProfilesLoader.load(effective.settings().sources(), configFile);
    List<String> problems = new ArrayList<>(result.problems());
    problems.addAll(sources.problems());
    if (!problems.isEmpty()) {
      for (String problem : problems) {
        err.println(Messages.text("validate.invalid", problem));
      }
      err.println(Messages.text("validate.problems", problems.size()));
      err.flush();
      return 1;
    }
    out.println(summary(effective.settings(), result.files()));
    out.println(
        Messages.text(
            "validate.profilesOk",
            Messages.list(
                sources.profiles().stream()
                    .map(p -> Messages.text("validate.profile", p.name(), p.kinds().size()))
                    .toList())));
    return 0;
  }

  static String summary(GovindexSettings settings, FrameworkFiles files) {
    AppraisalPolicy policy = files.appraisal().policy();
    return Messages.text(
        "validate.summary",
        String.valueOf(files.questionnaire().items().size()),
        String.valueOf(files.appraisal().catalogue().indicators().size()),
        String.valueOf(files.innovation().framework().indicators().size()),
        String.valueOf(files.innovation().dimensions().size()),
        String.valueOf(policy.subjectiveWeight(UnitLevel.COMMUNITY)),
        String.valueOf(policy.subjectiveWeight(UnitLevel.STREET)),
        String.valueOf(policy.subjectiveWeight(UnitLevel.DEPARTMENT)),
        String.valueOf(policy.minimumSampleCommunity()),
        String.valueOf(policy.minimumSampleStreet()),
        String.valueOf(policy.gradeThresholds().excellent()),
        String.valueOf(policy.gradeThresholds().good()),
        String.valueOf(policy.gradeThresholds().pass()),
        policy.excellentQuota().isPresent()
            ? String.valueOf(policy.excellentQuota().getAsDouble())
            : Messages.text("validate.quota.none"),
        String.valueOf(settings.appraisal().bootstrapResamples()));
  }

  private static Path writeDefaults(Path dir) {
    try {
      Files.createDirectories(dir);
      Path configFile = dir.resolve("govindex.yaml");
      for (String name : GovindexSettings.Framework.FILE_NAMES.values()) {
        if (Files.exists(dir.resolve(name))) {
          throw new GovindexException(Messages.text("validate.exists", dir.resolve(name)));
        }
      }
      if (Files.exists(dir.resolve(SOURCES_FOLDER))) {
        throw new GovindexException(Messages.text("validate.exists", dir.resolve(SOURCES_FOLDER)));
      }
      if (Files.exists(configFile)) {
        throw new GovindexException(Messages.text("validate.exists", configFile));
      }
      GovindexSettings.Framework bundled = SettingsLoader.effective(null).settings().framework();
      Map<String, String> locations = bundled.locations();
      StringBuilder yaml =
          new StringBuilder()
              .append("# ")
              .append(Messages.text("validate.defaults.written"))
              .append("\n# ")
              .append(Messages.text("validate.defaults.edit", configFile))
              .append("\n# ")
              .append(Messages.text("validate.defaults.paths"))
              .append("\nframework:\n");
      for (String key : locations.keySet()) {
        Files.writeString(
            dir.resolve(GovindexSettings.Framework.FILE_NAMES.get(key)),
            SettingsLoader.resourceText(locations.get(key), null),
            StandardCharsets.UTF_8);
        yaml.append("  ")
            .append(key)
            .append(": ")
            .append(GovindexSettings.Framework.FILE_NAMES.get(key))
            .append('\n');
      }
      yaml.append("sources:\n");
      for (String location : SettingsLoader.effective(null).settings().sources()) {
        Path profile = Path.of(SOURCES_FOLDER, Path.of(location).getFileName().toString());
        Files.createDirectories(dir.resolve(SOURCES_FOLDER));
        Files.writeString(
            dir.resolve(profile),
            SettingsLoader.resourceText(location, null),
            StandardCharsets.UTF_8);
        yaml.append("  - ").append(profile.toString().replace('\\', '/')).append('\n');
      }
      Files.writeString(configFile, yaml.toString(), StandardCharsets.UTF_8);
      return configFile;
    } catch (IOException e) {
      throw new GovindexException(
          Messages.text("validate.cannotWriteDefaults", dir, e.getMessage()), e);
    }
  }
}
