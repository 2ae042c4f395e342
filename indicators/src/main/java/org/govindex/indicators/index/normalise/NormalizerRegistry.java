package org.govindex.indicators.index.normalise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/** Finds a normaliser by the method name used in recipes and META (aliases accepted). */
public final class NormalizerRegistry {

  private static final Map<String, Normalizer> BY_NAME = new LinkedHashMap<>();

  static {
    for (Normalizer n :
        List.of(
            new MinMaxNormalizer(),
            new ZScoreNormalizer(),
            new GoalpostNormalizer(),
            new DistanceToTargetNormalizer(),
            new DistanceToMaxNormalizer(),
            new RankNormalizer(),
            new PercentileRankNormalizer(),
            new BordaNormalizer(),
            new NoNormalizer())) {
      BY_NAME.put(n.name(), n);
    }
    BY_NAME.put("min-max", BY_NAME.get("minmax"));
    BY_NAME.put("z-score", BY_NAME.get("zscore"));
    BY_NAME.put("goalpost", BY_NAME.get("goalposts"));
    BY_NAME.put("dist2targ", BY_NAME.get("dist2target"));
    BY_NAME.put("distance-to-target", BY_NAME.get("dist2target"));
    BY_NAME.put("distance-to-max", BY_NAME.get("dist2max"));
    BY_NAME.put("percentile-rank", BY_NAME.get("prank"));
  }

  private NormalizerRegistry() {}

  /** The normaliser for a method; throws naming {@code where} for unknown methods. */
  public static Normalizer find(MethodSpec spec, String where) {
    Normalizer n = BY_NAME.get(spec.name());
    if (n == null) {
      throw new IndexSpecException(
          Messages.text("index.normalise.unknownNormalisationMethod", where, spec.name(), names()));
    }
    return n;
  }

  public static List<String> names() {
    return BY_NAME.values().stream().map(Normalizer::name).distinct().toList();
  }
}
