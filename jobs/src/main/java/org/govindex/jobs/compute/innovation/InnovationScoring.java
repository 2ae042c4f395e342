package org.govindex.jobs.compute.innovation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.govindex.indicators.index.analysis.AnalysisReport;
import org.govindex.indicators.index.analysis.CorrelationEntry;
import org.govindex.indicators.index.analysis.IndexAnalysis;
import org.govindex.indicators.index.analysis.LeaveOneOutEntry;
import org.govindex.indicators.index.analysis.NodeStatistics;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.stats.Ranking;
import org.govindex.indicators.index.uncertainty.UnitRankInterval;

/**
 * The in-memory part of the innovation index (methodology §5), from the community × indicator
 * panel:
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
 *       computed from their own trend index.
 *   <li>Coherence of the period's index ({@code IndexAnalysis}).
 * </ol>
 */
public final class InnovationScoring {

  static final String PARTIAL_FRAMEWORK = "partial_framework";
  static final String NO_INDEX = "no_index";
  static final String NO_BASE_VALUE = "no_base_value";

  /** Rows of the two tables. */
  public record Result(
      List<IndexRow> index, List<CoherenceRow> coherence, Set<String> trendIndicators) {}

  private InnovationScoring() {}

  /**
   * @param framework framework and recipe
   * @param panel values per year (years ascending, the first is the base year, the last the period)
   * @param directory the registry
   */
  public static Result score(
      InnovationFramework framework, IndicatorPanel panel, UnitDirectory directory) {
    List<Integer> years = panel.years();
    int base = years.get(0);
    int period = years.get(years.size() - 1);
    Framework full = framework.framework();
    Map<Integer, YearIndex> levels = new TreeMap<>();
    for (int y : years) {
      levels.put(y, YearIndex.build(framework, panel, y));
    }
    Set<String> trendSet = new LinkedHashSet<>();
    full.indicators().forEach(n -> trendSet.add(n.code()));
    for (int y : years) {
      trendSet.retainAll(panel.available(y));
    }
    Map<Integer, Map<String, Double>> trend = new TreeMap<>();
    Map<Integer, Map<String, ChangeUncertainty.Change>> intervals = new TreeMap<>();
    boolean varies = false;
    if (!trendSet.isEmpty()) {
      Framework tf =
          FrameworkSubset.restrict(
              full, trendSet, "trend: indicators with data in every year " + base + "-" + period);
      Map<Integer, UnitTable> tables = new TreeMap<>();
      for (int y : years) {
        tables.put(y, YearTables.of(tf, panel, y));
      }
      ChangeUncertainty cu = new ChangeUncertainty(tf, framework.recipe(), tables);
      varies = cu.varies();
      for (int i = 0; i < years.size(); i++) {
        trend.put(years.get(i), cu.nominal(years.get(i)));
        if (i > 0) {
          intervals.put(years.get(i), cu.changes(years.get(i - 1), years.get(i), directory));
        }
      }
    }
    List<String> dims = framework.dimensions();
    String root = framework.indexCode();
    List<IndexRow> rows = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      int y = years.get(i);
      Integer previous = i == 0 ? null : years.get(i - 1);
      YearIndex level = levels.get(y);
      Map<String, Double> trendNow = trend.getOrDefault(y, Map.of());
      Map<String, Double> trendBase = trend.getOrDefault(base, Map.of());
      Map<String, Double> trendPrev =
          previous == null ? null : trend.getOrDefault(previous, Map.of());
      Map<String, ChangeUncertainty.Change> ci = intervals.getOrDefault(y, Map.of());
      rows.addAll(
          communityRows(
              y,
              level,
              panel,
              directory,
              dims,
              root,
              trendNow,
              trendBase,
              trendPrev,
              ci,
              varies,
              y == period));
      for (RollUp.Level l : RollUp.Level.values()) {
        rows.addAll(
            rolledUpRows(
                y, l, level, directory, dims, root, trendNow, trendBase, trendPrev, ci, varies));
      }
    }
    YearIndex last = levels.get(period);
    return new Result(rows, coherence(String.valueOf(period), last), Set.copyOf(trendSet));
  }

  private static List<IndexRow> communityRows(
      int year,
      YearIndex level,
      IndicatorPanel panel,
      UnitDirectory directory,
      List<String> dims,
      String root,
      Map<String, Double> trendNow,
      Map<String, Double> trendBase,
      Map<String, Double> trendPrev,
      Map<String, ChangeUncertainty.Change> ci,
      boolean varies,
      boolean isPeriod) {
    Map<String, Integer> ranks = level.ranks();
    List<IndexRow> rows = new ArrayList<>();
    for (UnitDirectory.Community c : directory.communities()) {
      Map<String, Double> d = new LinkedHashMap<>();
      for (String dim : dims) {
        d.put(dim, IndexRow.value(level.score(dim, c.code())));
      }
      double index = level.score(root, c.code());
      List<String> flags = new ArrayList<>();
      if (isPeriod && panel.surveyFlags().containsKey(c.code())) {
        flags.add(panel.surveyFlags().get(c.code()));
      }
      UnitRankInterval interval = level.intervals().get(c.code());
      rows.add(
          row(
              year,
              "community",
              c.code(),
              c.name(),
              d,
              index,
              trendNow.get(c.code()),
              trendBase.get(c.code()),
              trendPrev == null ? null : trendPrev.get(c.code()),
              ci.get("community|" + c.code()),
              varies,
              ranks.get(c.code()),
              interval,
              c.population(),
              level.complete(),
              flags));
    }
    return rows;
  }

  private static List<IndexRow> rolledUpRows(
      int year,
      RollUp.Level l,
      YearIndex level,
      UnitDirectory directory,
      List<String> dims,
      String root,
      Map<String, Double> trendNow,
      Map<String, Double> trendBase,
      Map<String, Double> trendPrev,
      Map<String, ChangeUncertainty.Change> ci,
      boolean varies) {
    Map<String, Map<String, Double>> dimMeans = new LinkedHashMap<>();
    for (String dim : dims) {
      dimMeans.put(dim, RollUp.means(communityScores(level, dim, directory), directory, l));
    }
    Map<String, Double> index = RollUp.means(communityScores(level, root, directory), directory, l);
    Map<String, Double> tNow = RollUp.means(trendNow, directory, l);
    Map<String, Double> tBase = RollUp.means(trendBase, directory, l);
    Map<String, Double> tPrev = trendPrev == null ? null : RollUp.means(trendPrev, directory, l);
    Map<String, String> names =
        l == RollUp.Level.STREET ? directory.streetNames() : directory.districtNames();
    Map<String, Double> population = new HashMap<>();
    for (UnitDirectory.Community c : directory.communities()) {
      String unit = l == RollUp.Level.STREET ? c.streetCode() : c.districtCode();
      if (unit != null && c.population() > 0) {
        population.merge(unit, c.population(), Double::sum);
      }
    }
    List<String> units = new ArrayList<>(names.keySet());
    double[] x = units.stream().mapToDouble(u -> index.getOrDefault(u, Double.NaN)).toArray();
    int[] r = Ranking.competitionRanks(x, true);
    List<IndexRow> rows = new ArrayList<>();
    for (int k = 0; k < units.size(); k++) {
      String u = units.get(k);
      Map<String, Double> d = new LinkedHashMap<>();
      for (String dim : dims) {
        d.put(dim, dimMeans.get(dim).get(u));
      }
      rows.add(
          row(
              year,
              l.code,
              u,
              names.get(u),
              d,
              index.getOrDefault(u, Double.NaN),
              tNow.get(u),
              tBase.get(u),
              tPrev == null ? null : tPrev.get(u),
              ci.get(l.code + "|" + u),
              varies,
              r[k] > 0 ? r[k] : null,
              null,
              population.getOrDefault(u, Double.NaN),
              level.complete(),
              new ArrayList<>()));
    }
    return rows;
  }

  private static Map<String, Double> communityScores(
      YearIndex level, String node, UnitDirectory directory) {
    Map<String, Double> out = new HashMap<>();
    for (UnitDirectory.Community c : directory.communities()) {
      double v = level.score(node, c.code());
      if (!Double.isNaN(v)) {
        out.put(c.code(), v);
      }
    }
    return out;
  }

  private static IndexRow row(
      int year,
      String levelCode,
      String code,
      String name,
      Map<String, Double> dims,
      double index,
      Double trend,
      Double trendBase,
      Double trendPrev,
      ChangeUncertainty.Change ci,
      boolean varies,
      Integer rank,
      UnitRankInterval interval,
      double population,
      boolean complete,
      List<String> flags) {
    if (!complete) {
      flags.add(PARTIAL_FRAMEWORK);
    }
    if (Double.isNaN(index)) {
      flags.add(NO_INDEX);
    }
    Double development = null;
    if (trend != null) {
      if (trendBase != null && trendBase > 0) {
        development = trend / trendBase * 100.0;
      } else {
        flags.add(NO_BASE_VALUE);
      }
    }
    Double change = trend != null && trendPrev != null ? trend - trendPrev : null;
    return new IndexRow(
        String.valueOf(year),
        levelCode,
        code,
        name,
        dims,
        IndexRow.value(index),
        trend,
        development,
        change,
        change == null || ci == null ? null : ci.low(),
        change == null || ci == null ? null : ci.high(),
        change == null || ci == null || !varies ? null : ci.significant(),
        rank,
        interval == null ? null : IndexRow.value(interval.medianRank()),
        interval == null ? null : IndexRow.value(interval.p05()),
        interval == null ? null : IndexRow.value(interval.p95()),
        IndexRow.value(population),
        String.join(";", flags));
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
