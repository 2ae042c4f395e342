package org.govindex.indicators.index.analysis;

/**
 * A Pearson correlation inside the framework, over units where both values are present.
 *
 * @param node the aggregate whose children are compared
 * @param first a child code
 * @param second the other child's code, or the aggregate's own code (child vs parent)
 * @param r the correlation (NaN when fewer than 3 pairs or a constant column)
 * @param flag {@code collinear} (siblings, r &gt; high), {@code negative} (siblings, r &lt; low),
 *     {@code weak} (child vs parent, r &lt; weak) or empty
 */
public record CorrelationEntry(String node, String first, String second, double r, String flag) {}
