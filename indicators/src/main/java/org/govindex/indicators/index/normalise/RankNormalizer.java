package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;
import org.govindex.indicators.index.stats.TieRule;

/**
 * Rank of {@code z = direction * x} in ascending order: the worst unit gets 1, missing stays
 * missing; ties by the {@code ties} setting ({@code min}, the default, {@code average}, {@code
 * max}, {@code first}; see {@link TieRule}). Reference: COINr {@code n_rank} ({@code
 * rank(ties.method = "min")}).
 */
public final class RankNormalizer implements Normalizer {

  @Override
  public String name() {
    return "rank";
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
      out[i] = r[i];
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return true;
  }
}
