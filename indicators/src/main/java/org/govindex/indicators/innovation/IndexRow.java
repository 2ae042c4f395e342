package org.govindex.indicators.innovation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;

/**
 * One row of {@code innovation_index} ({@link Results#innovationIndex}). Every {@code Double} is
 * {@code null} when the value does not exist (never NaN).
 *
 * @param period the year of the row
 * @param level community, street or district
 * @param unitCode unit code
 * @param unitName unit name
 * @param dimensions dimension code → score 0-100 (META order)
 * @param index level index 0-100
 * @param trendIndex index on the indicators with data in every scored year
 * @param developmentIndex trendIndex / trendIndex of the base year × 100
 * @param change trendIndex minus the previous scored year's
 * @param changeP05 5th percentile of the Monte Carlo change
 * @param changeP95 95th percentile of the Monte Carlo change
 * @param changeSignificant whether [changeP05, changeP95] excludes 0 ({@code null} without change
 *     or without an uncertainty design)
 * @param rank rank of the level index within level and year (1 = best, ties share the smallest)
 * @param rankMedian median Monte Carlo rank within level and year (nearest rank, {@link
 *     RankMonteCarlo}; method choices and survey sampling error)
 * @param rankP05 5th percentile of the Monte Carlo rank (nearest rank)
 * @param rankP95 95th percentile of the Monte Carlo rank (nearest rank)
 * @param population 常住人口 (sum over communities for streets and districts)
 * @param flags {@code ;}-separated flags
 */
record IndexRow(
    String period,
    UnitLevel level,
    String unitCode,
    String unitName,
    Map<String, Double> dimensions,
    Double index,
    Double trendIndex,
    Double developmentIndex,
    Double change,
    Double changeP05,
    Double changeP95,
    Boolean changeSignificant,
    Integer rank,
    Integer rankMedian,
    Integer rankP05,
    Integer rankP95,
    Double population,
    String flags) {

  public IndexRow {
    dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
  }

  /** Adds the row to a table of {@link Results#innovationIndex} with the same dimensions. */
  void addTo(Table.Builder table) {
    Table.RowBuilder row =
        table
            .row()
            .set("period", period)
            .set("level", level.code())
            .set("unit_code", unitCode)
            .set("unit_name", unitName);
    dimensions.forEach(row::set);
    row.set("index", index)
        .set("trend_index", trendIndex)
        .set("development_index", developmentIndex)
        .set("change", change)
        .set("change_p05", changeP05)
        .set("change_p95", changeP95)
        .set("change_significant", changeSignificant)
        .set("rank", rank)
        .set("rank_median", rankMedian)
        .set("rank_p05", rankP05)
        .set("rank_p95", rankP95)
        .set("population", population)
        .set("flags", flags)
        .add();
  }

  static Double value(double x) {
    return Double.isNaN(x) ? null : x;
  }
}
