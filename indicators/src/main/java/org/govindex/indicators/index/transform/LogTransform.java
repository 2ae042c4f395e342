package org.govindex.indicators.index.transform;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.MethodSpec;

/**
 * Natural logarithm {@code y = ln x}; every present value must be strictly positive (else use
 * {@code log-offset}). The UNDP HDI's income index takes ln of GNI per capita and of its goalposts.
 */
public final class LogTransform implements Transform {

  @Override
  public String name() {
    return "log";
  }

  @Override
  public Set<String> parameters() {
    return Set.of();
  }

  @Override
  public double value(double x, MethodSpec spec) {
    return x > 0 ? Math.log(x) : Double.NaN;
  }

  @Override
  public String domain(MethodSpec spec) {
    return Messages.text("index.transform.logDomain");
  }
}
