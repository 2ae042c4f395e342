package org.govindex.indicators.index.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;

/**
 * An index framework: a tree of indicators and aggregates with weights, validated on construction.
 *
 * <p>Rules checked: unique codes, exactly one root (the only node without a parent, an aggregate at
 * the highest level), every parent exists and is an aggregate, no cycles, indicators at level 1 and
 * each parent exactly one level above its children, every aggregate has at least one child,
 * strictly positive finite weights, directions 1 or -1, goalposts low &lt; high.
 */
public final class Framework {

  private final String source;
  private final List<FrameworkNode> nodes;
  private final Map<String, FrameworkNode> byCode;
  private final Map<String, List<FrameworkNode>> children;
  private final List<String> groupColumns;
  private final List<String> denominatorColumns;
  private final FrameworkNode root;

  /**
   * @param source where the framework comes from, for messages (e.g. the META file name)
   * @param nodes indicators and aggregates in META order
   * @param groupColumns codes of {@code Group} rows (data group columns), may be empty
   * @param denominatorColumns codes of {@code Denominator} rows, may be empty
   */
  public Framework(
      String source,
      List<FrameworkNode> nodes,
      List<String> groupColumns,
      List<String> denominatorColumns) {
    this.source = source;
    this.nodes = List.copyOf(nodes);
    this.groupColumns = List.copyOf(groupColumns);
    this.denominatorColumns = List.copyOf(denominatorColumns);
    Map<String, FrameworkNode> map = new LinkedHashMap<>();
    for (FrameworkNode n : this.nodes) {
      FrameworkNode previous = map.put(n.code(), n);
      if (previous != null) {
        throw error(n, Messages.text("index.framework.duplicateCode", n.code(), previous.row()));
      }
    }
    this.byCode = Collections.unmodifiableMap(map);
    Map<String, List<FrameworkNode>> kids = new LinkedHashMap<>();
    for (FrameworkNode n : this.nodes) {
      kids.put(n.code(), new ArrayList<>());
    }
    for (FrameworkNode n : this.nodes) {
      checkNode(n);
    }
    checkCycles(map);
    FrameworkNode top = null;
    for (FrameworkNode n : this.nodes) {
      if (n.parent() == null) {
        if (n.isIndicator()) {
          throw error(n, Messages.text("index.framework.indicatorNoParent", n.code()));
        }
        if (top != null) {
          throw error(n, Messages.text("index.framework.twoRoots", top.code(), n.code()));
        }
        top = n;
        continue;
      }
      FrameworkNode p = map.get(n.parent());
      if (p == null) {
        throw error(n, Messages.text("index.framework.orphan", n.code(), n.parent()));
      }
      if (p.isIndicator()) {
        throw error(n, Messages.text("index.framework.parentIsIndicator", p.code(), n.code()));
      }
      if (p.level() != n.level() + 1) {
        throw error(
            n,
            Messages.text(
                "index.framework.inconsistentLevels",
                n.code(),
                n.level(),
                p.code(),
                p.level(),
                n.level() + 1));
      }
      kids.get(p.code()).add(n);
    }
    if (top == null) {
      throw new IndexSpecException(Messages.text("index.framework.noRootEvery", source));
    }
    for (FrameworkNode n : this.nodes) {
      if (!n.isIndicator() && kids.get(n.code()).isEmpty()) {
        throw error(n, Messages.text("index.framework.noChildren", n.code()));
      }
    }
    Map<String, List<FrameworkNode>> frozen = new LinkedHashMap<>();
    kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.children = Collections.unmodifiableMap(frozen);
    this.root = top;
  }

  private void checkNode(FrameworkNode n) {
    if (n.isIndicator() && n.level() != 1) {
      throw error(n, Messages.text("index.framework.indicatorLevel", n.code(), n.level()));
    }
    if (!n.isIndicator() && n.level() < 2) {
      throw error(n, Messages.text("index.framework.aggregateLevel", n.code(), n.level()));
    }
    if (!(n.weight() > 0) || Double.isInfinite(n.weight())) {
      throw error(n, Messages.text("index.framework.weightPositive", n.code(), n.weight()));
    }
    if (n.direction() != 1 && n.direction() != -1) {
      throw error(n, Messages.text("index.framework.direction", n.code(), n.direction()));
    }
    if (!Double.isNaN(n.goalLow())
        && !Double.isNaN(n.goalHigh())
        && !(n.goalLow() < n.goalHigh())) {
      throw error(n, Messages.text("index.framework.goalOrder", n.code()));
    }
  }

