package org.govindex.indicators.index.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.aggregate.Aggregator;
import org.govindex.indicators.index.aggregate.AggregatorRegistry;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.impute.ImputationRecord;
import org.govindex.indicators.index.impute.Imputer;
import org.govindex.indicators.index.impute.YearlyHistory;
import org.govindex.indicators.index.normalise.IndicatorInfo;
import org.govindex.indicators.index.normalise.Normalizer;
import org.govindex.indicators.index.normalise.NormalizerRegistry;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.StepSpec;
import org.govindex.indicators.index.transform.Transform;
import org.govindex.indicators.index.transform.TransformRegistry;
import org.govindex.indicators.index.treat.JrcOutlierTreatment;
import org.govindex.indicators.index.treat.TreatmentRecord;

/**
 * A framework, a data table and a recipe bound together and checked before anything runs: every
 * method known with valid settings, every indicator and denominator present in the data, no
 * geometric/harmonic mean fed by values that can be zero or negative. Running is split in {@link
 * #prepare()} (denominate, impute, screen, treat, transform) and {@link #score} (normalise,
 * aggregate) so that uncertainty analysis can reuse prepared data.
 */
public final class IndexPlan {

  private static final String MIN_SHARE = "minShare";

  private final Framework framework;
  private final Recipe recipe;
  private final UnitTable slice;
  private final UnitTable full;
  private final double time;
  private final List<FrameworkNode> nodes;
  private final Map<String, Integer> nodeIndex = new HashMap<>();
  private final int[] indicatorNodes;
  private final IndicatorPlan[] indicators;
  private final AggregatePlan[] aggregates;
  private final MethodSpec screen;

  private record IndicatorPlan(
      FrameworkNode node,
      IndicatorInfo info,
      double[] raw,
      MethodSpec denominate,
      double[] denominator,
      MethodSpec impute,
      MethodSpec treat,
      MethodSpec transformSpec,
      Transform transform,
      MethodSpec normaliseSpec,
      Normalizer normalizer) {}

  private record AggregatePlan(
      int node, int[] children, Aggregator aggregator, MethodSpec spec, double minShare) {}

  private IndexPlan(Framework framework, UnitTable data, Recipe recipe) {
    this.framework = framework;
    this.recipe = recipe;
    this.full = data;
    this.nodes = framework.nodes();
    for (int k = 0; k < nodes.size(); k++) {
      nodeIndex.put(nodes.get(k).code(), k);
    }
    if (recipe.time() != null) {
      if (!data.hasTime()) {
        throw new IndexSpecException(
            data.source()
                + ": recipe sets time "
                + recipe.time()
                + " but the data has no Time column");
      }
      this.time = recipe.time();
      this.slice = data.slice(time);
      if (slice.rowCount() == 0) {
        throw new IndexSpecException(data.source() + ": no rows with Time " + recipe.time());
      }
      if (slice.isPanel()) {
        throw new IndexSpecException(
            data.source() + ": several rows for one uCode at Time " + recipe.time());
      }
    } else {
      if (data.isPanel()) {
        throw new IndexSpecException(
            data.source()
                + ": several rows per uCode (a yearly panel); set 'time:' in the recipe to the year"
                + " to score");
      }
      this.slice = data;
      double[] times = data.hasTime() ? data.distinctTimes() : new double[0];
      this.time = times.length == 1 ? times[0] : Double.NaN;
    }
    checkDataColumns();
    List<FrameworkNode> inds = framework.indicators();
    this.indicatorNodes = new int[inds.size()];
    this.indicators = new IndicatorPlan[inds.size()];
    for (int j = 0; j < inds.size(); j++) {
      indicatorNodes[j] = nodeIndex.get(inds.get(j).code());
      indicators[j] = planIndicator(inds.get(j));
    }
    this.screen = recipe.screen() == null ? null : recipe.screen().defaults();
    if (screen != null) {
      checkScreen(screen);
    }
    List<FrameworkNode> aggs = new ArrayList<>(framework.aggregates());
    aggs.sort(Comparator.comparingInt(FrameworkNode::level));
    this.aggregates = new AggregatePlan[aggs.size()];
    for (int a = 0; a < aggs.size(); a++) {
      aggregates[a] = planAggregate(aggs.get(a));
    }
    checkPositivity();
  }

  /** Binds and checks; throws {@link IndexSpecException} naming the first problem found. */
  public static IndexPlan compile(Framework framework, UnitTable data, Recipe recipe) {
    return new IndexPlan(framework, data, recipe);
  }

