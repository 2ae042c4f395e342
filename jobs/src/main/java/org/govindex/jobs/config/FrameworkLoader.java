package org.govindex.jobs.config;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.innovation.AwardSettings;
import org.govindex.indicators.innovation.InnovationFramework;
import org.govindex.indicators.survey.Questionnaire;

/**
 * Reads and checks the framework files named by {@link GovindexSettings.Framework}. Every file is
 * checked even when an earlier one fails, so that {@code validate} can list all problems at once.
 */
public final class FrameworkLoader {

  private FrameworkLoader() {}

  /** The outcome of loading: the files when all are valid, else the problems (one line each). */
  public record Result(FrameworkFiles files, List<String> problems) {

    /** The files, or a {@link GovindexException} naming the first problem. */
    public FrameworkFiles orThrow() {
      if (!problems.isEmpty()) {
        throw new GovindexException(
            problems.get(0)
                + (problems.size() > 1
                    ? Messages.text("config.moreProblems", problems.size() - 1)
                    : ""));
      }
      return files;
    }
  }

  /** Loads every file; relative paths resolve against the folder of {@code configFile}. */
  public static Result load(GovindexSettings.Framework locations, Path configFile) {
    List<String> problems = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    if (locations == null) {
      return new Result(null, List.of(Messages.text("config.noFramework")));
    }
    Map<String, String> where = locations.locations();
    for (Map.Entry<String, String> e : where.entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank()) {
        problems.add(Messages.text("config.frameworkNotSet", e.getKey()));
        continue;
      }
      try {
        texts.put(e.getKey(), SettingsLoader.resourceText(e.getValue(), configFile));
      } catch (GovindexException ex) {
        problems.add(Messages.text("config.frameworkFile", e.getKey(), ex.getMessage()));
      }
    }
    Questionnaire questionnaire =
        parse(
            texts,
            where,
            "questionnaire",
            problems,
            t -> Questionnaire.parse(reader(t), o(where, "questionnaire")));
    AppraisalCatalogue catalogue =
        parse(
            texts,
            where,
            "appraisalCatalogue",
            problems,
            t -> AppraisalCatalogue.parse(reader(t), o(where, "appraisalCatalogue")));
    AppraisalPolicy policy =
        parse(
            texts,
            where,
            "appraisalPolicy",
            problems,
            t -> AppraisalPolicy.parse(reader(t), o(where, "appraisalPolicy")));
    InnovationFramework innovation = null;
    if (texts.containsKey("innovationMeta") && texts.containsKey("innovationRecipe")) {
      try {
        innovation =
            InnovationFramework.parse(
                reader(texts.get("innovationMeta")),
                o(where, "innovationMeta"),
                reader(texts.get("innovationRecipe")),
                o(where, "innovationRecipe"));
      } catch (org.govindex.contract.GovindexException
          | IllegalArgumentException
          | IllegalStateException ex) {
        problems.add(ex.getMessage());
      }
    }
    AwardSettings awards =
        parse(
            texts,
            where,
            "innovationAwards",
            problems,
            t -> AwardSettings.parse(reader(t), o(where, "innovationAwards")));
    if (!problems.isEmpty()) {
      return new Result(null, List.copyOf(problems));
    }
    return new Result(
        new FrameworkFiles(
            questionnaire,
            new AppraisalConfiguration(catalogue, policy),
            innovation,
            awards,
            texts),
        List.of());
  }

  private static <T> T parse(
      Map<String, String> texts,
      Map<String, String> where,
      String key,
      List<String> problems,
      Function<String, T> parser) {
    String text = texts.get(key);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (org.govindex.contract.GovindexException
        | IllegalArgumentException
        | IllegalStateException ex) {
      String message = ex.getMessage();
      String origin = o(where, key);
      problems.add(
          message != null && message.contains(origin)
              ? message
              : Messages.text("file.problem", origin, message));
      return null;
    }
  }

  private static String o(Map<String, String> where, String key) {
    return where.get(key);
  }

  private static StringReader reader(String text) {
    return new StringReader(text);
  }
}
