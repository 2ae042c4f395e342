package org.govindex.indicators.appraisal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;

/**
 * The appraisal catalogue: the objective indicators, their goalposts and their weights per level
 * (methodology §2-§3). Parsed from the CSV table {@code appraisal-catalogue.csv}, see {@link
 * AppraisalCatalogueParser} for the columns and the checks.
 *
 * <p>The objective score of a unit is {@code O = Σ w_i·s_i / Σ w_i} over the indicators present,
 * with {@code w_i} from {@link #weightsFor(UnitLevel, boolean)} and {@code s_i} the goalpost
 * scores.
 */
public record AppraisalCatalogue(List<IndicatorDefinition> indicators) {

  public AppraisalCatalogue {
    indicators = List.copyOf(indicators);
    Set<String> codes = new HashSet<>();
    for (IndicatorDefinition indicator : indicators) {
      if (!codes.add(indicator.code())) {
        throw new IllegalArgumentException(
            Messages.text("appraisal.catalogue.duplicate-code", indicator.code()));
      }
    }
  }

  /** Parses and validates the CSV table; {@code origin} names the file in error messages. */
  public static AppraisalCatalogue parse(Reader csv, String origin) {
    return AppraisalCatalogueParser.parse(csv, origin);
  }

  /** Parses CSV text (see {@link #parse(Reader, String)}). */
  public static AppraisalCatalogue parse(String csv, String origin) {
    return parse(new java.io.StringReader(csv), origin);
  }

  /** The indicator with the code, if any. */
  public Optional<IndicatorDefinition> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The indicators computed at a level, in catalogue order. */
  public List<IndicatorDefinition> indicatorsAt(UnitLevel level) {
    return indicators.stream().filter(i -> i.appliesAt(level)).toList();
  }

  /**
   * The objective weights at a level, normalised to sum 1, in catalogue order, for every indicator
   * of the level (zero weights included). For a street of a 中心城区 district ({@code central} true)
   * the economic indicators get weight 0 and the remaining weights are renormalised; {@code
   * central} is ignored at the other levels.
   *
   * <p>An empty map when no indicator applies at the level.
   *
   * @throws IllegalStateException when all weights at the level are 0 (refused at parse time)
   */
  public Map<String, Double> weightsFor(UnitLevel level, boolean central) {
    boolean centralStreet = central && level == UnitLevel.STREET;
    if (indicatorsAt(level).isEmpty()) {
      return Map.of();
    }
    double total = 0.0;
    for (IndicatorDefinition indicator : indicatorsAt(level)) {
      total += indicator.weightAt(level, centralStreet);
    }
    if (!(total > 0.0)) {
      throw new IllegalStateException(
          "all objective weights are 0 at level "
              + level.code()
              + (centralStreet ? " (中心城区 streets)" : ""));
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (IndicatorDefinition indicator : indicatorsAt(level)) {
      weights.put(indicator.code(), indicator.weightAt(level, centralStreet) / total);
    }
    return Collections.unmodifiableMap(weights);
  }

  /** The codes of the economic indicators, in catalogue order. */
  public List<String> economicCodes() {
    List<String> codes = new ArrayList<>();
    indicators.stream().filter(IndicatorDefinition::economic).forEach(i -> codes.add(i.code()));
    return codes;
  }
}
