package org.govindex.jobs.compute.objective;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.indicators.appraisal.AppraisalLevel;

/**
 * The measures of every unit of a level in ONE aggregation: the source rows of all indicators
 * (orders, mediation cases and summaries, facts, registry rows) are brought to one schema keyed by
 * {@code unit_code}, unioned, and summed per unit (conditional sums are precomputed as 0/1 measures
 * per row). Only registered units are kept; a unit without any source row keeps null sums.
 *
 * <ul>
 *   <li>community: orders and mediation cases by their 所属社区代码, facts and registry of the community;
 *   <li>street: orders and mediation cases by 所属街道代码, mediation summaries, the facts and registry
 *       of its communities (sums over them: population = Σ 常住人口), its street facts and its
 *       district's 中心城区 flag;
 *   <li>department: orders by 承办单位代码.
 * </ul>
 */
final class LevelMeasures {

  static final String UNIT = "unit_code";

  private LevelMeasures() {}

  /** One row per registered unit of the level: unit_code and every measure of {@link Measures}. */
  static Dataset<Row> compute(AppraisalLevel level, ObjectiveInputs in, PeriodWindow period) {
    List<Dataset<Row>> parts = new ArrayList<>();
    Dataset<Row> orders = SourceRows.eligibleOrders(in.hotlineOrders(), period);
    switch (level) {
      case COMMUNITY -> {
        Dataset<Row> cases = SourceRows.mediationCases(in.mediationCases(), period);
        parts.add(conform(orders, "community_code"));
        parts.add(conform(cases, "community_code"));
        parts.add(
            conform(
                SourceRows.communityFacts(in.communityFacts(), in.communities(), period),
                "community_code"));
        parts.add(conform(SourceRows.registryCommunities(in.communities()), "community_code"));
        parts.add(
            conform(
                SourceRows.registryUnits(in.communities(), "community_code"), "community_code"));
      }
      case STREET -> {
        parts.add(conform(orders, "street_code"));
        parts.add(conform(SourceRows.mediationCases(in.mediationCases(), period), "street_code"));
        parts.add(
            conform(SourceRows.mediationSummary(in.mediationSummary(), period), "street_code"));
        parts.add(
            conform(
                SourceRows.communityFacts(in.communityFacts(), in.communities(), period),
                "street_code"));
        parts.add(conform(SourceRows.registryCommunities(in.communities()), "street_code"));
        parts.add(conform(SourceRows.registryStreets(in.streets(), in.districts()), "street_code"));
        parts.add(conform(SourceRows.streetFacts(in.streetFacts(), period), "street_code"));
      }
      case DEPARTMENT -> {
        parts.add(conform(orders, "handler_code"));
        parts.add(
            conform(
                SourceRows.registryUnits(in.departments(), "department_code"), "department_code"));
      }
    }
    Dataset<Row> union = parts.get(0);
    for (Dataset<Row> part : parts.subList(1, parts.size())) {
      union = union.unionByName(part);
    }
    return aggregate(union);
  }

  private static Dataset<Row> aggregate(Dataset<Row> union) {
    List<Column> sums = new ArrayList<>();
    for (String measure : Measures.ALL) {
      sums.add(
          measure.equals(Measures.CENTRAL)
              ? max(col(measure)).as(measure)
              : sum(col(measure)).as(measure));
    }
    return union
        .groupBy(col(UNIT))
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
        .where(col(Measures.UNIT_ROWS).gt(0));
  }

  /** unit_code from {@code key} (null keys dropped), then every measure (null where absent). */
  private static Dataset<Row> conform(Dataset<Row> rows, String key) {
    Set<String> present = Set.of(rows.columns());
    List<Column> columns = new ArrayList<>();
    columns.add(col(key).as(UNIT));
    for (String measure : Measures.ALL) {
      columns.add(present.contains(measure) ? col(measure) : lit(null).cast("double").as(measure));
    }
    return rows.where(col(key).isNotNull()).select(columns.toArray(Column[]::new));
  }
}
