package org.govindex.indicators.index.framework;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * Reads an iMeta-style META table (CSV with a header row) into a validated {@link Framework}.
 *
 * <p>Columns (header names case-insensitive, any order): COINr's {@code iCode, Level, Parent, Type,
 * Direction, Weight, Target, Denominator, iName, Unit} and this product's optional {@code GoalLow,
 * GoalHigh, Transform, Normalise, Economic}. {@code Type} is {@code Indicator} or {@code
 * Aggregate}; rows of type {@code Group}, {@code Denominator} and {@code Other} declare data
 * columns and are not nodes. Empty cells and {@code NA} are absent values. {@code Direction}
 * defaults to 1 for aggregates; {@code Weight} defaults to 1 for the root only.
 */
public final class FrameworkParser {

  private static final List<String> REQUIRED =
      List.of("iCode", "Level", "Parent", "Type", "Weight");

  private FrameworkParser() {}

  /**
   * @param reader the CSV text
   * @param source the file name used in messages
   */
  public static Framework parse(Reader reader, String source) {
    List<FrameworkNode> nodes = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<String> denominators = new ArrayList<>();
    try (CSVParser csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get()
            .parse(reader)) {
      Map<String, String> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String h : csv.getHeaderNames()) {
        columns.put(stripBom(h).trim(), h);
      }
      for (String required : REQUIRED) {
        if (!columns.containsKey(required)) {
          throw new IndexSpecException(
              Messages.text("index.framework.missingColumn", source, required));
        }
      }
      if (!columns.containsKey("Direction")) {
        throw new IndexSpecException(
            Messages.text("index.framework.missingColumnDirection", source));
      }
      for (CSVRecord r : csv) {
        int row = (int) r.getRecordNumber();
        Cells c = new Cells(r, columns, source, row);
        String code = c.text("iCode");
        if (code == null) {
          throw new IndexSpecException(Messages.text("index.framework.rowICodeEmpty", source, row));
        }
        String type = c.text("Type");
        if (type == null) {
          throw new IndexSpecException(
              Messages.text("index.framework.rowTypeEmpty", source, row, code));
        }
        switch (type.toLowerCase(Locale.ROOT)) {
          case "indicator" -> nodes.add(node(c, code, NodeType.INDICATOR, row));
          case "aggregate" -> nodes.add(node(c, code, NodeType.AGGREGATE, row));
          case "group" -> groups.add(code);
          case "denominator" -> denominators.add(code);
          case "other" -> {}
          default ->
              throw new IndexSpecException(
                  Messages.text("index.framework.rowUnknownType", source, row, type, code));
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new IndexSpecException(
          Messages.text("index.data.cannotReadCSV", source, e.getMessage()), e);
    }
    if (nodes.isEmpty()) {
      throw new IndexSpecException(Messages.text("index.framework.noIndicatorAggregate", source));
    }
    return new Framework(source, nodes, groups, denominators);
  }

  private static FrameworkNode node(Cells c, String code, NodeType type, int row) {
    Double level = c.number("Level");
    if (level == null || level != Math.rint(level)) {
      throw new IndexSpecException(
          Messages.text("index.framework.rowLevelWhole", c.source, row, code));
    }
    String parent = c.text("Parent");
    Double weight = c.number("Weight");
    if (weight == null) {
      if (parent != null) {
        throw new IndexSpecException(
            Messages.text("index.framework.rowWeightEmpty", c.source, row, code));
      }
      weight = 1.0;
    }
    Double direction = c.number("Direction");
    if (direction == null) {
      if (type == NodeType.INDICATOR) {
        throw new IndexSpecException(
            Messages.text("index.framework.rowDirectionEmpty", c.source, row, code));
      }
      direction = 1.0;
    }
    String economic = c.text("Economic");
    return new FrameworkNode(
        code,
        orEmpty(c.text("iName")),
        level.intValue(),
        parent,
        type,
        direction.intValue() == direction ? direction.intValue() : 0,
        weight,
        orEmpty(c.text("Unit")),
        orNaN(c.number("Target")),
        c.text("Denominator"),
        orNaN(c.number("GoalLow")),
        orNaN(c.number("GoalHigh")),
        c.method("Transform"),
        c.method("Normalise"),
        economic != null && isTrue(economic, c, row),
        row);
  }

  private static boolean isTrue(String v, Cells c, int row) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes", "y" -> true;
      case "0", "false", "no", "n" -> false;
      default ->
          throw new IndexSpecException(
              Messages.text("index.framework.rowEconomicTrue", c.source, row, v));
    };
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static double orNaN(Double d) {
    return d == null ? Double.NaN : d;
  }

  static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Typed access to the cells of one row by case-insensitive column name. */
  private record Cells(CSVRecord record, Map<String, String> columns, String source, int row) {

    String text(String column) {
      String header = columns.get(column);
      if (header == null || !record.isMapped(header) || !record.isSet(header)) {
        return null;
      }
      String v = record.get(header).trim();
      return v.isEmpty() || v.equals("NA") ? null : v;
    }

    Double number(String column) {
      String v = text(column);
      if (v == null) {
        return null;
      }
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new IndexSpecException(
            Messages.text("index.framework.rowNotNumber", source, row, column, v));
      }
    }

    MethodSpec method(String column) {
      String v = text(column);
      return v == null
          ? null
          : MethodSpec.parse(v, Messages.text("index.where.rowColumn", source, row, column));
    }
  }
}
