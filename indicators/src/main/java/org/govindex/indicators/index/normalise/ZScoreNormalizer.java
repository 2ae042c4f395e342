package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;

/**
 * Standardisation: {@code y = m + s (z - mean z) / sd z} with {@code z = direction * x}, sample
 * standard deviation (n - 1); settings {@code mean} (default 0) and {@code sd} (default 1).
 * Reference: OECD/JRC Handbook (2008) section 5; COINr {@code n_zscore}. With the default mean 0
 * some value is always &lt;= 0, so a geometric or harmonic mean above it is refused on the data (a
 * larger {@code mean} may keep every value positive).
 */
public final class ZScoreNormalizer implements Normalizer {

  @Override
  public String name() {
    return "zscore";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("mean", "sd");
  }

  @Override
  public void check(MethodSpec spec, IndicatorInfo info) {
    Normalizer.super.check(spec, info);
    if (!(spec.number("sd", 1) > 0)) {
      throw new IndexSpecException(Messages.text("index.normalise.indicatorZscoreSd", info.code()));
    }
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    double m = spec.number("mean", 0);
    double s = spec.number("sd", 1);
    double mean = Ranking.mean(x);
    double sd = Ranking.sampleSd(x);
    if (!(sd > 0)) {
      throw new IndexSpecException(
          Messages.text("index.normalise.indicatorZscoreNeeds", info.code()));
    }
    for (int i = 0; i < x.length; i++) {
      out[i] = m + s * info.direction() * (x[i] - mean) / sd;
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return false;
  }
}
