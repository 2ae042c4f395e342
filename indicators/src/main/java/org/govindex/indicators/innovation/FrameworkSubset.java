package org.govindex.indicators.innovation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;

/**
 * A framework restricted to some of its indicators: the other indicators are removed, then every
 * aggregate left without children. Weights are unchanged, so the engine's aggregation renormalises
 * the remaining siblings' weights exactly as it does for a missing value.
 */
final class FrameworkSubset {

  private FrameworkSubset() {}

  /**
   * @throws InnovationInputException when no indicator is left
   */
  static Framework restrict(Framework f, Set<String> indicators, String why) {
    Set<String> kept = new HashSet<>();
    for (FrameworkNode n : f.indicators()) {
      if (indicators.contains(n.code())) {
        kept.add(n.code());
      }
    }
    if (kept.isEmpty()) {
      throw new InnovationInputException(
          Messages.text("innovation.noIndicatorHasData", f.source(), why));
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (FrameworkNode n : f.aggregates()) {
        if (!kept.contains(n.code())
            && f.children(n.code()).stream().anyMatch(c -> kept.contains(c.code()))) {
          kept.add(n.code());
          changed = true;
        }
      }
    }
    if (kept.size() == f.nodes().size()) {
      return f;
    }
    List<FrameworkNode> nodes = new ArrayList<>();
    for (FrameworkNode n : f.nodes()) {
      if (kept.contains(n.code())) {
        nodes.add(n);
      }
    }
    return new Framework(
        f.source() + " (" + why + ")", nodes, f.groupColumns(), f.denominatorColumns());
  }
}
