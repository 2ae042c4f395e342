package org.govindex.indicators.index.uncertainty;

/**
 * Replications that could not be computed for one cause: a value &lt;= 0 reached a geometric or
 * harmonic mean (or a power mean with p &lt;= 0) in that variant of the design.
 *
 * @param cause the variant and where it failed, e.g. {@code normalise zscore, aggregate geometric:
 *     aggregate node P1, child I1}
 * @param count replications (or sensitivity runs) that failed for it
 * @param example the full message of the first such failure (unit and value)
 */
public record ReplicationFailure(String cause, int count, String example) {}
