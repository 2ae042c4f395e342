package org.govindex.indicators.innovation;

import org.govindex.contract.Results;
import org.govindex.contract.Table;

/**
 * One row of {@code innovation_coherence} ({@link Results#INNOVATION_COHERENCE}), from the engine's
 * {@code IndexAnalysis} of the period's index. Measures: {@code correlation_with_parent} (first =
 * child, second = its aggregate, flag {@code weak} when r &lt; 0.2), {@code correlation} between
 * siblings (flags {@code collinear} r &gt; 0.9, {@code negative} r &lt; −0.4), {@code
 * cronbach_alpha}, {@code pca_first_share} and {@code complete_units} per aggregate, {@code
 * loo_mean_abs_rank_shift} and {@code loo_max_abs_rank_shift} per indicator (first = the
 * indicator).
 *
 * @param period year
 * @param measure measure name
 * @param node the aggregate (dimension or index) the measure belongs to
 * @param first first variable or {@code null}
 * @param second second variable or {@code null}
 * @param value the value ({@code null} when undefined)
 * @param flag flag or empty
 */
record CoherenceRow(
    String period,
    String measure,
    String node,
    String first,
    String second,
    Double value,
    String flag) {

  /** Adds the row to a table of {@link Results#INNOVATION_COHERENCE}. */
  void addTo(Table.Builder table) {
    table
        .row()
        .set("period", period)
        .set("measure", measure)
        .set("node", node)
        .set("first", first)
        .set("second", second)
        .set("value", value)
        .set("flag", flag)
        .add();
  }
}
