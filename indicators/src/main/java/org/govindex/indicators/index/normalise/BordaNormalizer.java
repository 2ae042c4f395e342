package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;
import org.govindex.indicators.index.stats.TieRule;

/**
 * Borda score {@code y = r - 1} with r the ascending rank of {@code z = direction * x}; with the
 * default {@code ties: min} the number of units strictly worse (other tie rules: {@link TieRule}).
 * Reference: COINr {@code n_borda}; OECD/JRC Handbook (2008), non-compensatory aggregation.
 */
public final class BordaNormalizer implements Normalizer {

  @Override
  public String name() {
    return "borda";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("ties");
  }

  @Override
  public void check(MethodSpec spec, IndicatorInfo info) {
    Normalizer.super.check(spec, info);
    TieRule.of(spec, Messages.text("index.where.indicator", info.code()));
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    double[] r =
        Ranking.ranks(
            x,
            info.direction() == -1,
            TieRule.of(spec, Messages.text("index.where.indicator", info.code())));
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(x[i]) ? Double.NaN : r[i] - 1;
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return false;
  }
}
