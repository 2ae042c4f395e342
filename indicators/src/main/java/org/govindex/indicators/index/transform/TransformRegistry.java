package org.govindex.indicators.index.transform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/** Finds a transform by method name. */
public final class TransformRegistry {

  private static final Map<String, Transform> BY_NAME = new LinkedHashMap<>();

  static {
    for (Transform t :
        List.of(
            new LogTransform(),
            new LogOffsetTransform(),
            new BoxCoxTransform(),
            new NoTransform())) {
      BY_NAME.put(t.name(), t);
    }
    BY_NAME.put("box-cox", BY_NAME.get("boxcox"));
    BY_NAME.put("logoffset", BY_NAME.get("log-offset"));
  }

  private TransformRegistry() {}

  public static Transform find(MethodSpec spec, String where) {
    Transform t = BY_NAME.get(spec.name());
    if (t == null) {
      throw new IndexSpecException(
          Messages.text(
              "index.transform.unknownTransformMethod",
              where,
              spec.name(),
              BY_NAME.values().stream().map(Transform::name).distinct().toList()));
    }
    return t;
  }
}
