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
import org.govindex.contract.Messages;
import org.govindex.indicators.index.CoinrNames;
import org.govindex.indicators.index.CoinrNames.Step;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.aggregate.Aggregator;
import org.govindex.indicators.index.aggregate.AggregatorRegistry;
import org.govindex.indicators.index.aggregate.ArithmeticMeanAggregator;
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
import org.govindex.indicators.index.stats.Ranking;
import org.govindex.indicators.index.transform.Transform;
import org.govindex.indicators.index.transform.TransformRegistry;
import org.govindex.indicators.index.treat.JrcOutlierTreatment;
import org.govindex.indicators.index.treat.TreatmentRecord;
import org.govindex.indicators.index.weights.BenefitOfTheDoubt;

/**
 * A framework, a data table and a recipe bound together and checked before anything runs: every
 * method known with valid settings (COINr's names read through {@link CoinrNames}), every indicator
 * and denominator present in the data, goalposts and targets written in raw units transformed with
 * the values. Whether a geometric or harmonic mean (or a power mean with p &lt;= 0) gets a value
 * &lt;= 0 depends on the data, so it is checked on the values that reach it (see {@link
 * MeanDomainException}): a child whose values cannot be &lt;= 0 whatever the data (every indicator
 * below it normalised by a strictly positive method) is not checked. Running is split in {@link
 * #prepare()} (denominate, impute, screen, treat, transform) and {@link #score} (normalise,
 * aggregate) so that uncertainty analysis can reuse prepared data.
 */
public final class IndexPlan {

  private static final String MIN_SHARE = "minShare";
  private static final String BOD = "bod";
  private static final Aggregator ARITHMETIC = new ArithmeticMeanAggregator();

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
  private final MethodChoice choice;

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