  public Framework framework() {
    return framework;
  }

  public Recipe recipe() {
    return recipe;
  }

  /** The scored rows (the data, or its rows at the recipe's time). */
  public UnitTable table() {
    return slice;
  }

  private void checkDataColumns() {
    List<String> missing = new ArrayList<>();
    for (FrameworkNode i : framework.indicators()) {
      if (!slice.hasNumeric(i.code())) {
        missing.add(i.code());
      }
    }
    if (!missing.isEmpty()) {
      throw new IndexSpecException(
          slice.source()
              + ": indicators missing from the data: "
              + String.join(", ", missing)
              + " (or not numeric)");
    }
  }

  private IndicatorPlan planIndicator(FrameworkNode n) {
    List<String> path = framework.pathToRoot(n.code());
    String code = n.code();
    MethodSpec denominate = resolve(recipe.denominate(), path, 1, null);
    double[] denominator = null;
    if (denominate != null) {
      denominate =
          denominate.name().equals("meta") && n.denominator() == null
              ? MethodSpec.of("none")
              : denominate;
      String column =
          switch (denominate.name()) {
            case "none" -> null;
            case "meta" -> {
              denominate.checkParams(Set.of("scale"), "denominate indicator " + code);
              yield n.denominator();
            }
            case "divide" -> {
              denominate.checkParams(Set.of("by", "scale"), "denominate indicator " + code);
              String by = denominate.text("by", null);
              if (by == null) {
                throw new IndexSpecException(
                    "denominate indicator " + code + ": method divide needs a 'by' column");
              }
              yield by;
            }
            default ->
                throw new IndexSpecException(
                    "denominate indicator "
                        + code
                        + ": unknown method '"
                        + denominate.name()
                        + "' (known: meta, divide, none)");
          };
      if (column != null) {
        if (!slice.hasNumeric(column)) {
          throw new IndexSpecException(
              slice.source() + ": denominator " + column + " of " + code + " is not in the data");
        }
        denominator = slice.column(column);
      }
    }
    MethodSpec impute = resolve(recipe.impute(), path, 1, null);
    if (impute != null) {
      Imputer.check(impute, code, slice.groupColumns(), full.isPanel());
    }
    MethodSpec treat = resolve(recipe.treat(), path, 1, null);
    if (treat != null) {
      JrcOutlierTreatment.check(treat, code);
    }
    MethodSpec transformSpec =
        recipe.transform() == null
            ? n.transform()
            : recipe.transform().resolve(path, 1, n.transform());
    Transform transform = null;
    if (transformSpec != null) {
      transform = TransformRegistry.find(transformSpec, "transform indicator " + code);
      transform.check(transformSpec, code);
    }
    MethodSpec normaliseSpec = recipe.normalise().resolve(path, 1, n.normalise());
    Normalizer normalizer = NormalizerRegistry.find(normaliseSpec, "normalise indicator " + code);
    IndicatorInfo info =
        new IndicatorInfo(code, n.direction(), n.target(), n.goalLow(), n.goalHigh());
    normalizer.check(normaliseSpec, info);
    return new IndicatorPlan(
        n,
        info,
        slice.column(code),
        denominate,
        denominator,
        impute,
        treat,
        transformSpec,
        transform,
        normaliseSpec,
        normalizer);
  }

  private static MethodSpec resolve(StepSpec step, List<String> path, int level, MethodSpec meta) {
    return step == null ? null : step.resolve(path, level, meta);
  }

  private void checkScreen(MethodSpec s) {
    if (!s.name().equals("data-share")) {
      throw new IndexSpecException("screen: unknown method '" + s.name() + "' (known: data-share)");
    }
    s.checkParams(Set.of("min", "basis"), "screen");
    double min = s.number("min", Double.NaN);
    if (!(min >= 0 && min <= 1)) {
      throw new IndexSpecException("screen: data-share needs a 'min' share between 0 and 1");
    }
    String basis = s.text("basis", "imputed");
    if (!basis.equals("imputed") && !basis.equals("raw")) {
      throw new IndexSpecException("screen: basis must be raw or imputed, found " + basis);
    }
  }

