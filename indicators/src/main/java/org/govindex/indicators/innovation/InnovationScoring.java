package org.govindex.indicators.innovation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.govindex.contract.Flag;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.index.analysis.AnalysisReport;
import org.govindex.indicators.index.analysis.CorrelationEntry;
import org.govindex.indicators.index.analysis.IndexAnalysis;
import org.govindex.indicators.index.analysis.LeaveOneOutEntry;
import org.govindex.indicators.index.analysis.NodeStatistics;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.stats.Ranking;
import org.govindex.indicators.registry.Registry;

/**
 * The innovation index (methodology §5) from the community × indicator panel:
 *
 * <ol>
 *   <li>Level index per year: the engine on the framework restricted to the indicators with data
 *       that year (flag {@code partial_framework} when some are missing, e.g. survey and case
 *       indicators before the period), with its Monte Carlo rank intervals ({@link YearIndex}).
 *   <li>Trend index: the engine on the indicators with data in EVERY scored year, so that the years
 *       compare; development index {@code D_y = T_y / T_base × 100} (base = first scored year),
 *       change {@code T_y − T_prev} and its Monte Carlo interval ({@link ChangeUncertainty}).
 *   <li>Streets and districts: population-weighted means of their communities ({@link RollUp}) of
 *       every dimension, the index and the trend index; their development index and change are
 *       computed from their own trend index. They are ranked among themselves on the index by the
 *       engine's competition ranks (exact ties share the smallest rank), as the communities are;
 *       their rank intervals roll the communities up inside each Monte Carlo replication ({@link
 *       RankMonteCarlo}).
 *   <li>Coherence of the period's index ({@code IndexAnalysis}).
 * </ol>
 *
 * <p>Rows come in a fixed order: by year, then level (community, street, district), then unit code.
 * The years are scored in parallel; nothing depends on the scheduling.
 */
final class InnovationScoring {

  /**
   * Rows of the two tables.
   *
   * @param index rows of {@code innovation_index} in table order
   * @param coherence rows of {@code innovation_coherence} in the engine's order
   * @param trendIndicators the indicators of the trend index, in framework order
   */
  record Result(List<IndexRow> index, List<CoherenceRow> coherence, List<String> trendIndicators) {}

  private InnovationScoring() {}

