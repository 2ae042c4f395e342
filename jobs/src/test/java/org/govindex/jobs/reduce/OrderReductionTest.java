package org.govindex.jobs.reduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govindex.jobs.reduce.DatasetRows.shanghai;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.indicators.objective.OrderCounts;
import org.govindex.indicators.objective.OrderTally;
import org.govindex.jobs.bench.NightlyBenchmark;
import org.govindex.jobs.bench.PeerAggregations;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OrderReduction}: the tallies of the two grouping sets equal a straightforward count over
 * the order rows written in the test, including orders without community, a handler that is a
 * street, orders on both sides of new year in Asia/Shanghai, and voided and 不合理诉求 orders, which are
 * left out.
 */
class OrderReductionTest {

  private static final String S1 = "320100001";
  private static final String S2 = "320100002";
  private static final String A = "320100001001";
  private static final String B = "320100001002";
  private static final String D1 = "32010001";
  private static final String D2 = "32010002";

  /** One 12345 order, as {@code hotline_orders} holds it (times: Asia/Shanghai wall clock). */
  private record Order(
      String id,
      LocalDateTime calledAt,
      String street,
      String community,
      String handler,
      LocalDateTime signDeadline,
      LocalDateTime signedAt,
      LocalDateTime closeDeadline,
      LocalDateTime closedAt,
      String status,
      boolean returned,
      boolean reopened,
      boolean unreasonable,
      String callbackResult,
      String callbackSatisfaction) {

    Row row() {
      return DatasetRows.row(
          Datasets.HOTLINE_ORDERS,
          "order_id",
          id,
          "source_file",
          "cases/hotline.csv",
          "row_number",
          Long.parseLong(id.substring(1)),
          "called_at",
          shanghai(calledAt),
          "request_type",
          "投诉",
          "street_code",
          street,
          "community_code",
          community,
          "handler_code",
          handler,
          "sign_deadline",
          shanghai(signDeadline),
          "signed_at",
          shanghai(signedAt),
          "close_deadline",
          shanghai(closeDeadline),
          "closed_at",
          shanghai(closedAt),
          "status",
          status,
          "returned",
          returned,
          "reopened",
          reopened,
          "unreasonable",
          unreasonable,
          "callback_result",
          callbackResult,
          "callback_satisfaction",
          callbackSatisfaction);
    }
  }

  private static LocalDateTime at(String text) {
    return LocalDateTime.parse(text);
  }

