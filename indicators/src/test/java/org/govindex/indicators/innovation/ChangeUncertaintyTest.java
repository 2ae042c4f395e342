package org.govindex.indicators.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.engine.IndexPlan;
import org.govindex.indicators.index.engine.PreparedData;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.UncertaintySpec;
import org.govindex.indicators.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * The change intervals of the trend index (each year scored once per replication, replications in
 * parallel) are bit for bit those of the straightforward design written out below: for every pair
 * of consecutive years a fresh random stream with the recipe's seed, both years scored in every
 * replication, community scores in maps, roll-ups summed community by community in code order,
 * percentiles of each unit's draws in replication order.
 */
class ChangeUncertaintyTest {

  static final List<Integer> YEARS = List.of(2024, 2025, 2026);

  @Test
  void intervalsEqualThePairwiseDesignBitForBit() {
    InnovationFramework bundled = InnovationFramework.bundled();
    UncertaintySpec spec = bundled.recipe().uncertainty().with(200, 11);
    InnovationFramework framework =
        new InnovationFramework(bundled.framework(), bundled.recipe().withUncertainty(spec));
    SyntheticCity city = new SyntheticCity(framework, 2, 7, 90, YEARS, 5L);
    InnovationScoring.Result result = InnovationScoring.score(framework, city.panel, city.registry);

    Framework trend =
        FrameworkSubset.restrict(
            framework.framework(), new java.util.HashSet<>(result.trendIndicators()), "trend");
    int compared = 0;
    for (int i = 1; i < YEARS.size(); i++) {
      Map<String, double[]> expected =
          pairwise(
              trend,
              framework.recipe(),
              YearTables.of(trend, city.panel, YEARS.get(i - 1)),
              YearTables.of(trend, city.panel, YEARS.get(i)),
              city.registry);
      for (IndexRow row : result.index()) {
        if (!row.period().equals(String.valueOf(YEARS.get(i)))) {
          continue;
        }
        double[] want = expected.get(row.level().code() + "|" + row.unitCode());
        if (want == null) {
          assertThat(row.changeP05()).as(row.unitCode()).isNull();
          continue;
        }
        assertThat(row.changeP05()).as(row.level() + " " + row.unitCode()).isEqualTo(want[0]);
        assertThat(row.changeP95()).as(row.level() + " " + row.unitCode()).isEqualTo(want[1]);
        assertThat(row.changeSignificant()).isEqualTo(want[0] > 0 || want[1] < 0);
        compared++;
      }
    }
    // 90 communities, 7 streets and 2 districts in each of the two changes, minus units without
    // a trend index in one of the years
    assertThat(compared).isGreaterThan(150);
  }

  /** "level|unit" → {p05, p95} of the change from {@code before} to {@code after}. */
  private static Map<String, double[]> pairwise(
      Framework f, Recipe recipe, UnitTable before, UnitTable after, Registry registry) {
    UncertaintySpec spec = recipe.uncertainty();
    List<MethodSpec> aggs = spec.aggregate();
    int k = Math.max(1, aggs.size());
    IndexPlan[] plansBefore = new IndexPlan[k];
    IndexPlan[] plansAfter = new IndexPlan[k];
    for (int a = 0; a < k; a++) {
      Recipe r = recipe.withAggregate(recipe.aggregate().withDefault(aggs.get(a)));
      plansBefore[a] = IndexPlan.compile(f, before, r);
      plansAfter[a] = IndexPlan.compile(f, after, r);
    }
    PreparedData dataBefore = plansBefore[0].prepare();
    PreparedData dataAfter = plansAfter[0].prepare();
    List<FrameworkNode> nodes = f.nodes();
    int root = nodes.indexOf(f.root());
    List<Integer> perturbed = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      if (nodes.get(n).parent() != null && spec.weightLevels().contains(nodes.get(n).level())) {
        perturbed.add(n);
      }
    }
    SplittableRandom random = new SplittableRandom(spec.seed());
    Map<String, List<Double>> draws = new HashMap<>();
    for (int r = 0; r < spec.replications(); r++) {
      double[] u = new double[perturbed.size() + 1];
      for (int d = 0; d < u.length; d++) {
        u[d] = random.nextDouble();
      }
      double[] w = nodes.stream().mapToDouble(FrameworkNode::weight).toArray();
      for (int p = 0; p < perturbed.size(); p++) {
        w[perturbed.get(p)] *= 1 + spec.weightSpread() * (2 * u[p] - 1);
      }
      int alt = Math.min(k - 1, (int) Math.floor(u[perturbed.size()] * k));
      Map<String, Double> b = scores(plansBefore[alt], dataBefore, w, root);
      Map<String, Double> a = scores(plansAfter[alt], dataAfter, w, root);
      record(draws, "community", b, a);
      record(draws, "street", rollUp(b, registry, true), rollUp(a, registry, true));
      record(draws, "district", rollUp(b, registry, false), rollUp(a, registry, false));
    }
    Map<String, double[]> out = new HashMap<>();
    draws.forEach(
        (key, list) -> {
          double[] v = list.stream().mapToDouble(Double::doubleValue).toArray();
          Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
          out.put(key, new double[] {p.evaluate(v, 5), p.evaluate(v, 95)});
        });
    return out;
  }

  private static Map<String, Double> scores(
      IndexPlan plan, PreparedData data, double[] w, int root) {
    double[] x = plan.score(data, w)[root];
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i])) {
        out.put(data.units().get(i), x[i]);
      }
    }
    return out;
  }

  private static void record(
      Map<String, List<Double>> draws,
      String level,
      Map<String, Double> before,
      Map<String, Double> after) {
    after.forEach(
        (unit, a) -> {
          Double b = before.get(unit);
          if (b != null) {
            draws.computeIfAbsent(level + "|" + unit, key -> new ArrayList<>()).add(a - b);
          }
        });
  }

  private static Map<String, Double> rollUp(
      Map<String, Double> values, Registry registry, boolean street) {
    Map<String, String> districtOfStreet = new HashMap<>();
    registry.streets().forEach(s -> districtOfStreet.put(s.code(), s.districtCode()));
    Map<String, double[]> sums = new TreeMap<>();
    for (Registry.Community c : registry.communities()) {
      Double x = values.get(c.code());
      String unit = street ? c.streetCode() : districtOfStreet.get(c.streetCode());
      if (x == null || unit == null || c.population() <= 0) {
        continue;
      }
      double[] s = sums.computeIfAbsent(unit, key -> new double[2]);
      s[0] += c.population() * x;
      s[1] += c.population();
    }
    Map<String, Double> out = new HashMap<>();
    sums.forEach((unit, s) -> out.put(unit, s[0] / s[1]));
    return out;
  }
}
