package org.govindex.indicators.appraisal;

/**
 * A unit's total of the previous period, with what its uncertainty needs.
 *
 * @param totalScore T of the previous period (null when it had none)
 * @param subjectiveWeight w of that period
 * @param ciLow the 95% interval of S of that period (null when none)
 * @param ciHigh upper end
 */
public record PreviousTotal(
    Double totalScore, Double subjectiveWeight, Double ciLow, Double ciHigh) {

  /**
   * The half-width of the 95% interval of T implied by that of S, {@code w·(ci_high − ci_low)/2} (O
   * is an exact count, not a sample); null when an input is missing.
   */
  public static Double halfWidth(Double w, Double ciLow, Double ciHigh) {
    return w == null || ciLow == null || ciHigh == null ? null : w * (ciHigh - ciLow) / 2.0;
  }
}
