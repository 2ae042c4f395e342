package org.govindex.indicators.index.aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/** Finds an aggregator by the method name used in recipes (aliases accepted). */
public final class AggregatorRegistry {

  private static final Map<String, Aggregator> BY_NAME = new LinkedHashMap<>();

  static {
    for (Aggregator a :
        List.of(
            new ArithmeticMeanAggregator(),
            new GeometricMeanAggregator(),
            new HarmonicMeanAggregator(),
            new GeneralizedMeanAggregator())) {
      BY_NAME.put(a.name(), a);
    }
    BY_NAME.put("amean", BY_NAME.get("arithmetic"));
    BY_NAME.put("gmean", BY_NAME.get("geometric"));
    BY_NAME.put("hmean", BY_NAME.get("harmonic"));
    BY_NAME.put("generalized", BY_NAME.get("generalised"));
    BY_NAME.put("genmean", BY_NAME.get("generalised"));
  }

  private AggregatorRegistry() {}

  public static Aggregator find(MethodSpec spec, String where) {
    Aggregator a = BY_NAME.get(spec.name());
    if (a == null) {
      throw new IndexSpecException(
          Messages.text("index.aggregate.unknownAggregationMethod", where, spec.name(), names()));
    }
    return a;
  }

  public static List<String> names() {
    return BY_NAME.values().stream().map(Aggregator::name).distinct().toList();
  }
}
