package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;

/**
 * Distance to target T (setting {@code target}, else META {@code Target}):
 *
 * <pre>
 *   direction  1: y = (x - min x) / (T - min x)
 *   direction -1: y = (max x - x) / (max x - T)
 *   cap (default true): y = min(y, 1);  result = scale * y (scale default 100)
 * </pre>
 *
 * Reference: COINr {@code n_dist2targ}; OECD/JRC Handbook (2008), distance to a reference.
 */
public final class DistanceToTargetNormalizer implements Normalizer {

  @Override
  public String name() {
    return "dist2target";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("target", "cap", "scale");
  }

  @Override
  public Set<String> rawUnitSettings() {
    return Set.of("target");
  }

  @Override
  public void check(MethodSpec spec, IndicatorInfo info) {
    Normalizer.super.check(spec, info);
    if (Double.isNaN(spec.number("target", info.target()))) {
      throw new IndexSpecException(
          Messages.text("index.normalise.indicatorDist2targetNeeds", info.code()));
    }
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    double t = spec.number("target", info.target());
    double scale = spec.number("scale", 100);
    boolean cap = spec.flag("cap", true);
    double ref = info.direction() == 1 ? Ranking.min(x) : Ranking.max(x);
    if (t == ref) {
      throw new IndexSpecException(
          Messages.text("index.normalise.indicatorDist2targetTarget", info.code(), ref));
    }
    for (int i = 0; i < x.length; i++) {
      double y = info.direction() == 1 ? (x[i] - ref) / (t - ref) : (ref - x[i]) / (ref - t);
      if (cap && y > 1) {
        y = 1;
      }
      out[i] = scale * y;
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return false;
  }
}
