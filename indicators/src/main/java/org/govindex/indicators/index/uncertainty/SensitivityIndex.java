package org.govindex.indicators.index.uncertainty;

/**
 * Variance-based sensitivity of the mean absolute rank shift to one factor (group of inputs).
 *
 * @param factor {@code weights}, {@code normalise}, {@code aggregate}, {@code treat} or {@code
 *     impute}
 * @param firstOrder first-order index S_i (share of variance due to the factor alone)
 * @param total total-effect index ST_i (including interactions)
 */
public record SensitivityIndex(String factor, double firstOrder, double total) {}
