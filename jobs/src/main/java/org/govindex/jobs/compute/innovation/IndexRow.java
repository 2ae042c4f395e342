package org.govindex.jobs.compute.innovation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row of {@code innovation_index}. Every {@code Double} is {@code null} when the value does not
 * exist (never NaN).
 *
 * @param period the year of the row
 * @param level {@code community}, {@code street} or {@code district}
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
 * @param rankMedian median Monte Carlo rank (communities)
 * @param rankP05 5th percentile of the Monte Carlo rank (communities)
 * @param rankP95 95th percentile of the Monte Carlo rank (communities)
 * @param population 常住人口 (sum over communities for streets and districts)
 * @param flags {@code ;}-separated flags
 */
public record IndexRow(
    String period,
    String level,
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
    Double rankMedian,
    Double rankP05,
    Double rankP95,
    Double population,
    String flags) {

  public IndexRow {
    dimensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
  }

  /** The Spark row in the column order of {@link InnovationColumns#index(List)}. */
  Row toRow(List<String> dimensionCodes) {
    List<Object> cells = new ArrayList<>();
    cells.add(period);
    cells.add(level);
    cells.add(unitCode);
    cells.add(unitName);
    for (String d : dimensionCodes) {
      cells.add(dimensions.get(d));
    }
    cells.add(index);
    cells.add(trendIndex);
    cells.add(developmentIndex);
    cells.add(change);
    cells.add(changeP05);
    cells.add(changeP95);
    cells.add(changeSignificant);
    cells.add(rank);
    cells.add(rankMedian);
    cells.add(rankP05);
    cells.add(rankP95);
    cells.add(population);
    cells.add(flags);
    return RowFactory.create(cells.toArray());
  }

  static Double value(double x) {
    return Double.isNaN(x) ? null : x;
  }
}
