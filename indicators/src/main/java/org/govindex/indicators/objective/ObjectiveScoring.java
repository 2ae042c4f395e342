package org.govindex.indicators.objective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.govindex.contract.Flag;
import org.govindex.contract.Messages;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisedLevels;
import org.govindex.indicators.appraisal.IndicatorDefinition;
import org.govindex.indicators.appraisal.ObjectiveScore;

/**
 * The objective part of the appraisal (methodology §2-§3).
 *
 * <ol>
 *   <li>Raw values: the measures of every registered unit ({@link LevelMeasures}) through the
 *       formulas of {@link IndicatorFormulas} for the catalogue's indicators at the unit's level.
 *   <li>Normalised score: the goalposts of the catalogue, {@link IndicatorDefinition#normalise}
 *       (null without raw value).
 *   <li>{@code O = Σ w_i·s_i / Σ w_i} over the indicators with a score and a positive weight, the
 *       weights of {@link AppraisalCatalogue#weightsFor} (economic ones 0 for 中心城区 streets), summed
 *       in catalogue order so that runs are bit-for-bit reproducible. A weighted indicator without
 *       value is flagged {@code missing_indicator:<code>}; none at all gives O = null and {@code
 *       no_objective_indicator}.
 * </ol>
 */
public final class ObjectiveScoring {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private ObjectiveScoring() {}

  /**
   * The indicators and objective scores of a year.
   *
   * @param indicatorValues the {@code indicator_values} table: levels community, department, street
   *     in this order, then unit_code, then catalogue order
   * @param scores O of every registered unit of each level with indicators, in the same order
   */
  public record Result(Table indicatorValues, List<ObjectiveScore> scores) {

    public Result {
      scores = List.copyOf(scores);
    }

    /** Unit code → score of a level. */
    public Map<String, ObjectiveScore> scoresAt(UnitLevel level) {
      Map<String, ObjectiveScore> m = new LinkedHashMap<>();
      scores.stream().filter(s -> s.level() == level).forEach(s -> m.put(s.unitCode(), s));
      return m;
    }
  }

  /**
   * Computes indicator_values and O of every registered unit of each level that has indicators in
   * the catalogue, for one calendar year.
   *
   * @param period the year, e.g. {@code 2026} (the {@code period} column)
   * @throws ObjectiveInputException when the period is not a calendar year YYYY, or the catalogue
   *     lists an indicator where it cannot be computed
   */
  public static Result compute(
      ObjectiveSources sources, AppraisalCatalogue catalogue, String period) {
    if (period == null || !YEAR.matcher(period).matches()) {
      throw new ObjectiveInputException(Messages.text("objective.period", period));
    }
    int year = Integer.parseInt(period);
    Table.Builder table = Table.builder(Results.INDICATOR_VALUES);
    List<ObjectiveScore> scores = new ArrayList<>();
    boolean hasEconomic = !catalogue.economicCodes().isEmpty();
    for (UnitLevel level : outputOrder()) {
      for (UnitValues unit : values(sources, catalogue, level, year).values()) {
        for (IndicatorValue v : unit.values()) {
          table
              .row()
              .set("period", period)
              .set("level", v.level().code())
              .set("unit_code", v.unitCode())
              .set("indicator_code", v.indicatorCode())
              .set("raw_value", v.rawValue())
              .set("normalized_score", v.normalizedScore())
              .set("denominator", v.denominator())
              .set("flags", v.flags())
              .add();
        }
        scores.add(score(unit.values(), hasEconomic, unit.central()));
      }
    }
    return new Result(table.build(), scores);
  }