  private void checkCycles(Map<String, FrameworkNode> map) {
    for (FrameworkNode start : nodes) {
      Set<String> seen = new java.util.LinkedHashSet<>();
      FrameworkNode cur = start;
      while (cur != null && cur.parent() != null) {
        if (!seen.add(cur.code())) {
          throw error(start, Messages.text("index.framework.cycle", String.join(" -> ", seen)));
        }
        cur = map.get(cur.parent());
      }
    }
  }

  private IndexSpecException error(FrameworkNode n, String message) {
    return new IndexSpecException(
        Messages.text("index.framework.rowProblem", source, n.row(), message));
  }

  public String source() {
    return source;
  }

  /** All nodes in META order. */
  public List<FrameworkNode> nodes() {
    return nodes;
  }

  /** Indicators in META order. */
  public List<FrameworkNode> indicators() {
    return nodes.stream().filter(FrameworkNode::isIndicator).toList();
  }

  /** Aggregates in META order. */
  public List<FrameworkNode> aggregates() {
    return nodes.stream().filter(n -> !n.isIndicator()).toList();
  }

  public FrameworkNode root() {
    return root;
  }

  /** The node with this code; throws when absent. */
  public FrameworkNode node(String code) {
    FrameworkNode n = byCode.get(code);
    if (n == null) {
      throw new IndexSpecException(Messages.text("index.framework.noNodeWith", source, code));
    }
    return n;
  }

  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** Children of an aggregate in META order (empty for indicators). */
  public List<FrameworkNode> children(String code) {
    List<FrameworkNode> c = children.get(code);
    return c == null ? List.of() : c;
  }

  /** Codes from a node up to the root, starting with the node itself. */
  public List<String> pathToRoot(String code) {
    List<String> path = new ArrayList<>();
    FrameworkNode cur = node(code);
    while (cur != null) {
      path.add(cur.code());
      cur = cur.parent() == null ? null : byCode.get(cur.parent());
    }
    return path;
  }

  /** Indicators below a node (the node itself when it is an indicator), in META order. */
  public List<FrameworkNode> indicatorsUnder(String code) {
    List<FrameworkNode> out = new ArrayList<>();
    for (FrameworkNode i : indicators()) {
      if (pathToRoot(i.code()).contains(code)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Data group columns declared by {@code Group} rows. */
  public List<String> groupColumns() {
    return groupColumns;
  }

  /** Denominator columns declared by {@code Denominator} rows. */
  public List<String> denominatorColumns() {
    return denominatorColumns;
  }

  /**
   * Effective (nominal) weight of every node in the index: the product, along the path to the root,
   * of each node's weight divided by the sum of its siblings' weights. The effective weights of the
   * indicators sum to 1.
   */
  public Map<String, Double> effectiveWeights() {
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Double> cache = new HashMap<>();
    for (FrameworkNode n : nodes) {
      out.put(n.code(), effective(n, cache));
    }
    return Collections.unmodifiableMap(out);
  }

  private double effective(FrameworkNode n, Map<String, Double> cache) {
    Double known = cache.get(n.code());
    if (known != null) {
      return known;
    }
    double value;
    if (n.parent() == null) {
      value = 1.0;
    } else {
      double sum = 0;
      for (FrameworkNode s : children(n.parent())) {
        sum += s.weight();
      }
      value = n.weight() / sum * effective(byCode.get(n.parent()), cache);
    }
    cache.put(n.code(), value);
    return value;
  }

  /** A copy with some weights replaced (codes not in {@code weights} keep theirs). */
  public Framework withWeights(Map<String, Double> weights) {
    List<FrameworkNode> copy = new ArrayList<>();
    for (FrameworkNode n : nodes) {
      Double w = weights.get(n.code());
      copy.add(w == null ? n : n.withWeight(w));
    }
    return new Framework(source, copy, groupColumns, denominatorColumns);
  }
}