  private static List<Order> orders() {
    return List.of(
        // signed and closed in time, solved, satisfied
        new Order(
            "o1",
            at("2026-03-01T10:00"),
            S1,
            A,
            D1,
            at("2026-03-01T12:00"),
            at("2026-03-01T11:00"),
            at("2026-03-05T00:00"),
            at("2026-03-04T09:00"),
            "已办结",
            false,
            false,
            false,
            "已解决",
            "满意"),
        // 00:30 on new year's day in Shanghai (16:30 UTC the day before): 2026; the handler is a
        // street; signed exactly at the deadline (in time), closed late, returned
        new Order(
            "o2",
            at("2026-01-01T00:30"),
            S1,
            A,
            S1,
            at("2026-01-01T01:00"),
            at("2026-01-01T01:00"),
            at("2026-01-02T00:00"),
            at("2026-01-03T00:00"),
            "已办结",
            true,
            false,
            false,
            "未解决",
            "不满意"),
        // the last minute of 2025 in Shanghai: 2025
        new Order(
            "o3",
            at("2025-12-31T23:59"),
            S1,
            A,
            D1,
            at("2026-01-01T02:00"),
            at("2026-01-01T01:00"),
            at("2026-01-03T00:00"),
            at("2026-01-02T00:00"),
            "已办结",
            false,
            false,
            false,
            "已解决",
            "基本满意"),
        // no community; no sign deadline; a close time but not 已办结; reopened
        new Order(
            "o4",
            at("2026-06-01T09:00"),
            S1,
            null,
            D1,
            null,
            at("2026-06-01T10:00"),
            at("2026-06-03T00:00"),
            at("2026-06-02T00:00"),
            "办理中",
            false,
            true,
            false,
            null,
            "基本满意"),
        // no community, street handler; never signed; 已办结 without close time; 一般 is no rating
        new Order(
            "o5",
            at("2026-06-02T09:00"),
            S1,
            null,
            S1,
            at("2026-06-02T10:00"),
            null,
            at("2026-06-04T00:00"),
            null,
            "已办结",
            false,
            false,
            false,
            "已解决",
            "一般"),
        // voided and unreasonable orders are not eligible
        new Order(
            "o6",
            at("2026-03-02T10:00"),
            S1,
            A,
            D1,
            at("2026-03-02T12:00"),
            at("2026-03-02T11:00"),
            at("2026-03-05T00:00"),
            at("2026-03-04T00:00"),
            "[作废]",
            true,
            true,
            false,
            "已解决",
            "满意"),
        new Order(
            "o7",
            at("2026-03-03T10:00"),
            S1,
            B,
            D1,
            at("2026-03-03T12:00"),
            at("2026-03-03T11:00"),
            at("2026-03-05T00:00"),
            at("2026-03-04T00:00"),
            "已办结",
            true,
            true,
            true,
            "已解决",
            "满意"),
        // another street, no community, another department
        new Order(
            "o8",
            at("2026-07-01T08:00"),
            S2,
            null,
            D2,
            at("2026-07-01T09:00"),
            at("2026-07-01T08:30"),
            at("2026-07-02T08:00"),
            at("2026-07-02T08:00"),
            "已办结",
            false,
            false,
            false,
            "已解决",
            "基本满意"),
        // signed late, closed in time, returned and reopened
        new Order(
            "o9",
            at("2026-07-02T08:00"),
            S1,
            B,
            D1,
            at("2026-07-02T09:00"),
            at("2026-07-02T09:01"),
            at("2026-07-05T00:00"),
            at("2026-07-04T00:00"),
            "已办结",
            true,
            true,
            false,
            "未解决",
            "满意"),
        // the last second of 2026 and the first of 2027 in Shanghai
        new Order(
            "o10",
            at("2026-12-31T23:59:59"),
            S2,
            null,
            S1,
            null,
            null,
            null,
            null,
            "办理中",
            false,
            false,
            false,
            null,
            null),
        new Order(
            "o11",
            at("2027-01-01T00:00"),
            S2,
            null,
            D2,
            null,
            null,
            null,
            null,
            "已办结",
            false,
            false,
            false,
            "已解决",
            "满意"),
        new Order(
            "o12",
            at("2026-08-01T08:00"),
            S1,
            A,
            D1,
            at("2026-08-01T09:00"),
            at("2026-08-01T08:10"),
            at("2026-08-03T00:00"),
            at("2026-08-02T00:00"),
            "已办结",
            false,
            false,
            false,
            "已解决",
            "满意"));
  }

  /**
   * The tallies counted order by order, with the definitions of {@link OrderCounts}: eligible = not
   * [作废] and not 不合理诉求; the year of the Shanghai wall time of 来电时间.
   */
  private static List<OrderTally> countedByHand(List<Order> orders) {
    Map<List<Object>, long[]> area = new LinkedHashMap<>();
    Map<List<Object>, long[]> handler = new LinkedHashMap<>();
    for (Order o : orders) {
      if (o.status().equals("[作废]") || o.unreasonable()) {
        continue;
      }
      int year = o.calledAt().getYear();
      boolean closed = o.status().equals("已办结");
      long[] c = {
        1,
        o.signDeadline() != null ? 1 : 0,
        o.signDeadline() != null && o.signedAt() != null && !o.signedAt().isAfter(o.signDeadline())
            ? 1
            : 0,
        closed ? 1 : 0,
        closed
                && o.closedAt() != null
                && o.closeDeadline() != null
                && !o.closedAt().isAfter(o.closeDeadline())
            ? 1
            : 0,
        "已解决".equals(o.callbackResult()) ? 1 : 0,
        List.of("已解决", "未解决").contains(Objects.toString(o.callbackResult())) ? 1 : 0,
        List.of("满意", "基本满意").contains(Objects.toString(o.callbackSatisfaction())) ? 1 : 0,
        List.of("满意", "基本满意", "不满意").contains(Objects.toString(o.callbackSatisfaction())) ? 1 : 0,
        o.returned() ? 1 : 0,
        o.reopened() ? 1 : 0
      };
      add(area, Arrays.asList(year, o.street(), o.community()), c);
      add(handler, Arrays.asList(year, o.handler()), c);
    }
    List<OrderTally> out = new ArrayList<>();
    area.forEach(
        (k, c) ->
            out.add(
                OrderTally.ofArea(
                    (int) k.get(0), (String) k.get(1), (String) k.get(2), counts(c))));
    handler.forEach(
        (k, c) -> out.add(OrderTally.ofHandler((int) k.get(0), (String) k.get(1), counts(c))));
    return out;
  }

