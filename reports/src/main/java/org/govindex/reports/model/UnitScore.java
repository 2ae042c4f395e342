package org.govindex.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * One row of the appraisal table for display: a community or street with its subjective score.
 *
 * @param level community or street
 * @param code unit code
 * @param name unit name
 * @param parentName name of the parent unit (the street of a community, the district of a street);
 *     may be null
 * @param subjectiveScore subjective score S on 0-100; null when the unit has none
 * @param nValid number of valid survey responses
 * @param ciLow lower end of the 95% interval of S; null when not computed
 * @param ciHigh upper end of the 95% interval of S; null when not computed
 * @param satisfactionRate 满意率 as a fraction in [0, 1] (not a percentage); null when not computed
 * @param rank rank within the level; null when unranked
 * @param grade grade label (优秀, 良好, 合格, 不合格, 样本不足); null when none
 * @param flags flag codes of the {@code flags} column (e.g. {@code insufficient_sample})
 */
public record UnitScore(
    UnitLevel level,
    String code,
    String name,
    String parentName,
    Double subjectiveScore,
    int nValid,
    Double ciLow,
    Double ciHigh,
    Double satisfactionRate,
    Integer rank,
    String grade,
    List<String> flags) {

  /** Flag code of units below the minimum sample (methodology §1). */
  public static final String INSUFFICIENT_SAMPLE = "insufficient_sample";

  public UnitScore {
    Objects.requireNonNull(level, "level");
    if (code == null || code.isBlank()) {
      throw new ReportDataException("unit without code (name '" + name + "')");
    }
    if (name == null || name.isBlank()) {
      throw new ReportDataException("unit " + code + " has no name");
    }
    flags = flags == null ? List.of() : List.copyOf(flags);
    requireRange(code, "subjective_score", subjectiveScore, 0, 100);
    requireRange(code, "ci_low", ciLow, 0, 100);
    requireRange(code, "ci_high", ciHigh, 0, 100);
    requireRange(code, "satisfaction_rate", satisfactionRate, 0, 1);
    if (nValid < 0) {
      throw new ReportDataException("unit " + code + ": n_valid " + nValid + " is negative");
    }
    if ((ciLow == null) != (ciHigh == null)) {
      throw new ReportDataException(
          "unit " + code + ": ci_low and ci_high must both be set or null");
    }
    if (ciLow != null && ciLow > ciHigh) {
      throw new ReportDataException(
          "unit " + code + ": ci_low " + ciLow + " is above ci_high " + ciHigh);
    }
    if (rank != null && rank < 1) {
      throw new ReportDataException("unit " + code + ": rank " + rank + " is below 1");
    }
  }

  /** Whether the unit is flagged {@code insufficient_sample}. */
  public boolean insufficientSample() {
    return flags.contains(INSUFFICIENT_SAMPLE);
  }

  private static void requireRange(
      String code, String field, Double value, double min, double max) {
    if (value != null && !(value >= min && value <= max)) {
      throw new ReportDataException(
          "unit " + code + ": " + field + " " + value + " outside [" + min + ", " + max + "]");
    }
  }
}
