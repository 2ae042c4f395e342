package org.govindex.indicators.appraisal;

import java.util.List;
import org.govindex.contract.UnitLevel;

/**
 * The objective score O of one unit and what makes it up.
 *
 * @param score O, null when no weighted indicator has a value
 * @param nIndicators the number of indicators that enter O
 * @param nWeighted the number of the unit's indicators with a positive weight (those that would
 *     enter O if they all had a value)
 * @param flags {@code no_objective_indicator}, {@code central_street_economic_excluded}, {@code
 *     missing_indicator:<code>}, in this order
 * @param indicators the unit's indicators in catalogue order, with their share of O
 */
public record ObjectiveScore(
    UnitLevel level,
    String unitCode,
    Double score,
    int nIndicators,
    int nWeighted,
    List<String> flags,
    List<Share> indicators) {

  /**
   * An indicator's part in O.
   *
   * @param weightShare w_i / Σ w_j over the indicators that enter O, 0 for the others
   */
  public record Share(
      String indicatorCode, int position, Double normalizedScore, double weightShare) {}

  /** The share of the weighted indicators that enter O (1 when none is weighted). */
  public double coverage() {
    return nWeighted == 0 ? 1.0 : (double) nIndicators / nWeighted;
  }

  public ObjectiveScore {
    flags = List.copyOf(flags);
    indicators = List.copyOf(indicators);
  }
}