  private static void add(Map<List<Object>, long[]> tallies, List<Object> key, long[] c) {
    long[] sum = tallies.computeIfAbsent(key, k -> new long[c.length]);
    for (int i = 0; i < c.length; i++) {
      sum[i] += c[i];
    }
  }

  private static OrderCounts counts(long[] c) {
    return new OrderCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
  }

  private static Dataset<Row> dataset(SparkSession spark, List<Order> orders) {
    return DatasetRows.dataset(
        spark, Datasets.HOTLINE_ORDERS, orders.stream().map(Order::row).toList());
  }

  @Test
  void talliesEqualAStraightforwardCountOfTheOrders() {
    List<OrderTally> tallies = OrderReduction.collect(dataset(SparkTestSession.get(), orders()));

    assertThat(tallies).containsExactlyInAnyOrderElementsOf(countedByHand(orders()));
    // hand-worked: handler 320100001 (a street) in 2026 has o2, o5 and o10; signed in time o2 of
    // the two with a sign deadline (o2, o5); closed o2, o5, neither in time; 已解决 o5, 已解决 or
    // 未解决 o2, o5; satisfied none, rated o2 (不满意); returned o2
    assertThat(tallies)
        .contains(OrderTally.ofHandler(2026, S1, new OrderCounts(3, 2, 1, 2, 0, 1, 2, 0, 1, 1, 0)))
        // street 320100001 without community in 2026: o4 and o5, an area tally of its own
        .contains(
            OrderTally.ofArea(2026, S1, null, new OrderCounts(2, 1, 0, 1, 0, 1, 1, 1, 1, 0, 1)))
        // the last minute of 2025 and the first of 2027 are counted in their own years
        .contains(OrderTally.ofHandler(2025, D1, new OrderCounts(1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0)))
        .contains(
            OrderTally.ofArea(2027, S2, null, new OrderCounts(1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0)));
    // community 320100001002 has only o9: the unreasonable o7 is left out
    assertThat(tallies)
        .filteredOn(t -> B.equals(t.communityCode()))
        .extracting(t -> t.counts().eligible())
        .containsExactly(1L);
    // 6 area tallies (2025 S1/A; 2026 S1/A, S1/-, S1/B, S2/-; 2027 S2/-) and 5 handler tallies
    // (2025 D1; 2026 D1, S1, D2; 2027 D2)
    assertThat(tallies.stream().filter(t -> t.handlerCode() == null)).hasSize(6);
    assertThat(tallies.stream().filter(t -> t.handlerCode() != null)).hasSize(5);
  }

  @Test
  void theBenchmarksDuckDbPeerCountsTheSameAsTheHand(@TempDir Path dir) {
    dataset(SparkTestSession.get(), orders())
        .write()
        .parquet(dir.resolve(Datasets.HOTLINE_ORDERS.name()).toString());

    Map<String, long[]> peer = new PeerAggregations(dir).hotline();

    Map<String, long[]> byHand = NightlyBenchmark.hotlineByKey(countedByHand(orders()));
    assertThat(peer.keySet()).containsExactlyElementsOf(byHand.keySet());
    byHand.forEach((key, counts) -> assertThat(peer.get(key)).as(key).containsExactly(counts));
  }

  @Test
  void talliesDoNotDependOnThePartitioning() {
    Dataset<Row> orders = dataset(SparkTestSession.get(), orders());
    List<OrderTally> expected = countedByHand(orders());
    for (int partitions : new int[] {1, 7}) {
      assertThat(OrderReduction.collect(orders.repartition(partitions)))
          .as(partitions + " partitions")
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
