package org.govindex.indicators.index.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.yaml.YamlException;
import org.govindex.indicators.yaml.YamlTree;

/**
 * Reads a YAML recipe. Each step is a mapping with {@code method}, any settings of that method as
 * further keys, and optionally {@code levels} (level number → override) and {@code nodes} (node
 * code → override; {@code indicators} is a synonym). An override without {@code method} keeps the
 * method it overrides and changes only the settings it names. See docs/index-engine.md.
 */
public final class RecipeParser {

  private static final Set<String> TOP =
      Set.of(
          "name",
          "time",
          "denominate",
          "impute",
          "screen",
          "treat",
          "transform",
          "normalise",
          "normalize",
          "aggregate",
          "uncertainty",
          "weights");
  private static final Set<String> UNCERTAINTY =
      Set.of(
          "replications",
          "seed",
          "weights",
          "normalise",
          "normalize",
          "aggregate",
          "treat",
          "impute",
          "sensitivity");

  private RecipeParser() {}

  public static Recipe parse(Reader reader, String source) {
    JsonNode root;
    try {
      root = YamlTree.readJson(reader, source);
    } catch (YamlException e) {
      throw new IndexSpecException(e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull() || root.isEmpty()) {
      return Recipe.defaults();
    }
    if (!root.isObject()) {
      throw new IndexSpecException(Messages.text("index.recipe.recipeMappingStep", source));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP.contains(key)) {
        throw new IndexSpecException(
            Messages.text("index.recipe.unknownKey", source, key, new java.util.TreeSet<>(TOP)));
      }
    }
    JsonNode normalise = root.has("normalise") ? root.get("normalise") : root.get("normalize");
    Double time = null;
    if (root.has("time")) {
      if (!root.get("time").isNumber()) {
        throw new IndexSpecException(Messages.text("index.recipe.timeNumber", source));
      }
      time = root.get("time").asDouble();
    }
    return new Recipe(
        root.has("name") ? root.get("name").asText() : source,
        time,
        step(root.get("denominate"), source, "denominate"),
        step(root.get("impute"), source, "impute"),
        step(root.get("screen"), source, "screen"),
        step(root.get("treat"), source, "treat"),
        step(root.get("transform"), source, "transform"),
        step(normalise, source, "normalise"),
        step(root.get("aggregate"), source, "aggregate"),
        uncertainty(root.get("uncertainty"), source),
        weights(root.get("weights"), source));
  }

  private static StepSpec step(JsonNode node, String source, String step) {
    if (node == null || node.isNull()) {
      return null;
    }
    String where = Messages.text("index.where.step", source, step);
    if (node.isTextual()) {
      return StepSpec.of(MethodSpec.parse(node.asText(), where));
    }
    if (!node.isObject()) {
      throw new IndexSpecException(Messages.text("index.recipe.expectedMethodName", where));
    }
    MethodSpec defaults = method(node, where, true);
    Map<Integer, MethodSpec> levels = new LinkedHashMap<>();
    JsonNode lv = node.get("levels");
    if (lv != null) {
      requireObject(lv, where + " levels");
      for (Iterator<Map.Entry<String, JsonNode>> it = lv.fields(); it.hasNext(); ) {
        var e = it.next();
        int level;
        try {
          level = Integer.parseInt(e.getKey().trim());
        } catch (NumberFormatException ex) {
          throw new IndexSpecException(
              Messages.text("index.recipe.levelsNotLevel", where, e.getKey()));
        }
        levels.put(level, override(e.getValue(), Messages.text("index.where.level", where, level)));
      }
    }
    Map<String, MethodSpec> nodes = new LinkedHashMap<>();
    for (String key : List.of("nodes", "indicators")) {
      JsonNode nd = node.get(key);
      if (nd != null) {
        requireObject(nd, where + " " + key);
        for (Iterator<Map.Entry<String, JsonNode>> it = nd.fields(); it.hasNext(); ) {
          var e = it.next();
          nodes.put(
              e.getKey(),
              override(e.getValue(), Messages.text("index.where.node", where, e.getKey())));
        }
      }
    }
    return new StepSpec(defaults, levels, nodes);
  }

  private static MethodSpec override(JsonNode node, String where) {
    if (node.isTextual()) {
      return MethodSpec.parse(node.asText(), where);
    }
    requireObject(node, where);
    return method(node, where, false);
  }

  private static MethodSpec method(JsonNode node, String where, boolean required) {
    JsonNode m = node.get("method");
    if (m == null && required) {
      throw new IndexSpecException(Messages.text("index.recipe.missingMethod", where));
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      String k = e.getKey();
      if (k.equals("method") || k.equals("levels") || k.equals("nodes") || k.equals("indicators")) {
        continue;
      }
      params.put(k, settingValue(e.getValue(), Messages.text("index.where.setting", where, k)));
    }
    return new MethodSpec(m == null ? StepSpec.INHERIT : m.asText(), params);
  }

