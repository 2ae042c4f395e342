package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;
import org.govindex.indicators.index.stats.TieRule;

/**
 * Percentile rank: {@code y = scale * (r - 1) / (n - 1)} where r is the ascending rank of {@code z
 * = direction * x} (ties by the {@code ties} setting, default {@code min}; see {@link TieRule}) and
 * n the number of present values (scale default 100; 0 for the worst unit). Reference: COINr {@code
 * n_prank} (which is this with scale 1).
 */
public final class PercentileRankNormalizer implements Normalizer {

  @Override
  public String name() {
    return "prank";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("scale", "ties");
  }

  @Override
  public void check(MethodSpec spec, IndicatorInfo info) {
    Normalizer.super.check(spec, info);
    TieRule.of(spec, Messages.text("index.where.indicator", info.code()));
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    double scale = spec.number("scale", 100);
    double[] r =
        Ranking.ranks(
            x,
            info.direction() == -1,
            TieRule.of(spec, Messages.text("index.where.indicator", info.code())));
    int n = Ranking.present(x);
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(x[i]) ? Double.NaN : n < 2 ? scale : scale * (r[i] - 1) / (n - 1);
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return false;
  }
}
