package org.govindex.indicators.index.framework;

import java.util.Optional;
import org.govindex.indicators.index.MethodSpec;

/**
 * One node of an index framework: an indicator (level 1) or an aggregate (level 2 and above).
 *
 * @param code unique code ({@code iCode})
 * @param name display name ({@code iName}), may be empty
 * @param level 1 for indicators, parent level = child level + 1
 * @param parent code of the parent aggregate, {@code null} for the root
 * @param type indicator or aggregate
 * @param direction 1 when more is better, -1 when less is better
 * @param weight weight relative to its siblings, strictly positive
 * @param unit unit of measure, may be empty
 * @param target target value for distance-to-target normalisation, NaN when absent
 * @param denominator data column the indicator is divided by, {@code null} when none
 * @param goalLow lower goalpost in raw units, NaN when absent
 * @param goalHigh upper goalpost in raw units, NaN when absent
 * @param transform per-indicator transform from META, {@code null} when absent
 * @param normalise per-indicator normalisation from META, {@code null} when absent
 * @param economic whether the indicator is an economic (GDP-type) indicator
 * @param row the 1-based data row of META the node was read from (header excluded)
 */
public record FrameworkNode(
    String code,
    String name,
    int level,
    String parent,
    NodeType type,
    int direction,
    double weight,
    String unit,
    double target,
    String denominator,
    double goalLow,
    double goalHigh,
    MethodSpec transform,
    MethodSpec normalise,
    boolean economic,
    int row) {

  public boolean isIndicator() {
    return type == NodeType.INDICATOR;
  }

  public Optional<String> parentCode() {
    return Optional.ofNullable(parent);
  }

  /** The same node with another weight. */
  public FrameworkNode withWeight(double newWeight) {
    return new FrameworkNode(
        code,
        name,
        level,
        parent,
        type,
        direction,
        newWeight,
        unit,
        target,
        denominator,
        goalLow,
        goalHigh,
        transform,
        normalise,
        economic,
        row);
  }
}