  private AggregatePlan planAggregate(FrameworkNode n) {
    MethodSpec spec = recipe.aggregate().resolveNode(n.code(), n.level());
    double minShare = spec.number(MIN_SHARE, 0);
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new IndexSpecException("aggregate node " + n.code() + ": minShare must be in [0, 1]");
    }
    Map<String, String> params = new LinkedHashMap<>(spec.params());
    params.remove(MIN_SHARE);
    MethodSpec clean = new MethodSpec(spec.name(), params);
    Aggregator aggregator = AggregatorRegistry.find(clean, "aggregate node " + n.code());
    aggregator.check(clean, n.code());
    int[] children =
        framework.children(n.code()).stream().mapToInt(c -> nodeIndex.get(c.code())).toArray();
    return new AggregatePlan(nodeIndex.get(n.code()), children, aggregator, clean, minShare);
  }

  /** Refuses geometric/harmonic means whose inputs can be zero or negative. */
  private void checkPositivity() {
    for (AggregatePlan a : aggregates) {
      if (!a.aggregator().needsPositive(a.spec())) {
        continue;
      }
      for (int child : a.children()) {
        String offender = nonPositiveSource(child);
        if (offender != null) {
          throw new IndexSpecException(
              "aggregate node "
                  + nodes.get(a.node()).code()
                  + " uses "
                  + a.spec()
                  + ", which needs values > 0, but "
                  + offender
                  + " can give values <= 0 (use e.g. minmax with low: 1, or rank)");
        }
      }
    }
  }

  /** The first indicator below a node whose normalisation can give values &lt;= 0, or null. */
  private String nonPositiveSource(int node) {
    FrameworkNode n = nodes.get(node);
    if (n.isIndicator()) {
      for (IndicatorPlan p : indicators) {
        if (p.node().code().equals(n.code())) {
          return p.normalizer().strictlyPositive(p.normaliseSpec())
              ? null
              : "indicator " + n.code() + " normalised by " + p.normaliseSpec();
        }
      }
      return null;
    }
    for (FrameworkNode c : framework.children(n.code())) {
      String s = nonPositiveSource(nodeIndex.get(c.code()));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** Runs denomination, imputation, screening, outlier treatment and transforms. */
  public PreparedData prepare() {
    int nInd = indicators.length;
    int n = slice.rowCount();
    List<String> allUnits = slice.unitCodes();
    double[][] values = new double[nInd][];
    double[][] raw = new double[nInd][];
    List<ImputationRecord> imputations = new ArrayList<>();
    Map<String, int[]> rowsByUnit = full.isPanel() ? rowsByUnit() : Map.of();
    for (int j = 0; j < nInd; j++) {
      IndicatorPlan p = indicators[j];
      double[] x = p.raw().clone();
      if (p.denominator() != null) {
        divide(x, p.denominator(), p.denominate());
      }
      raw[j] = x.clone();
      if (p.impute() != null && !p.impute().name().equals("none")) {
        String g = p.impute().text("group", null);
        List<String> group = g == null ? null : slice.group(g);
        IntFunction<YearlyHistory> history =
            full.isPanel() ? historyOf(p, rowsByUnit, allUnits) : i -> YearlyHistory.EMPTY;
        imputations.addAll(
            Imputer.impute(x, allUnits, p.impute(), p.node().code(), group, history, time));
      }
      values[j] = x;
    }
    int[] kept =
        screenRows(
            screen != null && screen.text("basis", "imputed").equals("raw") ? raw : values, n);
    List<ScreenRecord> dropped = new ArrayList<>();
    if (kept.length < n) {
      double min = screen.number("min", 0);
      boolean[] keep = new boolean[n];
      for (int r : kept) {
        keep[r] = true;
      }
      double[][] basis = screen.text("basis", "imputed").equals("raw") ? raw : values;
      for (int i = 0; i < n; i++) {
        if (!keep[i]) {
          dropped.add(new ScreenRecord(allUnits.get(i), share(basis, i), min));
        }
      }
      for (int j = 0; j < nInd; j++) {
        double[] all = values[j];
        values[j] = Arrays.stream(kept).mapToDouble(r -> all[r]).toArray();
      }
    }
    List<String> units = Arrays.stream(kept).mapToObj(allUnits::get).toList();
    List<TreatmentRecord> treatments = new ArrayList<>();
    for (int j = 0; j < nInd; j++) {
      IndicatorPlan p = indicators[j];
      if (p.treat() != null) {
        treatments.add(JrcOutlierTreatment.treat(values[j], units, p.treat(), p.node().code()));
      }
      if (p.transform() != null) {
        p.transform().apply(values[j], p.transformSpec(), p.node().code());
      }
    }
    return new PreparedData(units, values, imputations, treatments, dropped);
  }

  private static void divide(double[] x, double[] d, MethodSpec spec) {
    double scale = spec.number("scale", 1);
    for (int i = 0; i < x.length; i++) {
      x[i] = d[i] == 0 ? Double.NaN : x[i] / d[i] * scale;
    }
  }

  private int[] screenRows(double[][] basis, int n) {
    if (screen == null) {
      return java.util.stream.IntStream.range(0, n).toArray();
    }
    double min = screen.number("min", 0);
    return java.util.stream.IntStream.range(0, n).filter(i -> share(basis, i) >= min).toArray();
  }

  private static double share(double[][] values, int row) {
    int present = 0;
    for (double[] column : values) {
      if (!Double.isNaN(column[row])) {
        present++;
      }
    }
    return (double) present / values.length;
  }

  private Map<String, int[]> rowsByUnit() {
    Map<String, List<Integer>> rows = new HashMap<>();
    List<String> codes = full.unitCodes();
    for (int r = 0; r < codes.size(); r++) {
      rows.computeIfAbsent(codes.get(r), k -> new ArrayList<>()).add(r);
    }
    double[] t = full.time();
    Map<String, int[]> out = new HashMap<>();
    rows.forEach(
        (k, v) ->
            out.put(
                k,
                v.stream()
                    .sorted(Comparator.comparingDouble(r -> t[r]))
                    .mapToInt(Integer::intValue)
                    .toArray()));
    return out;
  }

  private IntFunction<YearlyHistory> historyOf(
      IndicatorPlan p, Map<String, int[]> rowsByUnit, List<String> units) {
    double[] values = full.column(p.node().code());
    if (p.denominator() != null) {
      String by =
          p.denominate().name().equals("meta")
              ? p.node().denominator()
              : p.denominate().text("by", null);
      divide(values, full.column(by), p.denominate());
    }
    double[] t = full.time();
    return i -> {
      int[] rows = rowsByUnit.getOrDefault(units.get(i), new int[0]);
      double[] times =
          Arrays.stream(rows)
              .filter(r -> t[r] != time && !Double.isNaN(values[r]))
              .mapToDouble(r -> t[r])
              .toArray();
      double[] vals =
          Arrays.stream(rows)
              .filter(r -> t[r] != time && !Double.isNaN(values[r]))
              .mapToDouble(r -> values[r])
              .toArray();
      return new YearlyHistory(times, vals);
    };
  }

  /** The nominal weights of the nodes, in META order. */
  public double[] nominalWeights() {
    return nodes.stream().mapToDouble(FrameworkNode::weight).toArray();
  }

  /**
   * Normalises and aggregates prepared data.
   *
   * @param data output of {@link #prepare()} of a plan on the same framework and data
   * @param weights node weights in META order (see {@link #nominalWeights()})
   * @return scores [node in META order][unit of {@code data}]
   */
  public double[][] score(PreparedData data, double[] weights) {
    int n = data.units().size();
    double[][] scores = new double[nodes.size()][];
    for (int j = 0; j < indicators.length; j++) {
      IndicatorPlan p = indicators[j];
      double[] out = new double[n];
      p.normalizer().normalise(data.values()[j], out, p.normaliseSpec(), p.info());
      scores[indicatorNodes[j]] = out;
    }
    double[] buffer = new double[16];
    double[] w = new double[16];
    for (AggregatePlan a : aggregates) {
      int[] children = a.children();
      int k = children.length;
      if (buffer.length < k) {
        buffer = new double[k];
        w = new double[k];
      }
      for (int c = 0; c < k; c++) {
        w[c] = weights[children[c]];
      }
      double[] out = new double[n];
      for (int i = 0; i < n; i++) {
        int present = 0;
        for (int c = 0; c < k; c++) {
          double v = scores[children[c]][i];
          buffer[c] = v;
          if (!Double.isNaN(v)) {
            present++;
          }
        }
        if (present == 0 || (double) present / k < a.minShare()) {
          out[i] = Double.NaN;
        } else {
          out[i] = a.aggregator().aggregate(buffer, w, k, a.spec());
        }
      }
      scores[a.node()] = out;
    }
    return scores;
  }

  /** Prepares, scores with the nominal weights and packages the result. */
  public IndexResult run() {
    PreparedData data = prepare();
    double[][] scores = score(data, nominalWeights());
    return new IndexResult(
        nodes.stream().map(FrameworkNode::code).toList(),
        scores,
        framework.root().code(),
        framework.effectiveWeights(),
        data);
  }
}
