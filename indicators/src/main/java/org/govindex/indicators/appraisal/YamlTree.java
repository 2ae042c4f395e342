package org.govindex.indicators.appraisal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into plain maps, lists and scalars, remembering the line of every key so
 * that configuration errors can name it. Duplicate keys are refused.
 */
final class YamlTree {

  /** A value with the 1-based line where it (or its key) starts. */
  record Node(Object value, int line) {}

  private final String origin;

  private YamlTree(String origin) {
    this.origin = origin;
  }

  /**
   * Reads the document. Mappings become {@code Map<String, Node>} (insertion order), sequences
   * {@code List<Node>}, scalars {@link Number}, {@link String}, {@link Boolean} or {@code null}. An
   * empty document gives an empty map.
   */
  static Node read(Reader yaml, String origin) {
    YamlTree tree = new YamlTree(origin);
    try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Node(new LinkedHashMap<String, Node>(), 1);
      }
      Node root = tree.value(parser);
      return root;
    } catch (AppraisalConfigException e) {
      throw e;
    } catch (IOException e) {
      int line = 0;
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
          && jpe.getLocation() != null) {
        line = jpe.getLocation().getLineNr();
      }
      throw new AppraisalConfigException(
          origin, line, "malformed YAML: " + e.getMessage().lines().findFirst().orElse(""));
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
      default -> throw new AppraisalConfigException(origin, line, "unexpected YAML token " + token);
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
        throw new AppraisalConfigException(
            origin,
            keyLine,
            "duplicate key '" + key + "' (first on line " + map.get(key).line() + ")");
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
}
