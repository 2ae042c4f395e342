package org.govindex.indicators.appraisal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;

/**
 * One indicator of the appraisal catalogue.
 *
 * @param code machine code, e.g. {@code hotline_response_rate}
 * @param name display name
 * @param levels the levels the indicator is computed and weighted at
 * @param direction +1 when higher is better, −1 when lower is better; agrees with the goalposts
 * @param goalposts fixed goalposts of the 0-100 normalisation
 * @param weights the objective weight at each of {@code levels} (non-negative, before
 *     normalisation)
 * @param centralStreetWeight weight for streets of a 中心城区 district when it differs from the street
 *     weight, else {@code null}; always 0 or {@code null} for economic indicators
 * @param economic whether it is an economic indicator (weight 0 for 中心城区 streets by policy)
 * @param unit unit of the raw value
 * @param goalpostSource where the goalposts come from: a policy text or {@code empirical: ...}
 */
public record IndicatorDefinition(
    String code,
    String name,
    Set<UnitLevel> levels,
    int direction,
    Goalposts goalposts,
    Map<UnitLevel, Double> weights,
    Double centralStreetWeight,
    boolean economic,
    String unit,
    String goalpostSource) {

  public IndicatorDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(goalposts, "goalposts");
    if (levels.isEmpty()) {
      throw new IllegalArgumentException(Messages.text("appraisal.indicator.no-level", code));
    }
    if (direction != goalposts.direction()) {
      throw new IllegalArgumentException(
          "indicator "
              + code
              + ": direction "
              + direction
              + " disagrees with goalposts worst="
              + goalposts.worst()
              + " best="
              + goalposts.best());
    }
    if (!weights.keySet().equals(levels)) {
      throw new IllegalArgumentException(
          "indicator " + code + ": weights " + weights.keySet() + " do not match levels " + levels);
    }
    weights.forEach(
        (level, w) -> {
          if (!(w >= 0.0) || !Double.isFinite(w)) {
            throw new IllegalArgumentException(
                "indicator " + code + ": weight at " + level.code() + " must be >= 0, got " + w);
          }
        });
    if (economic && centralStreetWeight != null && centralStreetWeight != 0.0) {
      throw new IllegalArgumentException(
          "indicator " + code + ": " + PolicyRules.CENTRAL_STREET_ECONOMIC_RULE);
    }
    levels = Collections.unmodifiableSet(EnumSet.copyOf(levels));
    weights = Collections.unmodifiableMap(new EnumMap<>(weights));
  }

  /** Whether the indicator is computed at the level. */
  public boolean appliesAt(UnitLevel level) {
    return levels.contains(level);
  }

  /**
   * The configured (not normalised) weight at a level; for a 中心城区 street, 0 for an economic
   * indicator and the central weight when one is set. 0 where the indicator does not apply.
   */
  public double weightAt(UnitLevel level, boolean centralStreet) {
    if (!appliesAt(level)) {
      return 0.0;
    }
    if (level == UnitLevel.STREET && centralStreet) {
      if (economic) {
        return 0.0;
      }
      if (centralStreetWeight != null) {
        return centralStreetWeight;
      }
    }
    return weights.get(level);
  }

  /** The normalised 0-100 score of a raw value (see {@link Goalposts#score}). */
  public double normalise(double rawValue) {
    return goalposts.score(rawValue);
  }
}