  /**
   * The raw values of the catalogue's indicators at one level and year: unit → indicator → value
   * (absent when not computable). Used by the innovation index for each of its years.
   */
  public static Map<String, Map<String, Double>> rawValues(
      ObjectiveSources sources, AppraisalCatalogue catalogue, UnitLevel level, int year) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    values(sources, catalogue, level, year)
        .forEach(
            (unit, list) -> {
              Map<String, Double> m = new LinkedHashMap<>();
              list.values().stream()
                  .filter(v -> v.rawValue() != null)
                  .forEach(v -> m.put(v.indicatorCode(), v.rawValue()));
              out.put(unit, m);
            });
    return out;
  }

  /** The levels in the order of the output table (community, department, street). */
  private static List<UnitLevel> outputOrder() {
    return AppraisedLevels.ALL.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
  }

  /** A unit's indicators in catalogue order, and whether it is a 中心城区 street. */
  private record UnitValues(List<IndicatorValue> values, boolean central) {}

  /** Unit code → its indicators, for every registered unit of the level. */
  private static Map<String, UnitValues> values(
      ObjectiveSources sources, AppraisalCatalogue catalogue, UnitLevel level, int year) {
    List<IndicatorFormula> formulas = IndicatorFormulas.forLevel(catalogue, level);
    Map<String, UnitValues> out = new LinkedHashMap<>();
    if (formulas.isEmpty()) {
      return out;
    }
    List<IndicatorDefinition> definitions = catalogue.indicatorsAt(level);
    Map<String, Double> weights = catalogue.weightsFor(level, false);
    Map<String, Double> centralWeights = catalogue.weightsFor(level, true);
    LevelMeasures.of(level, sources, year)
        .forEach(
            (unit, measures) -> {
              List<IndicatorValue> list = new ArrayList<>(formulas.size());
              for (int i = 0; i < formulas.size(); i++) {
                IndicatorDefinition d = definitions.get(i);
                IndicatorFormula.RawValue raw = formulas.get(i).evaluate(measures);
                List<String> flags = new ArrayList<>(raw.flags());
                if (measures.central && d.economic()) {
                  flags.add(Flag.CENTRAL_STREET_ECONOMIC_EXCLUDED.code());
                }
                list.add(
                    new IndicatorValue(
                        level,
                        unit,
                        d.code(),
                        i,
                        raw.raw(),
                        raw.raw() == null ? null : d.normalise(raw.raw()),
                        raw.denominator(),
                        Flag.join(flags),
                        (measures.central ? centralWeights : weights).get(d.code())));
              }
              out.put(unit, new UnitValues(list, measures.central));
            });
    return out;
  }

  /** O of one unit from its indicators in catalogue order. */
  private static ObjectiveScore score(
      List<IndicatorValue> unit, boolean hasEconomic, boolean central) {
    double sumW = 0.0;
    double sumWs = 0.0;
    int n = 0;
    int weighted = 0;
    List<String> missing = new ArrayList<>();
    for (IndicatorValue v : unit) {
      if (v.weight() > 0.0) {
        weighted++;
      }
      if (v.entersObjective()) {
        sumW += v.weight();
        sumWs += v.weight() * v.normalizedScore();
        n++;
      } else if (v.rawValue() == null && v.weight() > 0.0) {
        missing.add(Flag.MISSING_INDICATOR.with(v.indicatorCode()));
      }
    }
    missing.sort(null);
    List<String> flags = new ArrayList<>();
    if (n == 0) {
      flags.add(Flag.NO_OBJECTIVE_INDICATOR.code());
    }
    if (central && hasEconomic) {
      flags.add(Flag.CENTRAL_STREET_ECONOMIC_EXCLUDED.code());
    }
    flags.addAll(missing);
    List<ObjectiveScore.Share> shares = new ArrayList<>();
    for (IndicatorValue v : unit) {
      shares.add(
          new ObjectiveScore.Share(
              v.indicatorCode(),
              v.position(),
              v.normalizedScore(),
              v.entersObjective() && sumW > 0.0 ? v.weight() / sumW : 0.0));
    }
    IndicatorValue first = unit.get(0);
    return new ObjectiveScore(
        first.level(), first.unitCode(), n > 0 ? sumWs / sumW : null, n, weighted, flags, shares);
  }
}
