package org.govindex.jobs.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.indicators.survey.HeaderText;
import org.govindex.indicators.yaml.YamlTree;

/**
 * How one source system writes the files of the input contract (a YAML file kept with the
 * configuration): which file kinds it exports, the header aliases of its columns ({@code 工单号 →
 * 工单编号}), the vocabulary of its values per contract column ({@code 已归档 → 已办结}), the date-time
 * pattern of its time columns, and which of its columns hold personal data. A column named neither
 * by the contract nor by the profile is left out of the output and listed, never guessed.
 *
 * <p>The file:
 *
 * <pre>
 * name: hotline-city-a
 * description: A市12345政务服务便民热线 工单导出
 * kinds: [hotline]
 * headers: {工单号: 工单编号, 诉求人电话: 来电号码}
 * values: {工单状态: {已归档: 已办结}, 是否退单: {"Y": 是, "N": 否}}
 * dateTimeFormats: {来电时间: "yyyy年M月d日 H:mm"}
 * personalData: [诉求人电话, 诉求人姓名, 诉求内容]
 * </pre>
 *
 * @param name the profile's name (ASCII, as messages and inspect name it)
 * @param origin where it was read from, for messages
 * @param description what source system it describes
 * @param kinds the file kinds it exports
 * @param headerAliases export header (normalised) → contract header
 * @param values contract header (normalised) → (export value → contract value)
 * @param dateTimeFormats contract header (normalised) → {@link java.time.format.DateTimeFormatter}
 *     pattern
 * @param personalData export headers (normalised) that hold personal data
 */
public record SourceProfile(
    String name,
    String origin,
    String description,
    List<FileKind> kinds,
    Map<String, String> headerAliases,
    Map<String, Map<String, String>> values,
    Map<String, String> dateTimeFormats,
    List<String> personalData)
    implements Serializable {

  private static final Set<String> KEYS =
      Set.of(
          "name", "description", "kinds", "headers", "values", "dateTimeFormats", "personalData");

  public SourceProfile {
    kinds = List.copyOf(kinds);
    headerAliases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headerAliases));
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    dateTimeFormats = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dateTimeFormats));
    personalData = List.copyOf(personalData);
  }

  /** The contract header an export header stands for, or the header itself. */
  public String contractHeader(String exportHeader) {
    String alias = headerAliases.get(HeaderText.normalise(exportHeader));
    return alias == null ? exportHeader : alias;
  }

  /** Whether an export header is an alias of this profile. */
  public boolean isAlias(String exportHeader) {
    return headerAliases.containsKey(HeaderText.normalise(exportHeader));
  }

  /** Whether the profile names an export header as personal data. */
  public boolean isPersonalData(String exportHeader) {
    String normalised = HeaderText.normalise(exportHeader);
    return personalData.stream().anyMatch(normalised::contains);
  }

  /** Parses a profile; a malformed one is a {@link GovindexException} naming its origin. */
  public static SourceProfile parse(String yaml, String origin) {
    JsonNode root = YamlTree.readJson(new StringReader(yaml), origin);
    if (root == null || !root.isObject()) {
      throw new GovindexException(Messages.text("profile.notMapping", origin));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new GovindexException(
            Messages.text(
                "profile.unknownKey", origin, key, Messages.list(KEYS.stream().sorted().toList())));
      }
    }
    String name = text(root, "name", origin);
    if (!name.matches("[A-Za-z0-9_.-]+")) {
      throw new GovindexException(Messages.text("profile.badName", origin, name));
    }
    List<FileKind> kinds = new ArrayList<>();
    for (String kind : list(root, "kinds", origin)) {
      try {
        kinds.add(FileKind.valueOf(kind.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new GovindexException(Messages.text("profile.unknownKind", origin, kind));
      }
    }
    if (kinds.isEmpty()) {
      throw new GovindexException(Messages.text("profile.noKind", origin));
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    textMap(root.get("headers"), origin, "headers")
        .forEach((from, to) -> aliases.put(HeaderText.normalise(from), to));
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    JsonNode valueNode = root.get("values");
    if (valueNode != null && !valueNode.isNull()) {
      if (!valueNode.isObject()) {
        throw new GovindexException(Messages.text("profile.valuesNotMapping", origin));
      }
      valueNode
          .fields()
          .forEachRemaining(
              e ->
                  values.put(
                      HeaderText.normalise(e.getKey()),
                      textMap(e.getValue(), origin, "values." + e.getKey())));
    }
    Map<String, String> formats = new LinkedHashMap<>();
    textMap(root.get("dateTimeFormats"), origin, "dateTimeFormats")
        .forEach((column, pattern) -> formats.put(HeaderText.normalise(column), pattern));
    List<String> personal =
        list(root, "personalData", origin).stream().map(HeaderText::normalise).toList();
    JsonNode description = root.get("description");
    return new SourceProfile(
        name,
        origin,
        description == null || description.isNull() ? "" : description.asText(),
        kinds,
        aliases,
        values,
        formats,
        personal);
  }

  private static String text(JsonNode root, String key, String origin) {
    JsonNode node = root.get(key);
    if (node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank()) {
      throw new GovindexException(Messages.text("profile.required", origin, key));
    }
    return node.asText();
  }

  private static List<String> list(JsonNode root, String key, String origin) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new GovindexException(Messages.text("profile.notList", origin, key));
    }
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, String> textMap(JsonNode node, String origin, String where) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw new GovindexException(Messages.text("profile.notMappingAt", origin, where));
    }
    node.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new GovindexException(
                    Messages.text("profile.notText", origin, where, e.getKey()));
              }
              out.put(e.getKey(), e.getValue().asText());
            });
    return out;
  }
}
