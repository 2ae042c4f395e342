package org.govindex.indicators.index.recipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

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
          "uncertainty");
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
      root = new ObjectMapper(new YAMLFactory()).readTree(reader);
    } catch (JsonProcessingException e) {
      throw new IndexSpecException(
          source + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    } catch (IOException e) {
      throw new IndexSpecException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return Recipe.defaults();
    }
    if (!root.isObject()) {
      throw new IndexSpecException(source + ": a recipe is a mapping of step names to settings");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP.contains(key)) {
        throw new IndexSpecException(
            source + ": unknown key '" + key + "' (known: " + new java.util.TreeSet<>(TOP) + ")");
      }
    }
    JsonNode normalise = root.has("normalise") ? root.get("normalise") : root.get("normalize");
    Double time = null;
    if (root.has("time")) {
      if (!root.get("time").isNumber()) {
        throw new IndexSpecException(source + ": time must be a number");
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
        uncertainty(root.get("uncertainty"), source));
  }

  private static StepSpec step(JsonNode node, String source, String step) {
    if (node == null || node.isNull()) {
      return null;
    }
    String where = source + " step " + step;
    if (node.isTextual()) {
      return StepSpec.of(MethodSpec.parse(node.asText(), where));
    }
    if (!node.isObject()) {
      throw new IndexSpecException(where + ": expected a method name or a mapping");
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
              where + " levels: '" + e.getKey() + "' is not a level number");
        }
        levels.put(level, override(e.getValue(), where + " level " + level));
      }
    }
    Map<String, MethodSpec> nodes = new LinkedHashMap<>();
    for (String key : List.of("nodes", "indicators")) {
      JsonNode nd = node.get(key);
      if (nd != null) {
        requireObject(nd, where + " " + key);
        for (Iterator<Map.Entry<String, JsonNode>> it = nd.fields(); it.hasNext(); ) {
          var e = it.next();
          nodes.put(e.getKey(), override(e.getValue(), where + " node " + e.getKey()));
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
      throw new IndexSpecException(where + ": missing 'method'");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      var e = it.next();
      String k = e.getKey();
      if (k.equals("method") || k.equals("levels") || k.equals("nodes") || k.equals("indicators")) {
        continue;
      }
      if (!e.getValue().isValueNode()) {
        throw new IndexSpecException(where + ": setting '" + k + "' must be a single value");
      }
      params.put(k, e.getValue().asText());
    }
    return new MethodSpec(m == null ? StepSpec.INHERIT : m.asText(), params);
  }

  private static void requireObject(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new IndexSpecException(where + ": expected a mapping");
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
            where
                + ": unknown key '"
                + key
                + "' (known: "
                + new java.util.TreeSet<>(UNCERTAINTY)
                + ")");
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
        throw new IndexSpecException(where + " weights: spread must be in [0, 1)");
      }
      JsonNode lv = w.get("levels");
      if (lv != null) {
        if (!lv.isArray()) {
          throw new IndexSpecException(where + " weights: levels must be a list");
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
      throw new IndexSpecException(where + ": expected a list of methods");
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
      throw new IndexSpecException(where + ": " + key + " must be a non-negative whole number");
    }
    return v.asInt();
  }
}
