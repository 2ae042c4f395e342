package org.govindex.jobs.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.indicators.yaml.YamlTree;

/** Loads {@link GovindexSettings}: embedded defaults overlaid by an optional YAML file. */
public final class SettingsLoader {

  private static final String DEFAULTS = "govindex/defaults.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SettingsLoader() {}

  /** The effective settings; {@code configFile} may be null. */
  public static LoadedSettings load(Path configFile) {
    Effective effective = effective(configFile);
    FrameworkFiles framework =
        FrameworkLoader.load(effective.settings().framework(), configFile).orThrow();
    StringBuilder hashed = new StringBuilder(effective.canonical());
    framework
        .texts()
        .forEach((name, text) -> hashed.append('\n').append(name).append('\n').append(text));
    SourceProfilesLoader.Result sources =
        SourceProfilesLoader.load(effective.settings().sources(), configFile);
    if (!sources.problems().isEmpty()) {
      throw new GovindexException(
          sources.problems().get(0)
              + (sources.problems().size() > 1
                  ? Messages.text("config.moreProblems", sources.problems().size() - 1)
                  : ""));
    }
    sources
        .texts()
        .forEach((name, text) -> hashed.append('\n').append(name).append('\n').append(text));
    return new LoadedSettings(
        effective.settings(), framework, sources.profiles(), sha256(hashed.toString()));
  }

  /** The merged settings and their canonical JSON text, before the framework files are read. */
  public record Effective(GovindexSettings settings, String canonical) {}

  /** Merges the defaults and {@code configFile} (may be null) without reading framework files. */
  public static Effective effective(Path configFile) {
    ObjectNode merged = (ObjectNode) readTree(classpathText(DEFAULTS), DEFAULTS);
    if (configFile != null) {
      if (!Files.isRegularFile(configFile)) {
        throw new GovindexException(Messages.text("config.notFound", configFile));
      }
      String text;
      try {
        text = Files.readString(configFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new GovindexException(
            Messages.text("config.cannotRead", configFile, e.getMessage()), e);
      }
      JsonNode user = readTree(text, configFile.toString());
      if (user != null && !user.isNull()) {
        if (!user.isObject()) {
          throw new GovindexException(Messages.text("config.notMapping", configFile));
        }
        deepMerge(merged, (ObjectNode) user);
      }
    }
    GovindexSettings settings;
    try {
      settings = JSON.treeToValue(merged, GovindexSettings.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String origin = configFile == null ? DEFAULTS : configFile.toString();
      throw new GovindexException(invalid(origin, e), e);
    }
    String canonical;
    try {
      canonical = new ObjectMapper().writeValueAsString(merged);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkSurveyQuality(settings, configFile == null ? DEFAULTS : configFile.toString());
    checkLimits(settings, configFile == null ? DEFAULTS : configFile.toString());
    return new Effective(settings, canonical);
  }

  private static void checkSurveyQuality(GovindexSettings settings, String origin) {
    GovindexSettings.SurveyQuality q = settings.surveyQuality();
    if (q == null) {
      return;
    }
    try {
      q.toSettings("2000");
    } catch (GovindexException e) {
      throw new GovindexException(Messages.text("config.surveyQuality", origin, e.getMessage()), e);
    }
  }

  private static void checkLimits(GovindexSettings settings, String origin) {
    int seconds = settings.limits().stepSeconds();
    if (seconds < 1) {
      throw new GovindexException(Messages.text("settings.stepSeconds", origin, seconds));
    }
  }

  /** Text of {@code classpath:...} or of a path (relative to the config file's folder). */
  public static String resourceText(String location, Path configFile) {
    if (location.startsWith("classpath:")) {
      return classpathText(location.substring("classpath:".length()));
    }
    Path path = Path.of(location);
    if (!path.isAbsolute() && configFile != null && configFile.getParent() != null) {
      path = configFile.getParent().resolve(path);
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GovindexException(Messages.text("file.cannotRead", path, e.getMessage()), e);
    }
  }

  private static String classpathText(String resource) {
    try (InputStream in = SettingsLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new GovindexException(Messages.text("config.missingResource", resource));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readTree(String text, String origin) {
    return YamlTree.readJson(new StringReader(text), origin);
  }

  private static void deepMerge(ObjectNode target, ObjectNode overlay) {
    Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (existing instanceof ObjectNode existingObject
          && field.getValue() instanceof ObjectNode o) {
        deepMerge(existingObject, o);
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The one line that says what is wrong with a setting: an unknown one named with the settings
   * allowed there, a value of the wrong type named by its setting, otherwise Jackson's first line.
   */
  private static String invalid(
      String origin, com.fasterxml.jackson.core.JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m
        && !m.getPath().isEmpty()) {
      String setting =
          String.join(
              ".",
              m.getPath().stream()
                  .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                  .toList());
      if (m instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
        java.util.List<String> known =
            u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        return Messages.text("config.unknownSetting", origin, setting, Messages.list(known));
      }
      return Messages.text("config.badValue", origin, setting);
    }
    return Messages.text(
        "config.invalid", origin, e.getOriginalMessage().lines().findFirst().get());
  }
}
