package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;

/**
 * Rank of {@code z = direction * x} in ascending order: the worst unit gets 1, ties share the
 * smallest rank, missing stays missing. Reference: COINr {@code n_rank} ({@code rank(ties =
 * "min")}).
 */
public final class RankNormalizer implements Normalizer {

  @Override
  public String name() {
    return "rank";
  }

  @Override
  public Set<String> parameters() {
    return Set.of();
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    int[] r = Ranking.competitionRanks(x, info.direction() == -1);
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(x[i]) ? Double.NaN : r[i];
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return true;
  }
}
