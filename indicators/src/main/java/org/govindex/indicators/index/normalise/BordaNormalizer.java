package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;

/**
 * Borda score: the number of units strictly worse, {@code y = r - 1} with r the ascending rank of
 * {@code z = direction * x} (ties share the smallest). Reference: COINr {@code n_borda}; OECD/JRC
 * Handbook (2008), non-compensatory aggregation.
 */
public final class BordaNormalizer implements Normalizer {

  @Override
  public String name() {
    return "borda";
  }

  @Override
  public Set<String> parameters() {
    return Set.of();
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    int[] r = Ranking.competitionRanks(x, info.direction() == -1);
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(x[i]) ? Double.NaN : r[i] - 1;
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return false;
  }
}
