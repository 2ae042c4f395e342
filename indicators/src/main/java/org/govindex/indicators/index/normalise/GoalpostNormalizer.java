package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * Goalposts: the fraction of the way from the worst goalpost to the best, on fixed goalposts L &lt;
 * H (settings {@code low}/{@code high}, else META {@code GoalLow}/{@code GoalHigh}), so that years
 * compare. Goalposts are written in the indicator's own units; with a transform (e.g. {@code log})
 * the engine hands this class the transformed goalposts, {@code L = T(low)}, {@code H = T(high)},
 * as the UNDP does for income ({@code ln 100}, {@code ln 75000}).
 *
 * <pre>
 *   direction  1: y = (x - L) / (H - L)
 *   direction -1: y = (H - x) / (H - L)
 *   truncate (default true): y = min(1, max(0, y));  result = scale * y (scale default 100)
 * </pre>
 *
 * Reference: UNDP, Human Development Report 2023/2024, technical note 1 (dimension index = (actual
 * - minimum) / (maximum - minimum), values capped at the maximum goalpost); COINr {@code
 * n_goalposts}.
 */
public final class GoalpostNormalizer implements Normalizer {

  @Override
  public String name() {
    return "goalposts";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("low", "high", "scale", "truncate");
  }

  @Override
  public Set<String> rawUnitSettings() {
    return Set.of("low", "high");
  }

  @Override
  public void check(MethodSpec spec, IndicatorInfo info) {
    Normalizer.super.check(spec, info);
    double l = spec.number("low", info.goalLow());
    double h = spec.number("high", info.goalHigh());
    if (Double.isNaN(l) || Double.isNaN(h)) {
      throw new IndexSpecException(Messages.text("goalposts.missing", info.code()));
    }
    if (!(l < h)) {
      throw new IndexSpecException(Messages.text("goalposts.order", info.code()));
    }
    if (!(spec.number("scale", 100) > 0)) {
      throw new IndexSpecException(Messages.text("goalposts.scale", info.code()));
    }
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    double l = spec.number("low", info.goalLow());
    double h = spec.number("high", info.goalHigh());
    double scale = spec.number("scale", 100);
    boolean truncate = spec.flag("truncate", true);
    for (int i = 0; i < x.length; i++) {
      double y = info.direction() == 1 ? (x[i] - l) / (h - l) : (h - x[i]) / (h - l);
      if (truncate) {
        y = y < 0 ? 0 : (y > 1 ? 1 : y);
      }
      out[i] = scale * y;
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return false;
  }
}