  /**
   * @param checked per child, what makes its values possibly outside the aggregator's domain (null:
   *     cannot be, or the aggregator takes any value)
   * @param positive whether values must be &gt; 0 (else &gt;= 0 where checked)
   * @param aggregator the mean, or null for benefit of the doubt ({@code bod}), which scores each
   *     unit against all the others
   */
  private record AggregatePlan(
      int node,
      int[] children,
      Aggregator aggregator,
      MethodSpec spec,
      double minShare,
      String[] checked,
      boolean positive) {

    boolean bod() {
      return aggregator == null;
    }
  }

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
            Messages.text("index.engine.recipeSetsTime", data.source(), recipe.time()));
      }
      this.time = recipe.time();
      this.slice = data.slice(time);
      if (slice.rowCount() == 0) {
        throw new IndexSpecException(
            Messages.text("index.engine.noRowsAtTime", data.source(), recipe.time()));
      }
      if (slice.isPanel()) {
        throw new IndexSpecException(
            Messages.text("index.engine.severalRowsOne", data.source(), recipe.time()));
      }
    } else {
      if (data.isPanel()) {
        throw new IndexSpecException(Messages.text("index.engine.severalRowsPer", data.source()));
      }
      this.slice = data;
      double[] times = data.hasTime() ? data.distinctTimes() : new double[0];
      this.time = times.length == 1 ? times[0] : Double.NaN;
    }
    checkDataColumns();
    this.choice = new MethodChoice(recipe);
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
          Messages.text(
              "index.engine.indicatorsMissing", slice.source(), String.join(", ", missing)));
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
              denominate.checkParams(
                  Set.of("scale"), Messages.text("index.where.stepIndicator", "denominate", code));
              yield n.denominator();
            }
            case "divide" -> {
              denominate.checkParams(
                  Set.of("by", "scale"),
                  Messages.text("index.where.stepIndicator", "denominate", code));
              String by = denominate.text("by", null);
              if (by == null) {
                throw new IndexSpecException(
                    Messages.text("index.engine.denominateIndicatorMethod", code));
              }
              yield by;
            }
            default ->
                throw new IndexSpecException(
                    Messages.text(
                        "index.engine.denominateIndicatorUnknown", code, denominate.name()));
          };
      if (column != null) {
        if (!slice.hasNumeric(column)) {
          throw new IndexSpecException(
              Messages.text("index.engine.denominatorNotData", slice.source(), column, code));
        }
        denominator = slice.column(column);
      }
    }
    MethodSpec impute =
        choice.translate(Step.IMPUTE, resolve(recipe.impute(), path, 1, null), "impute", code);
    if (impute != null) {
      Imputer.check(impute, code, slice.groupColumns(), full.isPanel());
    }
    MethodSpec treat =
        choice.translate(Step.TREAT, resolve(recipe.treat(), path, 1, null), "treat", code);
    if (treat != null) {
      JrcOutlierTreatment.check(treat, code);
    }
    MethodSpec transformSpec = choice.transform(n, path);
    Transform transform = null;
    if (transformSpec != null) {
      transform =
          TransformRegistry.find(
              transformSpec, Messages.text("index.where.stepIndicator", "transform", code));
      transform.check(transformSpec, code);
    }
    MethodSpec normaliseSpec =
        choice.translate(Step.NORMALISE, choice.normalise(n, path), "normalise", code);
    Normalizer normalizer =
        NormalizerRegistry.find(
            normaliseSpec, Messages.text("index.where.stepIndicator", "normalise", code));
    IndicatorInfo info =
        new IndicatorInfo(code, n.direction(), n.target(), n.goalLow(), n.goalHigh());
    if (transform != null) {
      normaliseSpec =
          choice.transformRawUnits(normaliseSpec, normalizer, transform, transformSpec, code);
      info =
          new IndicatorInfo(
              code,
              n.direction(),
              choice.transformRaw(n.target(), "Target", transform, transformSpec, code),
              choice.transformRaw(n.goalLow(), "GoalLow", transform, transformSpec, code),
              choice.transformRaw(n.goalHigh(), "GoalHigh", transform, transformSpec, code));
    }
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
      throw new IndexSpecException(Messages.text("index.engine.screenUnknownMethod", s.name()));
    }
    s.checkParams(Set.of("min", "basis"), "screen");
    double min = s.number("min", Double.NaN);
    if (!(min >= 0 && min <= 1)) {
      throw new IndexSpecException(Messages.text("index.engine.screenDataShare"));
    }
    String basis = s.text("basis", "imputed");
    if (!basis.equals("imputed") && !basis.equals("raw")) {
      throw new IndexSpecException(Messages.text("index.engine.screenBasisRaw", basis));
    }
  }

  private AggregatePlan planAggregate(FrameworkNode n) {
    MethodSpec spec =
        choice.translate(
            Step.AGGREGATE,
            recipe.aggregate().resolveNode(n.code(), n.level()),
            "aggregate",
            n.code());
    double minShare = spec.number(MIN_SHARE, 0);
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new IndexSpecException(Messages.text("index.engine.aggregateNodeMinShare", n.code()));
    }
    Map<String, String> params = new LinkedHashMap<>(spec.params());
    params.remove(MIN_SHARE);
    MethodSpec clean = new MethodSpec(spec.name(), params);
    int[] children =
        framework.children(n.code()).stream().mapToInt(c -> nodeIndex.get(c.code())).toArray();
    Aggregator aggregator = null;
    if (clean.name().equals(BOD)) {
      BenefitOfTheDoubt.check(clean, children.length, n.code());
    } else {
      aggregator =
          AggregatorRegistry.find(clean, Messages.text("index.where.aggregateNode", n.code()));
      aggregator.check(clean, n.code());
    }
    String[] checked = null;
    if (aggregator == null || aggregator.needsNonNegative(clean)) {
      checked = new String[children.length];
      for (int c = 0; c < children.length; c++) {
        checked[c] = nonPositiveSource(children[c]);
      }
    }
    return new AggregatePlan(
        nodeIndex.get(n.code()),
        children,
        aggregator,
        clean,
        minShare,
        checked,
        aggregator != null && aggregator.needsPositive(clean));
  }

  /**
   * The first indicator below a node whose normalisation can give values &lt;= 0 (so that the
   * node's values are checked where a mean needs them &gt; 0), or null when none can.
   */
  private String nonPositiveSource(int node) {
    FrameworkNode n = nodes.get(node);
    if (n.isIndicator()) {
      for (IndicatorPlan p : indicators) {
        if (p.node().code().equals(n.code())) {
          return p.normalizer().strictlyPositive(p.normaliseSpec())
              ? null
              : Messages.text("index.engine.normalisedBy", n.code(), p.normaliseSpec());
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
    List<String> codes = Arrays.stream(indicators).map(p -> p.node().code()).toList();
    double[][] values = new double[nInd][];
    double[][] raw = new double[nInd][];
    List<ImputationRecord> imputations = new ArrayList<>();
    List<StepRecord> steps = new ArrayList<>(choice.notes());
    List<DataSet> stages = new ArrayList<>();
    Map<String, int[]> rowsByUnit = full.isPanel() ? rowsByUnit() : Map.of();
    for (int j = 0; j < nInd; j++) {
      values[j] = indicators[j].raw().clone();
    }
    stages.add(new DataSet("Raw", allUnits, codes, values));
    for (int j = 0; j < nInd; j++) {
      IndicatorPlan p = indicators[j];
      if (p.denominator() != null) {
        int missing = divide(values[j], p.denominator(), p.denominate());
        String by = denominatorColumn(p);
        double scale = p.denominate().number("scale", 1);
        String divided =
            scale == 1
                ? Messages.text("index.log.dividedBy", by)
                : Messages.text("index.log.dividedByScaled", by, scale);
        steps.add(
            new StepRecord(
                "denominate",
                p.node().code(),
                p.denominate().toString(),
                missing == 0
                    ? divided
                    : Messages.text("index.log.zeroDenominators", divided, missing)));
      }
    }
    if (recipe.denominate() != null) {
      stages.add(new DataSet("Denominated", allUnits, codes, values));
    }
    for (int j = 0; j < nInd; j++) {
      IndicatorPlan p = indicators[j];
      raw[j] = values[j].clone();
      if (p.impute() != null && !p.impute().name().equals("none")) {
        String g = p.impute().text("group", null);
        List<String> group = g == null ? null : slice.group(g);
        IntFunction<YearlyHistory> history =
            full.isPanel() ? historyOf(p, rowsByUnit, allUnits) : i -> YearlyHistory.EMPTY;
        List<ImputationRecord> put =
            Imputer.impute(values[j], allUnits, p.impute(), p.node().code(), group, history, time);
        imputations.addAll(put);
        int left = n - Ranking.present(values[j]);
        steps.add(
            new StepRecord(
                "impute",
                p.node().code(),
                p.impute().toString(),
                left == 0
                    ? Messages.text("index.log.imputed", put.size())
                    : Messages.text("index.log.imputedStillMissing", put.size(), left)));
      }
    }
    if (recipe.impute() != null) {
      stages.add(new DataSet("Imputed", allUnits, codes, values));
    }
    double[][] basis =
        screen != null && screen.text("basis", "imputed").equals("raw") ? raw : values;
    int[] kept = screenRows(basis, n);
    List<ScreenRecord> dropped = new ArrayList<>();
    if (kept.length < n) {
      double min = screen.number("min", 0);
      boolean[] keep = new boolean[n];
      for (int r : kept) {
        keep[r] = true;
      }
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
    if (screen != null) {
      steps.add(
          new StepRecord(
              "screen",
              "",
              screen.toString(),
              Messages.text("index.log.screened", kept.length, n, dropped.size())));
      stages.add(new DataSet("Screened", units, codes, values));
    }
    List<TreatmentRecord> treatments = new ArrayList<>();
    for (int j = 0; j < nInd; j++) {
      IndicatorPlan p = indicators[j];
      if (p.treat() != null) {
        TreatmentRecord t = JrcOutlierTreatment.treat(values[j], units, p.treat(), p.node().code());
        treatments.add(t);
        steps.add(
            new StepRecord("treat", p.node().code(), p.treat().toString(), BuildLog.treatment(t)));
        if (t.action().startsWith("log") && !p.normalizer().rawUnitSettings().isEmpty()) {
          throw new IndexSpecException(
              Messages.text(
                  "index.engine.treatIndicatorChanged",
                  p.node().code(),
                  t.action(),
                  p.normaliseSpec()));
        }
      }
    }
    if (recipe.treat() != null) {
      stages.add(new DataSet("Treated", units, codes, values));
    }
    boolean transformed = false;
    for (int j = 0; j < nInd; j++) {
      IndicatorPlan p = indicators[j];
      if (p.transform() != null) {
        p.transform().apply(values[j], units, p.transformSpec(), p.node().code());
        steps.add(
            new StepRecord(
                "transform",
                p.node().code(),
                p.transformSpec().toString(),
                Messages.text("index.log.transformed")));
        transformed = true;
      }
    }
    if (transformed) {
      stages.add(new DataSet("Transformed", units, codes, values));
    }
    return new PreparedData(units, values, imputations, treatments, dropped, steps, stages);
  }

  private String denominatorColumn(IndicatorPlan p) {
    return p.denominate().name().equals("meta")
        ? p.node().denominator()
        : p.denominate().text("by", null);
  }

  /** Divides in place; returns the number of zero denominators (their values become missing). */
  private static int divide(double[] x, double[] d, MethodSpec spec) {
    double scale = spec.number("scale", 1);
    int zeros = 0;
    for (int i = 0; i < x.length; i++) {
      if (d[i] == 0) {
        zeros += Double.isNaN(x[i]) ? 0 : 1;
        x[i] = Double.NaN;
      } else {
        x[i] = x[i] / d[i] * scale;
      }
    }
    return zeros;
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
      divide(values, full.column(denominatorColumn(p)), p.denominate());
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
    return score(data, weights, -1);
  }

  /**
   * As {@link #score(PreparedData, double[])}, the aggregate {@code asArithmetic} (if any) by the
   * arithmetic mean.
   */
  private double[][] score(PreparedData data, double[] weights, int asArithmetic) {
    return score(data, weights, asArithmetic, new double[indicators.length][]);
  }

  /**
   * The normalised values of every indicator, [indicator in META order][unit of {@code data}]: the
   * first stage of {@link #score(PreparedData, double[])}.
   */
  public double[][] normalise(PreparedData data) {
    double[][] out = new double[indicators.length][];
    for (int j = 0; j < indicators.length; j++) {
      out[j] = normalise(data, j);
    }
    return out;
  }

  private double[] normalise(PreparedData data, int indicator) {
    IndicatorPlan p = indicators[indicator];
    double[] out = new double[data.units().size()];
    p.normalizer().normalise(data.values()[indicator], out, p.normaliseSpec(), p.info());
    return out;
  }

  /**
   * As {@link #score(PreparedData, double[])}, with the normalised values of some indicators known
   * already: a non-null {@code normalised[j]} is used as indicator j's normalised values (it must
   * be what {@link #normalise} gives for these data; it is read, never modified), the others are
   * normalised here. A Monte Carlo run whose replications change only some indicators' data
   * normalises the others once.
   */
  public double[][] score(PreparedData data, double[] weights, double[][] normalised) {
    if (normalised.length != indicators.length) {
      throw new IllegalArgumentException(
          "normalised values for " + normalised.length + " indicators, not " + indicators.length);
    }
    return score(data, weights, -1, normalised);
  }

  private double[][] score(
      PreparedData data, double[] weights, int asArithmetic, double[][] normalised) {
    int n = data.units().size();
    double[][] scores = new double[nodes.size()][];
    for (int j = 0; j < indicators.length; j++) {
      scores[indicatorNodes[j]] = normalised[j] != null ? normalised[j] : normalise(data, j);
    }
    double[] buffer = new double[16];
    double[] w = new double[16];
    for (AggregatePlan a : aggregates) {
      int[] children = a.children();
      int k = children.length;
      Aggregator aggregator = a.node() == asArithmetic ? ARITHMETIC : a.aggregator();
      if (aggregator == null) {
        scores[a.node()] = benefitOfTheDoubt(a, scores, data.units());
        continue;
      }
      if (buffer.length < k) {
        buffer = new double[k];
        w = new double[k];
      }
      for (int c = 0; c < k; c++) {
        w[c] = weights[children[c]];
      }
      Aggregator.Bound mean = aggregator.bind(a.spec());
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
          if (a.checked() != null && aggregator != ARITHMETIC) {
            checkDomain(a, buffer, data.units().get(i));
          }
          out[i] = mean.aggregate(buffer, w, k);
        }
      }
      scores[a.node()] = out;
    }
    return scores;
  }

  /** Throws when a present child value is outside the aggregator's domain. */
  private void checkDomain(AggregatePlan a, double[] values, String unit) {
    for (int c = 0; c < a.children().length; c++) {
      double v = values[c];
      if (a.checked()[c] != null && !Double.isNaN(v) && (a.positive() ? !(v > 0) : v < 0)) {
        throw new MeanDomainException(
            nodes.get(a.node()).code(),
            a.spec().toString(),
            unit,
            nodes.get(a.children()[c]).code(),
            v,
            a.positive() ? "> 0" : ">= 0",
            a.checked()[c]);
      }
    }
  }

  private double[] benefitOfTheDoubt(AggregatePlan a, double[][] scores, List<String> units) {
    double[][] y = bodInputs(a, scores, units);
    BenefitOfTheDoubt.Solution[] solutions = BenefitOfTheDoubt.solve(y, a.spec());
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = solutions[i].score();
    }
    return out;
  }

  private double[][] bodInputs(AggregatePlan a, double[][] scores, List<String> units) {
    int k = a.children().length;
    double[][] y = new double[units.size()][k];
    for (int i = 0; i < y.length; i++) {
      for (int c = 0; c < k; c++) {
        y[i][c] = scores[a.children()[c]][i];
      }
      if (a.checked() != null) {
        checkDomain(a, y[i], units.get(i));
      }
    }
    return y;
  }

  /**
   * Prepares, derives the weights the recipe asks for (META's as given by default), scores and
   * packages the result with the build log, the data set of every stage and the weighting reports.
   */
  public IndexResult run() {
    PreparedData data = prepare();
    double[] weights = nominalWeights();
    double[][] asGiven = score(data, weights);
    double[][] scores = asGiven;
    int root = nodeIndex.get(framework.root().code());
    List<String> codes = nodes.stream().map(FrameworkNode::code).toList();
    List<StepRecord> steps = new ArrayList<>(data.steps());
    List<WeightsReport> reports = new ArrayList<>();
    Map<String, Double> derived = Map.of();
    if (recipe.weights() != null) {
      WeightDerivation.Derived d = WeightDerivation.derive(this, data, recipe.weights());
      weights = d.weights();
      derived = d.derived();
      scores = score(data, weights);
      reports.add(
          new WeightsReport(
              MethodSpec.canonical(recipe.weights().method()),
              framework.root().code(),
              derived,
              Map.of(),
              data.units(),
              Ranking.competitionRanks(asGiven[root], true),
              Ranking.competitionRanks(scores[root], true),
              d.detail()));
    }
    for (AggregatePlan a : aggregates) {
      if (a.bod()) {
        reports.add(bodReport(a, data, weights, scores, root));
      }
    }
    for (IndicatorPlan p : indicators) {
      steps.add(new StepRecord("normalise", p.node().code(), p.normaliseSpec().toString(), ""));
    }
    for (AggregatePlan a : aggregates) {
      int missing = data.units().size() - Ranking.present(scores[a.node()]);
      String detail;
      if (a.minShare() > 0) {
        detail =
            missing > 0
                ? Messages.text("index.log.minShareUnscored", a.minShare(), missing)
                : Messages.text("index.log.minShare", a.minShare());
      } else {
        detail = missing > 0 ? Messages.text("index.log.unscored", missing) : "";
      }
      steps.add(new StepRecord("aggregate", codes.get(a.node()), a.spec().toString(), detail));
    }
    for (WeightsReport r : reports) {
      steps.addAll(BuildLog.weights(r));
    }
    double[][] normalised = new double[indicators.length][];
    for (int j = 0; j < indicators.length; j++) {
      normalised[j] = scores[indicatorNodes[j]];
    }
    List<DataSet> stages = new ArrayList<>(data.stages());
    stages.add(
        new DataSet(
            "Normalised",
            data.units(),
            Arrays.stream(indicators).map(p -> p.node().code()).toList(),
            normalised));
    stages.add(new DataSet("Aggregated", data.units(), codes, scores));
    return new IndexResult(
        codes,
        scores,
        framework.root().code(),
        derived.isEmpty()
            ? framework.effectiveWeights()
            : framework.withWeights(derived).effectiveWeights(),
        data,
        steps,
        stages,
        reports);
  }

  private WeightsReport bodReport(
      AggregatePlan a, PreparedData data, double[] weights, double[][] scores, int root) {
    double[][] arithmetic = score(data, weights, a.node());
    BenefitOfTheDoubt.Solution[] solutions =
        BenefitOfTheDoubt.solve(bodInputs(a, scores, data.units()), a.spec());
    Map<String, double[]> shares = new LinkedHashMap<>();
    for (int i = 0; i < solutions.length; i++) {
      shares.put(data.units().get(i), solutions[i].shares());
    }
    List<String> children = Arrays.stream(a.children()).mapToObj(c -> nodes.get(c).code()).toList();
    return new WeightsReport(
        BOD,
        nodes.get(a.node()).code(),
        Map.of(),
        shares,
        data.units(),
        Ranking.competitionRanks(arithmetic[root], true),
        Ranking.competitionRanks(scores[root], true),
        Messages.text("index.log.bod", children, a.spec()));
  }
}