  /**
   * @param framework framework and recipe
   * @param panel values per year (years ascending, the first is the base year, the last the period)
   * @param registry the registered communities, streets and districts
   */
  static Result score(InnovationFramework framework, IndicatorPanel panel, Registry registry) {
    Hierarchy units = new Hierarchy(registry);
    List<Integer> years = panel.years();
    int base = years.get(0);
    int period = years.get(years.size() - 1);
    Framework full = framework.framework();
    List<YearIndex> levels =
        IntStream.range(0, years.size())
            .parallel()
            .mapToObj(i -> YearIndex.build(framework, panel, years.get(i), units))
            .toList();
    Set<String> trendSet = new LinkedHashSet<>();
    full.indicators().forEach(n -> trendSet.add(n.code()));
    for (int y : years) {
      trendSet.retainAll(panel.available(y));
    }
    int n = units.communities().size();
    double[] none = new double[n];
    Arrays.fill(none, Double.NaN);
    List<double[]> trend = new ArrayList<>();
    List<Map<UnitLevel, ChangeUncertainty.Interval[]>> intervals = new ArrayList<>();
    boolean varies = false;
    if (trendSet.isEmpty()) {
      years.forEach(y -> trend.add(none));
    } else {
      Framework tf =
          FrameworkSubset.restrict(
              full, trendSet, Messages.text("innovation.trendSubset", base, period));
      List<UnitTable> tables = years.stream().map(y -> YearTables.of(tf, panel, y)).toList();
      ChangeUncertainty cu = new ChangeUncertainty(tf, framework.recipe(), tables, units);
      varies = cu.varies();
      for (int i = 0; i < years.size(); i++) {
        trend.add(cu.nominal(i));
      }
      intervals.addAll(cu.changes());
    }
    List<String> dims = framework.dimensions();
    String root = framework.indexCode();
    List<IndexRow> rows = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      int y = years.get(i);
      Trend t =
          new Trend(
              trend.get(i),
              trend.get(0),
              i == 0 ? null : trend.get(i - 1),
              i == 0 || intervals.isEmpty() ? Map.of() : intervals.get(i - 1),
              varies);
      YearIndex level = levels.get(i);
      rows.addAll(communityRows(y, level, panel, units, dims, root, t, y == period));
      for (UnitLevel l : RollUp.LEVELS) {
        rows.addAll(rolledUpRows(y, l, level, units, dims, root, t));
      }
    }
    return new Result(
        rows,
        coherence(String.valueOf(period), levels.get(years.size() - 1)),
        List.copyOf(trendSet));
  }

  /**
   * The trend index of a year for the registered communities (NaN = none), of the base year and of
   * the previous year ({@code null} in the base year), and the change intervals into the year.
   */
  private record Trend(
      double[] now,
      double[] base,
      double[] previous,
      Map<UnitLevel, ChangeUncertainty.Interval[]> intervals,
      boolean varies) {

    ChangeUncertainty.Interval interval(UnitLevel level, int unit) {
      ChangeUncertainty.Interval[] all = intervals.get(level);
      return all == null ? null : all[unit];
    }
  }

  private static List<IndexRow> communityRows(
      int year,
      YearIndex level,
      IndicatorPanel panel,
      Hierarchy units,
      List<String> dims,
      String root,
      Trend trend,
      boolean isPeriod) {
    Map<String, Integer> ranks = level.ranks();
    List<IndexRow> rows = new ArrayList<>();
    List<Registry.Community> communities = units.communities();
    for (int c = 0; c < communities.size(); c++) {
      Registry.Community community = communities.get(c);
      String code = community.code();
      Map<String, Double> d = new LinkedHashMap<>();
      for (String dim : dims) {
        d.put(dim, IndexRow.value(level.score(dim, code)));
      }
      List<String> flags = new ArrayList<>();
      if (isPeriod && panel.surveyFlags().containsKey(code)) {
        flags.add(panel.surveyFlags().get(code));
      }
      rows.add(
          row(
              year,
              UnitLevel.COMMUNITY,
              code,
              community.name(),
              d,
              level.score(root, code),
              trend.now()[c],
              trend.base()[c],
              trend.previous() == null ? Double.NaN : trend.previous()[c],
              trend.interval(UnitLevel.COMMUNITY, c),
              trend.varies(),
              ranks.get(code),
              level.intervals().interval(UnitLevel.COMMUNITY, c),
              units.population(c),
              level.complete(),
              flags));
    }
    return rows;
  }

  private static List<IndexRow> rolledUpRows(
      int year,
      UnitLevel l,
      YearIndex level,
      Hierarchy units,
      List<String> dims,
      String root,
      Trend trend) {
    Map<String, double[]> dimMeans = new LinkedHashMap<>();
    for (String dim : dims) {
      dimMeans.put(dim, RollUp.means(communityScores(level, dim, units), units, l));
    }
    double[] index = RollUp.means(communityScores(level, root, units), units, l);
    double[] tNow = RollUp.means(trend.now(), units, l);
    double[] tBase = RollUp.means(trend.base(), units, l);
    double[] tPrev = trend.previous() == null ? null : RollUp.means(trend.previous(), units, l);
    double[] population = RollUp.population(units, l);
    int[] r = Ranking.competitionRanks(index, true);
    List<IndexRow> rows = new ArrayList<>();
    for (int u = 0; u < index.length; u++) {
      Map<String, Double> d = new LinkedHashMap<>();
      for (String dim : dims) {
        d.put(dim, IndexRow.value(dimMeans.get(dim)[u]));
      }
      rows.add(
          row(
              year,
              l,
              units.code(l, u),
              units.name(l, u),
              d,
              index[u],
              tNow[u],
              tBase[u],
              tPrev == null ? Double.NaN : tPrev[u],
              trend.interval(l, u),
              trend.varies(),
              r[u] > 0 ? r[u] : null,
              level.intervals().interval(l, u),
              population[u],
              level.complete(),
              new ArrayList<>()));
    }
    return rows;
  }

  /** A node's score of every registered community (NaN when not scored). */
  private static double[] communityScores(YearIndex level, String node, Hierarchy units) {
    List<Registry.Community> communities = units.communities();
    double[] out = new double[communities.size()];
    for (int c = 0; c < out.length; c++) {
      out[c] = level.score(node, communities.get(c).code());
    }
    return out;
  }

  private static IndexRow row(
      int year,
      UnitLevel levelCode,
      String code,
      String name,
      Map<String, Double> dims,
      double index,
      double trend,
      double trendBase,
      double trendPrev,
      ChangeUncertainty.Interval ci,
      boolean varies,
      Integer rank,
      RankMonteCarlo.Interval interval,
      double population,
      boolean complete,
      List<String> flags) {
    if (!complete) {
      flags.add(Flag.PARTIAL_FRAMEWORK.code());
    }
    if (Double.isNaN(index)) {
      flags.add(Flag.NO_INDEX.code());
    }
    Double development = null;
    if (!Double.isNaN(trend)) {
      if (trendBase > 0) {
        development = trend / trendBase * 100.0;
      } else {
        flags.add(Flag.NO_BASE_VALUE.code());
      }
    }
    Double change =
        Double.isNaN(trend) || Double.isNaN(trendPrev) ? null : Double.valueOf(trend - trendPrev);
    return new IndexRow(
        String.valueOf(year),
        levelCode,
        code,
        name,
        dims,
        IndexRow.value(index),
        IndexRow.value(trend),
        development,
        change,
        change == null || ci == null ? null : ci.low(),
        change == null || ci == null ? null : ci.high(),
        change == null || ci == null || !varies ? null : ci.significant(),
        rank,
        interval == null ? null : interval.median(),
        interval == null ? null : interval.p05(),
        interval == null ? null : interval.p95(),
        IndexRow.value(population),
        Flag.join(flags));
  }

  private static List<CoherenceRow> coherence(String period, YearIndex level) {
    AnalysisReport report = IndexAnalysis.analyse(level.plan(), level.result());
    List<CoherenceRow> rows = new ArrayList<>();
    for (CorrelationEntry e : report.correlations()) {
      rows.add(
          new CoherenceRow(
              period,
              e.second().equals(e.node()) ? "correlation_with_parent" : "correlation",
              e.node(),
              e.first(),
              e.second(),
              IndexRow.value(e.r()),
              e.flag()));
    }
    for (NodeStatistics s : report.nodeStatistics()) {
      rows.add(
          new CoherenceRow(
              period,
              "cronbach_alpha",
              s.node(),
              null,
              null,
              IndexRow.value(s.cronbachAlpha()),
              ""));
      rows.add(
          new CoherenceRow(
              period,
              "pca_first_share",
              s.node(),
              null,
              null,
              IndexRow.value(s.firstComponentShare()),
              ""));
      rows.add(
          new CoherenceRow(
              period, "complete_units", s.node(), null, null, (double) s.completeUnits(), ""));
    }
    Framework f = level.framework();
    for (LeaveOneOutEntry e : report.leaveOneOut()) {
      FrameworkNode n = f.node(e.indicator());
      rows.add(
          new CoherenceRow(
              period,
              "loo_mean_abs_rank_shift",
              n.parent(),
              e.indicator(),
              null,
              IndexRow.value(e.meanAbsRankShift()),
              ""));
      rows.add(
          new CoherenceRow(
              period,
              "loo_max_abs_rank_shift",
              n.parent(),
              e.indicator(),
              null,
              (double) e.maxAbsRankShift(),
              ""));
    }
    return rows;
  }
}
