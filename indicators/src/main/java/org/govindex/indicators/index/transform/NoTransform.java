package org.govindex.indicators.index.transform;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.MethodSpec;

/** Leaves values unchanged. */
public final class NoTransform implements Transform {

  @Override
  public String name() {
    return "none";
  }

  @Override
  public Set<String> parameters() {
    return Set.of();
  }

  @Override
  public double value(double x, MethodSpec spec) {
    return x;
  }

  @Override
  public String domain(MethodSpec spec) {
    return Messages.text("index.transform.anyValue");
  }
}
