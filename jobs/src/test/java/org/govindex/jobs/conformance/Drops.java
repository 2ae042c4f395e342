package org.govindex.jobs.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;
import org.govindex.jobs.ingest.DropIngestion;
import org.govindex.jobs.ingest.IngestionReport;
import org.govindex.jobs.ingest.IngestionSettings;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.RunFiles;
import org.govindex.jobs.testing.SparkTestSession;

/**
 * The two real drops of the conformance tests, each ingested once per JVM (ingestion is the slow
 * part; the tests only read what it wrote):
 *
 * <ul>
 *   <li>the worked appraisal example of {@code ../shared/reference/appraisal-example} (its drop and
 *       the {@code expected.json} of an independent implementation), with the example's own
 *       questionnaire; tests using it are skipped when the shared folder is absent;
 *   <li>the bundled sample drop {@code data-samples/drop}, with the bundled questionnaire.
 * </ul>
 */
final class Drops {

  static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
  static final Path EXAMPLE = REPO.resolveSibling("shared").resolve("reference/appraisal-example");
  static final Path BUNDLED = REPO.resolve("data-samples/drop");

  /** The pseudonym key of the bundled drop's ingestion (the quality test recomputes a hash). */
  static final String BUNDLED_KEY = "quality-test-key-0123456789";

  /** A drop's ingested datasets and the ingestion's per-file accounting. */
  record Ingested(Path dir, IngestionReport report) {
    IngestedDatasets datasets() {
      return new IngestedDatasets(dir);
    }
  }

  private static Ingested reference;
  private static Ingested bundled;
  private static JsonNode expected;

  private Drops() {}

  /** The example drop ingested; skips the calling test when ../shared is absent. */
  static synchronized Ingested reference() {
    assumeReference();
    if (reference == null) {
      reference =
          ingest(
              EXAMPLE.resolve("drop"),
              "reference",
              exampleQuestionnaire(),
              new Pseudonymizer("conformance-test-key"));
    }
    return reference;
  }

  /** The example's expected.json; skips the calling test when ../shared is absent. */
  static synchronized JsonNode expected() {
    assumeReference();
    if (expected == null) {
      try {
        expected = new ObjectMapper().readTree(EXAMPLE.resolve("expected.json").toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return expected;
  }

  /** The bundled sample drop ingested with the bundled questionnaire and {@link #BUNDLED_KEY}. */
  static synchronized Ingested bundled() {
    if (bundled == null) {
      bundled = ingest(BUNDLED, "bundled", bundledQuestionnaire(), new Pseudonymizer(BUNDLED_KEY));
    }
    return bundled;
  }

  /**
   * The example's questionnaire (its README): questions 2-4 community items of equal weight,
   * question 5 a street item.
   */
  static Questionnaire exampleQuestionnaire() {
    return new Questionnaire(
        List.of(
            item("community_safety", ItemLevel.COMMUNITY, "您对社区治安状况的满意程度"),
            item("community_environment", ItemLevel.COMMUNITY, "您对社区环境卫生的满意程度"),
            item("community_service", ItemLevel.COMMUNITY, "您对社区服务的满意程度"),
            item("street_overall", ItemLevel.STREET, "您对所在街道工作的总体满意程度")),
        AnswerScale.defaultScale());
  }

  /** The bundled questionnaire definition ({@code govindex/config/questionnaire.csv}). */
  static Questionnaire bundledQuestionnaire() {
    try (var in = Drops.class.getResourceAsStream("/govindex/config/questionnaire.csv")) {
      return Questionnaire.parse(
          new InputStreamReader(in, StandardCharsets.UTF_8), "questionnaire.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assumeReference() {
    assumeTrue(
        Files.isRegularFile(EXAMPLE.resolve("expected.json")),
        "no shared appraisal example at " + EXAMPLE);
  }

  private static QuestionnaireItem item(String code, ItemLevel level, String header) {
    return new QuestionnaireItem(code, level, "satisfaction", 1.0, header, header);
  }

  private static Ingested ingest(
      Path drop, String name, Questionnaire questionnaire, Pseudonymizer pseudonymizer) {
    try {
      Path dir = Files.createTempDirectory("govindex-" + name + "-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> RunFiles.deleteRecursively(dir)));
      Path ingested = dir.resolve("ingested");
      IngestionReport report =
          new DropIngestion(
                  SparkTestSession.get(),
                  new IngestionSettings(
                      questionnaire,
                      pseudonymizer,
                      org.govindex.jobs.config.SettingsLoader.load(null).profiles()))
              .ingest(drop, ingested);
      return new Ingested(ingested, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
