package org.govindex.indicators.index.normalise;

import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.stats.Ranking;

/**
 * Min-max normalisation onto [l, u] (settings {@code low}, default 0, {@code high}, default 100).
 *
 * <p>With {@code z = direction * x}: {@code y = l + (u - l) (z - min z) / (max z - min z)}. For
 * direction -1 this equals {@code u - (u - l)(x - min x)/(max x - min x)}. Reference: OECD/JRC
 * Handbook on Constructing Composite Indicators (2008), section 5; COINr {@code n_minmax}.
 */
public final class MinMaxNormalizer implements Normalizer {

  @Override
  public String name() {
    return "minmax";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("low", "high");
  }

  @Override
  public void check(MethodSpec spec, IndicatorInfo info) {
    Normalizer.super.check(spec, info);
    if (!(spec.number("low", 0) < spec.number("high", 100))) {
      throw new IndexSpecException(Messages.text("index.normalise.minmaxLowHigh", info.code()));
    }
  }

  @Override
  public void normalise(double[] x, double[] out, MethodSpec spec, IndicatorInfo info) {
    double l = spec.number("low", 0);
    double u = spec.number("high", 100);
    double min = Ranking.min(x);
    double max = Ranking.max(x);
    if (!(max > min)) {
      throw new IndexSpecException(Messages.text("index.normalise.minmaxConstant", info.code()));
    }
    double range = max - min;
    for (int i = 0; i < x.length; i++) {
      double f = info.direction() == 1 ? (x[i] - min) / range : (max - x[i]) / range;
      out[i] = l + (u - l) * f;
    }
  }

  @Override
  public boolean strictlyPositive(MethodSpec spec) {
    return spec.number("low", 0) > 0;
  }
}
