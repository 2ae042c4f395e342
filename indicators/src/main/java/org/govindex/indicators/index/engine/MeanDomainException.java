package org.govindex.indicators.index.engine;

import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;

/**
 * A value that reaches an aggregation outside the values it takes: &lt;= 0 for a geometric or
 * harmonic mean or a power mean with p &lt;= 0, &lt; 0 for a power mean with p &gt; 0 or a
 * benefit-of-the-doubt score. Found on the data being computed; names the aggregate, the unit, the
 * child and the value.
 */
public final class MeanDomainException extends IndexSpecException {

  private final String node;
  private final String child;

  MeanDomainException(
      String node,
      String method,
      String unit,
      String child,
      double value,
      String needs,
      String source) {
    super(
        Messages.text("index.engine.meanDomain", node, method, needs, unit, child, value, source));
    this.node = node;
    this.child = child;
  }

  /** The aggregate whose mean was refused. */
  public String node() {
    return node;
  }

  /** The child whose value was refused. */
  public String child() {
    return child;
  }
}
