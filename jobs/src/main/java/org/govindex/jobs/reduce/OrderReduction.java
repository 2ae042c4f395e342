package org.govindex.jobs.reduce;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.grouping_id;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.indicators.objective.OrderCounts;
import org.govindex.indicators.objective.OrderTally;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The 12345 work orders reduced to the counts of the hotline indicators ({@link OrderCounts}) in
 * one aggregation with two grouping sets: (year, 所属街道代码, 所属社区代码) and (year, 承办单位代码). Eligible
 * orders (E) only: 工单状态 not {@code [作废]} and 是否不合理诉求 not 是; the year is that of 来电时间 in the session
 * time zone (Asia/Shanghai).
 */
public final class OrderReduction {

  static final String VOIDED = "[作废]";
  static final String CLOSED = "已办结";
  static final String SOLVED = "已解决";
  static final String NOT_SOLVED = "未解决";

  /** grouping_id of the (year, street, community) set: only handler_code is not grouped. */
  private static final long AREA_SET = 0b0001L;

  private OrderReduction() {}

  /** The tallies, one row per group: year, street_code, community_code, handler_code, counts. */
  static Dataset<Row> tallies(Dataset<Row> orders) {
    Column eligible =
        coalesce(col("status"), lit(""))
            .notEqual(VOIDED)
            .and(coalesce(col("unreasonable"), lit(false)).equalTo(false));
    Column closed = coalesce(col("status").equalTo(CLOSED), lit(false));
    List<Column> counts =
        List.of(
            count(lit(true)).as("eligible"),
            count(col("sign_deadline").isNotNull()).as("with_sign_deadline"),
            count(
                    col("sign_deadline")
                        .isNotNull()
                        .and(col("signed_at").isNotNull())
                        .and(col("signed_at").leq(col("sign_deadline"))))
                .as("signed_in_time"),
            count(closed).as("closed"),
            count(
                    closed
                        .and(col("closed_at").isNotNull())
                        .and(col("close_deadline").isNotNull())
                        .and(col("closed_at").leq(col("close_deadline"))))
                .as("closed_in_time"),
            count(col("callback_result").equalTo(SOLVED)).as("solved"),
            count(col("callback_result").isin(SOLVED, NOT_SOLVED)).as("solved_or_not"),
            count(col("callback_satisfaction").isin("满意", "基本满意")).as("satisfied"),
            count(col("callback_satisfaction").isin("满意", "基本满意", "不满意")).as("rated"),
            count(col("returned")).as("returned"),
            count(col("reopened")).as("reopened"));
    Column y = year(col("called_at")).as("year");
    List<Column> area = List.of(col("year"), col("street_code"), col("community_code"));
    List<Column> handler = List.of(col("year"), col("handler_code"));
    List<Column> aggs = new ArrayList<>(counts);
    aggs.add(grouping_id().as("_set"));
    return orders
        .where(eligible)
        .select(
            y,
            col("street_code"),
            col("community_code"),
            col("handler_code"),
            col("status"),
            col("sign_deadline"),
            col("signed_at"),
            col("close_deadline"),
            col("closed_at"),
            col("callback_result"),
            col("callback_satisfaction"),
            col("returned"),
            col("reopened"))
        .groupingSets(
            CollectionConverters.asScala(List.of(seq(area), seq(handler))).toList(),
            col("year"),
            col("street_code"),
            col("community_code"),
            col("handler_code"))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
  }

  /** Reduces the dataset and collects the tallies. */
  public static List<OrderTally> collect(Dataset<Row> rows) {
    Dataset<Row> tallies = tallies(rows);
    List<OrderTally> out = new ArrayList<>();
    for (Row r : tallies.collectAsList()) {
      OrderCounts counts =
          new OrderCounts(
              r.getLong(r.fieldIndex("eligible")),
              r.getLong(r.fieldIndex("with_sign_deadline")),
              r.getLong(r.fieldIndex("signed_in_time")),
              r.getLong(r.fieldIndex("closed")),
              r.getLong(r.fieldIndex("closed_in_time")),
              r.getLong(r.fieldIndex("solved")),
              r.getLong(r.fieldIndex("solved_or_not")),
              r.getLong(r.fieldIndex("satisfied")),
              r.getLong(r.fieldIndex("rated")),
              r.getLong(r.fieldIndex("returned")),
              r.getLong(r.fieldIndex("reopened")));
      int year = r.getInt(r.fieldIndex("year"));
      boolean isHandler = r.getLong(r.fieldIndex("_set")) != AREA_SET;
      out.add(
          isHandler
              ? OrderTally.ofHandler(year, r.getString(r.fieldIndex("handler_code")), counts)
              : OrderTally.ofArea(
                  year,
                  r.getString(r.fieldIndex("street_code")),
                  r.getString(r.fieldIndex("community_code")),
                  counts));
    }
    return out;
  }

  private static scala.collection.immutable.Seq<Column> seq(List<Column> columns) {
    return CollectionConverters.asScala(columns).toList();
  }

  /** The number of rows where the condition holds (null counts as false). */
  private static Column count(Column condition) {
    return sum(when(coalesce(condition, lit(false)), lit(1L)).otherwise(lit(0L)));
  }
}
