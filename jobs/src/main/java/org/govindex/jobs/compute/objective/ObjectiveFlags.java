package org.govindex.jobs.compute.objective;

/** Flag codes of {@code indicator_values} and of the objective scores ({@code ;}-separated). */
public final class ObjectiveFlags {

  /** The denominator of the indicator is null or 0: no value. */
  public static final String EMPTY_DENOMINATOR = "empty_denominator";

  /** The unit has no source record for the indicator (no facts row, no street facts): no value. */
  public static final String NO_DATA = "no_data";

  /** A street's mediation success rate comes from the mediation summary (no case rows). */
  public static final String MEDIATION_FROM_SUMMARY = "mediation_from_summary";

  /** {@code partial_coverage:k/n}: a street ratio summed over k of its n communities only. */
  public static final String PARTIAL_COVERAGE = "partial_coverage";

  /** An economic indicator of a 中心城区 street: reported, weight 0 by policy. */
  public static final String CENTRAL_STREET_ECONOMIC_EXCLUDED = "central_street_economic_excluded";

  /** {@code missing_indicator:<code>}: a weighted indicator without value; O renormalised. */
  public static final String MISSING_INDICATOR = "missing_indicator";

  /** No weighted indicator has a value: O is null. */
  public static final String NO_OBJECTIVE_INDICATOR = "no_objective_indicator";

  public static final String SEPARATOR = ";";

  private ObjectiveFlags() {}
}
