package org.govindex.indicators.appraisal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;

/**
 * Reads {@code appraisal-catalogue.csv}. Columns (header row required, order free):
 *
 * <ul>
 *   <li>{@code indicator_code} ({@code [a-z][a-z0-9_]*}, unique), {@code indicator_name};
 *   <li>{@code levels}: {@code ;}-separated subset of {@code community;street;department};
 *   <li>{@code direction}: {@code 1} (higher is better) or {@code -1};
 *   <li>{@code goal_worst}, {@code goal_best}: fixed goalposts, different, ordered as the direction
 *       says;
 *   <li>{@code weight_community}, {@code weight_street}, {@code weight_department}: a number ≥ 0 at
 *       each listed level, empty (or 0) at the others;
 *   <li>{@code weight_street_central} (optional column): a different street weight for 中心城区
 *       streets; empty means "same as weight_street". For an economic indicator it may only be
 *       empty or 0 — any other value is refused by policy ({@link PolicyRules});
 *   <li>{@code economic}: {@code true}/{@code false}; {@code unit}; {@code goalpost_source}
 *       (non-empty: the policy text or {@code empirical: ...}).
 * </ul>
 *
 * Unknown columns are refused (a misspelt weight column must not be ignored silently). Every level
 * that has indicators needs at least one positive weight, also for 中心城区 streets.
 */
final class AppraisalCatalogueParser {

  static final String CENTRAL_COLUMN = "weight_street_central";

  private static final List<String> REQUIRED =
      List.of(
          "indicator_code",
          "indicator_name",
          "levels",
          "direction",
          "goal_worst",
          "goal_best",
          "weight_community",
          "weight_street",
          "weight_department",
          "economic",
          "unit",
          "goalpost_source");

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

  private AppraisalCatalogueParser() {}

  static AppraisalCatalogue parse(Reader csv, String origin) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    List<IndicatorDefinition> indicators = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    try (CSVParser parser = format.parse(csv)) {
      List<String> header = parser.getHeaderNames();
      checkHeader(header, origin);
      boolean hasCentral = header.contains(CENTRAL_COLUMN);
      for (CSVRecord row : parser) {
        int line = (int) row.getRecordNumber() + 1;
        if (row.size() < header.size()) {
          throw new AppraisalConfigException(
              origin,
              line,
              Messages.text("appraisal.catalogue.short-row", row.size(), header.size()));
        }
        IndicatorDefinition indicator = parseRow(row, hasCentral, origin, line);
        Long previous = firstLine.putIfAbsent(indicator.code(), (long) line);
        if (previous != null) {
          throw new AppraisalConfigException(
              origin,
              line,
              Messages.text("appraisal.catalogue.duplicate-row", indicator.code(), previous));
        }
        indicators.add(indicator);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("appraisal.catalogue.unreadable", origin), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new AppraisalConfigException(
          origin, 0, Messages.text("appraisal.catalogue.malformed-csv", e.getMessage()));
    }
    if (indicators.isEmpty()) {
      throw new AppraisalConfigException(origin, 0, Messages.text("appraisal.catalogue.empty"));
    }
    AppraisalCatalogue catalogue = new AppraisalCatalogue(indicators);
    checkLevelWeights(catalogue, origin);
    return catalogue;
  }

  private static void checkHeader(List<String> header, String origin) {
    for (String column : REQUIRED) {
      if (!header.contains(column)) {
        throw new AppraisalConfigException(
            origin, 1, Messages.text("appraisal.catalogue.missing-column", column));
      }
    }
    for (String column : header) {
      if (!REQUIRED.contains(column) && !CENTRAL_COLUMN.equals(column)) {
        throw new AppraisalConfigException(
            origin,
            1,
            Messages.text(
                "appraisal.catalogue.unknown-column",
                column,
                String.join(", ", REQUIRED),
                CENTRAL_COLUMN));
      }
    }
  }

