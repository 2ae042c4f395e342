package org.govindex.indicators.index.recipe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.indicators.index.MethodSpec;

/**
 * One step of a recipe: a default method with settings, per-level choices and per-node overrides.
 *
 * <p>An override may omit the method name ({@code method} is then {@code null} in {@link #levels()}
 * / {@link #nodes()} entries, stored as {@link #INHERIT}): it then keeps the method it overrides
 * and only changes or adds settings.
 *
 * @param defaults the method used when nothing more specific applies
 * @param levels choices per framework level (1 = indicators)
 * @param nodes choices per node code; for indicator steps an aggregate code applies to every
 *     indicator below it
 */
public record StepSpec(
    MethodSpec defaults, Map<Integer, MethodSpec> levels, Map<String, MethodSpec> nodes) {

  /** Method name of an override that keeps the inherited method and only changes settings. */
  public static final String INHERIT = "inherit";

  public StepSpec {
    levels = Map.copyOf(levels);
    nodes = Map.copyOf(nodes);
  }

  /** A step with one method for everything. */
  public static StepSpec of(MethodSpec method) {
    return new StepSpec(method, Map.of(), Map.of());
  }

  /**
   * The method for an indicator: default, level 1 choice, entries of its ancestors (nearest wins),
   * its META setting, then its own entry.
   *
   * @param path the node code followed by its ancestors up to the root
   * @param level the node's level
   * @param metaChoice the node's own setting from META, or {@code null}
   */
  public MethodSpec resolve(List<String> path, int level, MethodSpec metaChoice) {
    MethodSpec base = defaults;
    MethodSpec byLevel = levels.get(level);
    if (byLevel != null) {
      base = merge(base, byLevel);
    }
    for (int i = path.size() - 1; i >= 1; i--) {
      MethodSpec byAncestor = nodes.get(path.get(i));
      if (byAncestor != null) {
        base = merge(base, byAncestor);
      }
    }
    if (metaChoice != null) {
      base = merge(base, metaChoice);
    }
    MethodSpec own = nodes.get(path.get(0));
    if (own != null) {
      base = merge(base, own);
    }
    return base;
  }

  /**
   * The method for an aggregate node: the default, then its level's choice, then its own entry.
   * Entries of other aggregates (ancestors) do not apply: each aggregate is chosen on its own.
   */
  public MethodSpec resolveNode(String code, int level) {
    MethodSpec base = defaults;
    MethodSpec byLevel = levels.get(level);
    if (byLevel != null) {
      base = merge(base, byLevel);
    }
    MethodSpec own = nodes.get(code);
    return own == null ? base : merge(base, own);
  }

  /**
   * Applies {@code over} on top of {@code base}: a new method replaces, INHERIT merges settings.
   */
  public static MethodSpec merge(MethodSpec base, MethodSpec over) {
    if (!over.name().equals(INHERIT)) {
      return over;
    }
    Map<String, String> p = new HashMap<>(base.params());
    p.putAll(over.params());
    return new MethodSpec(base.name(), p);
  }

  /** A copy whose default method is replaced (level and node choices stay). */
  public StepSpec withDefault(MethodSpec method) {
    return new StepSpec(method, levels, nodes);
  }
}