  /** A value, or a list of values (COINr's vector settings, e.g. l_u) joined by spaces. */
  private static String settingValue(JsonNode v, String where) {
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isValueNode()) {
          throw new IndexSpecException(Messages.text("index.recipe.valueListValues", where));
        }
        items.add(item.asText());
      }
      return String.join(" ", items);
    }
    throw new IndexSpecException(Messages.text("index.recipe.valueListValues", where));
  }

  private static final Set<String> WEIGHTS =
      Set.of("method", "level", "Level", "form", "importance", "itarg");

  private static WeightsSpec weights(JsonNode node, String source) {
    if (node == null || node.isNull()) {
      return null;
    }
    String where = source + " weights";
    if (node.isTextual()) {
      return new WeightsSpec(node.asText(), null, null, Map.of(), List.of());
    }
    requireObject(node, where);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!WEIGHTS.contains(key)) {
        throw new IndexSpecException(
            Messages.text("index.recipe.unknownKey", where, key, new java.util.TreeSet<>(WEIGHTS)));
      }
    }
    if (!node.has("method")) {
      throw new IndexSpecException(Messages.text("index.recipe.missingMethod", where));
    }
    JsonNode lv = node.has("level") ? node.get("level") : node.get("Level");
    Integer level = null;
    if (lv != null) {
      if (!lv.canConvertToInt() || lv.asInt() < 0) {
        throw new IndexSpecException(Messages.text("index.recipe.levelLevelNumber", where));
      }
      level = lv.asInt();
    }
    Map<String, Double> importance = new LinkedHashMap<>();
    List<Double> inOrder = new ArrayList<>();
    JsonNode imp = node.has("importance") ? node.get("importance") : node.get("itarg");
    if (imp != null && !(imp.isTextual() && imp.asText().equals("equal"))) {
      if (imp.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = imp.fields(); it.hasNext(); ) {
          var e = it.next();
          importance.put(e.getKey(), number(e.getValue(), where + " importance " + e.getKey()));
        }
      } else if (imp.isArray()) {
        for (JsonNode item : imp) {
          inOrder.add(number(item, where + " importance"));
        }
      } else {
        throw new IndexSpecException(Messages.text("index.recipe.importanceEqualMapping", where));
      }
    }
    return new WeightsSpec(
        node.get("method").asText(),
        level,
        node.has("form") ? node.get("form").asText() : null,
        importance,
        inOrder);
  }

  private static double number(JsonNode v, String where) {
    if (!v.isNumber() || !(v.asDouble() > 0)) {
      throw new IndexSpecException(Messages.text("index.recipe.numberFound", where, v.asText()));
    }
    return v.asDouble();
  }

  private static void requireObject(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IndexSpecException(Messages.text("index.recipe.expectedMapping", where));
    }
  }

  private static UncertaintySpec uncertainty(JsonNode node, String source) {
    if (node == null || node.isNull()) {
      return null;
    }
    String where = source + " uncertainty";
    requireObject(node, where);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!UNCERTAINTY.contains(key)) {
        throw new IndexSpecException(
            Messages.text(
                "index.recipe.unknownKey", where, key, new java.util.TreeSet<>(UNCERTAINTY)));
      }
    }
    int replications = intValue(node, "replications", 1000, where);
    long seed = node.has("seed") ? node.get("seed").asLong() : 1L;
    double spread = 0;
    List<Integer> levels = new ArrayList<>();
    JsonNode w = node.get("weights");
    if (w != null) {
      requireObject(w, where + " weights");
      spread = w.has("spread") ? w.get("spread").asDouble() : 0.25;
      if (!(spread >= 0 && spread < 1)) {
        throw new IndexSpecException(Messages.text("index.recipe.weightsSpread", where));
      }
      JsonNode lv = w.get("levels");
      if (lv != null) {
        if (!lv.isArray()) {
          throw new IndexSpecException(Messages.text("index.recipe.weightsLevelsList", where));
        }
        lv.forEach(x -> levels.add(x.asInt()));
      }
    }
    JsonNode n = node.has("normalise") ? node.get("normalise") : node.get("normalize");
    return new UncertaintySpec(
        replications,
        seed,
        spread,
        levels,
        alternatives(n, where + " normalise"),
        alternatives(node.get("aggregate"), where + " aggregate"),
        node.has("treat") && node.get("treat").asBoolean(),
        node.has("impute") && node.get("impute").asBoolean(),
        node.has("sensitivity") ? intValue(node.get("sensitivity"), "samples", 0, where) : 0);
  }

  private static List<MethodSpec> alternatives(JsonNode node, String where) {
    List<MethodSpec> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw new IndexSpecException(Messages.text("index.recipe.expectedListMethods", where));
    }
    for (JsonNode item : node) {
      out.add(
          item.isTextual() ? MethodSpec.parse(item.asText(), where) : method(item, where, true));
    }
    return out;
  }

  private static int intValue(JsonNode node, String key, int fallback, String where) {
    if (node == null || !node.has(key)) {
      return fallback;
    }
    JsonNode v = node.get(key);
    if (!v.canConvertToInt() || v.asInt() < 0) {
      throw new IndexSpecException(Messages.text("index.recipe.nonNegativeWhole", where, key));
    }
    return v.asInt();
  }
}