  private static IndicatorDefinition parseRow(
      CSVRecord row, boolean hasCentral, String origin, int line) {
    String code = row.get("indicator_code");
    if (!CODE.matcher(code).matches()) {
      throw new AppraisalConfigException(
          origin, line, Messages.text("appraisal.catalogue.bad-code", code));
    }
    Set<UnitLevel> levels = parseLevels(row.get("levels"), origin, line, code);
    int direction = parseDirection(row.get("direction"), origin, line, code);
    double worst = number(row, "goal_worst", origin, line, code);
    double best = number(row, "goal_best", origin, line, code);
    if (worst == best) {
      throw new AppraisalConfigException(
          origin, line, Messages.text("appraisal.catalogue.goalposts-equal", code, worst));
    }
    if ((best > worst ? 1 : -1) != direction) {
      throw new AppraisalConfigException(
          origin,
          line,
          Messages.text("appraisal.catalogue.direction-disagrees", code, direction, worst, best));
    }
    boolean economic = parseBoolean(row.get("economic"), origin, line, code);
    Map<UnitLevel, Double> weights = new EnumMap<>(UnitLevel.class);
    for (UnitLevel level : AppraisedLevels.ALL) {
      String column = "weight_" + level.code();
      String text = row.get(column);
      if (levels.contains(level)) {
        if (text.isEmpty()) {
          throw new AppraisalConfigException(
              origin, line, Messages.text("appraisal.catalogue.weight-empty", code, column));
        }
        weights.put(level, weight(text, column, origin, line, code));
      } else if (!text.isEmpty() && weight(text, column, origin, line, code) != 0.0) {
        throw new AppraisalConfigException(
            origin,
            line,
            Messages.text(
                "appraisal.catalogue.weight-outside-levels",
                code,
                column,
                text,
                level.code(),
                row.get("levels")));
      }
    }
    Double central = null;
    if (hasCentral && !row.get(CENTRAL_COLUMN).isEmpty()) {
      central = weight(row.get(CENTRAL_COLUMN), CENTRAL_COLUMN, origin, line, code);
      if (economic) {
        PolicyRules.checkCentralStreetEconomicWeight(origin, line, code, central);
      }
      if (!levels.contains(UnitLevel.STREET) && central != 0.0) {
        throw new AppraisalConfigException(
            origin,
            line,
            Messages.text(
                "appraisal.catalogue.central-without-street", code, CENTRAL_COLUMN, central));
      }
    }
    String source = row.get("goalpost_source");
    if (source.isEmpty()) {
      throw new AppraisalConfigException(
          origin, line, Messages.text("appraisal.catalogue.no-goalpost-source", code));
    }
    return new IndicatorDefinition(
        code,
        row.get("indicator_name"),
        levels,
        direction,
        new Goalposts(worst, best),
        weights,
        central,
        economic,
        row.get("unit"),
        source);
  }

  private static Set<UnitLevel> parseLevels(String text, String origin, int line, String code) {
    Set<UnitLevel> levels = new LinkedHashSet<>();
    for (String part : text.split(";", -1)) {
      UnitLevel level =
          AppraisedLevels.fromCode(part)
              .orElseThrow(
                  () ->
                      new AppraisalConfigException(
                          origin,
                          line,
                          Messages.text(
                              "appraisal.catalogue.unknown-level", code, part.trim(), text)));
      if (!levels.add(level)) {
        throw new AppraisalConfigException(
            origin,
            line,
            Messages.text("appraisal.catalogue.repeated-level", code, level.code(), text));
      }
    }
    return levels.isEmpty() ? EnumSet.noneOf(UnitLevel.class) : EnumSet.copyOf(levels);
  }

  private static int parseDirection(String text, String origin, int line, String code) {
    return switch (text) {
      case "1", "+1" -> 1;
      case "-1" -> -1;
      default ->
          throw new AppraisalConfigException(
              origin, line, Messages.text("appraisal.catalogue.direction", code, text));
    };
  }

  private static boolean parseBoolean(String text, String origin, int line, String code) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new AppraisalConfigException(
              origin, line, Messages.text("appraisal.catalogue.economic", code, text));
    };
  }

  private static double weight(String text, String column, String origin, int line, String code) {
    double value = parseNumber(text, column, origin, line, code);
    if (value < 0.0) {
      throw new AppraisalConfigException(
          origin, line, Messages.text("appraisal.catalogue.negative-weight", code, column, text));
    }
    return value;
  }

  private static double number(CSVRecord row, String column, String origin, int line, String code) {
    return parseNumber(row.get(column), column, origin, line, code);
  }

  private static double parseNumber(
      String text, String column, String origin, int line, String code) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new AppraisalConfigException(
        origin, line, Messages.text("appraisal.catalogue.not-number", code, column, text));
  }

  private static void checkLevelWeights(AppraisalCatalogue catalogue, String origin) {
    for (UnitLevel level : AppraisedLevels.ALL) {
      checkLevel(catalogue, level, false, origin);
    }
    checkLevel(catalogue, UnitLevel.STREET, true, origin);
  }

  private static void checkLevel(
      AppraisalCatalogue catalogue, UnitLevel level, boolean central, String origin) {
    if (catalogue.indicatorsAt(level).isEmpty()) {
      return; // no objective part at this level; the job flags its units
    }
    double total = 0.0;
    for (IndicatorDefinition indicator : catalogue.indicatorsAt(level)) {
      total += indicator.weightAt(level, central);
    }
    if (!(total > 0.0)) {
      int indicators = catalogue.indicatorsAt(level).size();
      throw new AppraisalConfigException(
          origin,
          0,
          central
              ? Messages.text("appraisal.catalogue.all-zero-weights-central", total, indicators)
              : Messages.text(
                  "appraisal.catalogue.all-zero-weights",
                  level.code(),
                  "weight_" + level.code(),
                  total,
                  indicators));
    }
  }
}
