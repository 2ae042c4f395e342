package org.govindex.indicators.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;

/**
 * The one way YAML is read in govindex (policy, recipes, award settings, run settings): the
 * document is read into plain maps, lists and scalars, remembering the line of every key so that
 * configuration errors can name it. Duplicate keys are refused. {@link #toJson} gives the same tree
 * as a Jackson {@link JsonNode} for readers that bind or walk one.
 */
public final class YamlTree {

  /** A value with the 1-based line where it (or its key) starts. */
  public record Node(Object value, int line) {}

  private final String origin;

  private YamlTree(String origin) {
    this.origin = origin;
  }

  /**
   * Reads the document. Mappings become {@code Map<String, Node>} (insertion order), sequences
   * {@code List<Node>}, scalars {@link Number}, {@link String}, {@link Boolean} or {@code null}. An
   * empty document gives an empty map.
   */
  public static Node read(Reader yaml, String origin) {
    YamlTree tree = new YamlTree(origin);
    try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Node(new LinkedHashMap<String, Node>(), 1);
      }
      Node root = tree.value(parser);
      return root;
    } catch (YamlException e) {
      throw e;
    } catch (IOException e) {
      int line = 0;
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
          && jpe.getLocation() != null) {
        line = jpe.getLocation().getLineNr();
      }
      throw new YamlException(
          origin,
          line,
          Messages.text("yaml.malformed", e.getMessage().lines().findFirst().orElse("")));
    }
  }

  private Node value(JsonParser parser) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> new Node(object(parser), line);
      case START_ARRAY -> new Node(array(parser), line);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node(parser.getNumberValue(), line);
      case VALUE_TRUE -> new Node(Boolean.TRUE, line);
      case VALUE_FALSE -> new Node(Boolean.FALSE, line);
      case VALUE_NULL -> new Node(null, line);
      case VALUE_STRING -> new Node(parser.getText(), line);
      default ->
          throw new YamlException(origin, line, Messages.text("yaml.unexpected-token", token));
    };
  }

  private Map<String, Node> object(JsonParser parser) throws IOException {
    Map<String, Node> map = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = parser.currentTokenLocation().getLineNr();
      parser.nextToken();
      Node child = value(parser);
      if (map.containsKey(key)) {
        throw new YamlException(
            origin, keyLine, Messages.text("yaml.duplicate-key", key, map.get(key).line()));
      }
      map.put(key, new Node(child.value(), keyLine));
    }
    return map;
  }

  private List<Node> array(JsonParser parser) throws IOException {
    List<Node> list = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      list.add(value(parser));
    }
    return list;
  }

  /** The tree as a Jackson node (mappings keep their order). */
  public static JsonNode toJson(Node node) {
    Object v = node.value();
    if (v instanceof Map<?, ?> map) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      map.forEach((k, child) -> out.set((String) k, toJson((Node) child)));
      return out;
    }
    if (v instanceof List<?> list) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      list.forEach(child -> out.add(toJson((Node) child)));
      return out;
    }
    if (v == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    if (v instanceof Boolean b) {
      return JsonNodeFactory.instance.booleanNode(b);
    }
    if (v instanceof Integer i) {
      return JsonNodeFactory.instance.numberNode(i);
    }
    if (v instanceof Long l) {
      return JsonNodeFactory.instance.numberNode(l);
    }
    if (v instanceof java.math.BigInteger b) {
      return JsonNodeFactory.instance.numberNode(b);
    }
    if (v instanceof java.math.BigDecimal d) {
      return JsonNodeFactory.instance.numberNode(d);
    }
    if (v instanceof Number n) {
      return JsonNodeFactory.instance.numberNode(n.doubleValue());
    }
    return JsonNodeFactory.instance.textNode(v.toString());
  }

  /** Reads a document and gives it as a Jackson node. */
  public static JsonNode readJson(Reader yaml, String origin) {
    return toJson(read(yaml, origin));
  }
}
