package org.govindex.reports.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.model.ReportDataException;

/**
 * The configuration actually used by the compute step ({@code methodology.json}), as a JSON tree,
 * with the look-ups the report needs: indicator, dimension and item names, rater-group weights,
 * minimum samples. The whole tree is printed by the methodology appendix.
 */
public final class Methodology {

  private final JsonNode root;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> units = new LinkedHashMap<>();

  private Methodology(JsonNode root) {
    this.root = root;
    collectNames(root.path("catalogue"), "indicator_code", "indicator_name");
    collectNames(root.path("innovation").path("framework"), "iCode", "iName");
    collectNames(root.path("questionnaire"), "item_code", "item_name");
    for (JsonNode row : root.path("catalogue")) {
      units.put(row.path("indicator_code").asText(""), row.path("unit").asText(""));
    }
  }

  /** The unit of an objective indicator of the catalogue ({@code 比率}, {@code 元/人}, ...), or "". */
  String unit(String indicatorCode) {
    return units.getOrDefault(indicatorCode, "");
  }

  /** Reads {@code file}; a missing file (or null) gives an empty configuration. */
  public static Methodology read(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return new Methodology(MissingNode.getInstance());
    }
    try {
      return new Methodology(new ObjectMapper().readTree(file.toFile()));
    } catch (IOException e) {
      throw new ReportDataException(
          Messages.text("reports.methodology.unreadable", file, e.getMessage()));
    }
  }

  /** Whether a configuration was read. */
  boolean present() {
    return !root.isMissingNode();
  }

  JsonNode root() {
    return root;
  }

  /** The Chinese name of every indicator, dimension and item code of the configuration. */
  public Map<String, String> names() {
    return java.util.Collections.unmodifiableMap(names);
  }

  /** The Chinese name of an indicator, dimension or item code; the code when unknown. */
  String name(String code) {
    return names.getOrDefault(code, code);
  }

  /** The configured weight of a rater group (Chinese name), or null. */
  Double groupWeight(String group) {
    JsonNode weight = root.path("department_rating").path("group_weights").path(group);
    return weight.isNumber() ? weight.asDouble() : null;
  }

  /** The configured minimum sample of a level (community, street), or null. */
  Integer minimumSample(UnitLevel level) {
    JsonNode value = root.path("minimum_sample").path(level.code());
    return value.isNumber() ? value.asInt() : null;
  }

  private void collectNames(JsonNode array, String codeField, String nameField) {
    if (!array.isArray()) {
      return;
    }
    for (JsonNode item : array) {
      String code = item.path(codeField).asText("");
      String name = item.path(nameField).asText("");
      if (!code.isEmpty() && !name.isEmpty()) {
        names.putIfAbsent(code, name);
      }
    }
  }
}
