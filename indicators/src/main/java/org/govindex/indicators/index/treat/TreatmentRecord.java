package org.govindex.indicators.index.treat;

import java.util.List;

/**
 * What outlier treatment did to one indicator.
 *
 * @param indicator indicator code
 * @param method the method that ran ({@code jrc}, {@code winsorise}, a log of {@link LogTreatment},
 *     {@code none})
 * @param action {@code none} (passed the test, or nothing to do), {@code winsorised}, the log
 *     applied ({@code log-ct}, {@code log-ct-plus}, {@code log-ct-neg}, {@code log-ct-orig}, {@code
 *     log-gii}) or {@code untreated} (still fails and the fallback is none)
 * @param units codes of the units whose values were changed by winsorisation
 * @param skewBefore Excel skewness before treatment
 * @param kurtosisBefore Excel excess kurtosis before treatment
 * @param skewAfter skewness after treatment
 * @param kurtosisAfter kurtosis after treatment
 */
public record TreatmentRecord(
    String indicator,
    String method,
    String action,
    List<String> units,
    double skewBefore,
    double kurtosisBefore,
    double skewAfter,
    double kurtosisAfter) {

  public TreatmentRecord {
    units = List.copyOf(units);
  }

  /** Number of values changed by winsorisation. */
  public int points() {
    return units.size();
  }
}
