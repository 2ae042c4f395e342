package org.govindex.indicators.objective;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.govindex.contract.Datasets;
import org.govindex.contract.Table;
import org.govindex.indicators.registry.Registry;

/**
 * A tiny hand-built city, period 2026, and a plain reduction of its work orders and mediation cases
 * to the tallies the Spark reduction hands over ({@link OrderTally} per year and area and per year
 * and handler, {@link CaseTally} per year and area). Times are the input contract's local
 * date-times in Asia/Shanghai, so the year of an order is the year of its 来电时间 as written.
 *
 * <p>District D1 (中心城区) has street S1 with communities C11 (2000 residents, 800 households) and C12
 * (3000, 1000); district D2 has street S2 with community C21 (4000, 1500). Departments P1 and P2
 * (P2 handles no order). The orders, cases and facts are listed in the methods; the expected values
 * are worked out by hand in {@link ObjectiveScoringTest}.
 */
final class ObjectiveFixture {

  static final LocalDateTime T = LocalDateTime.of(2026, 3, 1, 10, 0);

  /** A row of {@code hotline_orders} (the columns the indicators read). */
  record Order(
      String id,
      LocalDateTime called,
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
      String callback,
      String satisfaction) {}

  /** A row of {@code mediation_cases}. */
  record Case(String id, LocalDate accepted, String street, String community, String result) {}

  private ObjectiveFixture() {}

  static Registry registry() {
    return new Registry(
        List.of(
            new Registry.District("D1", "中区", "中心城区", true),
            new Registry.District("D2", "郊区", "非中心城区", false)),
        List.of(new Registry.Street("S1", "一街道", "D1"), new Registry.Street("S2", "二街道", "D2")),
        List.of(
            new Registry.Community("C11", "一社区", "S1", 800, 2000, "城市社区"),
            new Registry.Community("C12", "二社区", "S1", 1000, 3000, "城市社区"),
            new Registry.Community("C21", "三社区", "S2", 1500, 4000, "城市社区")),
        List.of(
            new Registry.Department("P1", "民政局", "D1"),
            new Registry.Department("P2", "城管局", "D1")));
  }

  /**
   * Orders (D = T + 1 day is the deadline, on time = T + 12 h, late = T + 2 days).
   *
   * <pre>
   * O1  C11 P1 signed on time, 已办结 on time, 已解决, 满意
   * O2  C11 P1 signed late, 已办结 late, 退单, 未解决, 不满意
   * O3  C11 P1 no 签收时限, 办理中, 重办, 未解决, 未评价
   * O4  C11 P1 [作废]                              (not in E)
   * O5  C11 P1 不合理诉求                            (not in E)
   * O6  C11 P1 called 2025-12-31 23:30 Shanghai      (not in period)
   * O7  C11 P1 called 2026-01-01 00:30 Shanghai (= 2025-12-31 UTC), signed on time, 已办结 without
   *           办结时间 (not on time), 已解决, 基本满意
   * O8  S1 without community, P1, all on time, 已解决, 满意
   * O9  C21 (S2) P1 signed on time, 办理中, 退单, 重办, 未解决, 满意
   * O10 C11 P1 called 2027-01-01 00:00 Shanghai      (not in period)
   * O11 C12 handled by street S1, signed and closed exactly at the deadlines, 已解决, 不满意
   * O12 C12 P1 no deadlines, 办理中, no call-back
   * </pre>
   */
  static List<Order> orders() {
    LocalDateTime d = T.plusDays(1);
    LocalDateTime onTime = T.plusHours(12);
    LocalDateTime late = T.plusDays(2);
    LocalDateTime closeBy = T.plusDays(30);
    LocalDateTime newYear = LocalDateTime.of(2026, 1, 1, 0, 30);
    LocalDateTime oldYear = LocalDateTime.of(2025, 12, 31, 23, 30);
    LocalDateTime nextYear = LocalDateTime.of(2027, 1, 1, 0, 0);
    List<Order> rows = new ArrayList<>();
    rows.add(
        new Order(
            "O1", T, "S1", "C11", "P1", d, onTime, closeBy, onTime, "已办结", false, false, false,
            "已解决", "满意"));
    rows.add(
        new Order(
            "O2", T, "S1", "C11", "P1", d, late, d, late, "已办结", true, false, false, "未解决", "不满意"));
    rows.add(
        new Order(
            "O3", T, "S1", "C11", "P1", null, null, closeBy, null, "办理中", false, true, false, "未解决",
            "未评价"));
    rows.add(
        new Order(
            "O4", T, "S1", "C11", "P1", d, onTime, closeBy, onTime, "[作废]", false, false, false,
            "已解决", "满意"));
    rows.add(
        new Order(
            "O5", T, "S1", "C11", "P1", d, onTime, closeBy, onTime, "已办结", false, false, true,
            "已解决", "满意"));
    rows.add(
        new Order(
            "O6",
            oldYear,
            "S1",
            "C11",
            "P1",
            oldYear.plusDays(1),
            oldYear.plusHours(1),
            oldYear.plusDays(30),
            oldYear.plusHours(2),
            "已办结",
            false,
            false,
            false,
            "已解决",
            "满意"));
    rows.add(
        new Order(
            "O7",
            newYear,
            "S1",
            "C11",
            "P1",
            newYear.plusDays(1),
            newYear.plusHours(1),
            newYear.plusDays(30),
            null,
            "已办结",
            false,
            false,
            false,
            "已解决",
            "基本满意"));
    rows.add(
        new Order(
            "O8", T, "S1", null, "P1", d, onTime, closeBy, onTime, "已办结", false, false, false,
            "已解决", "满意"));
    rows.add(
        new Order(
            "O9", T, "S2", "C21", "P1", d, onTime, closeBy, null, "办理中", true, true, false, "未解决",
            "满意"));
    rows.add(
        new Order(
            "O10",
            nextYear,
            "S1",
            "C11",
            "P1",
            nextYear.plusDays(1),
            nextYear.plusHours(1),
            nextYear.plusDays(30),
            nextYear.plusHours(2),
            "已办结",
            false,
            false,
            false,
            "已解决",
            "满意"));
    rows.add(
        new Order(
            "O11", T, "S1", "C12", "S1", d, d, closeBy, closeBy, "已办结", false, false, false, "已解决",
            "不满意"));
    rows.add(
        new Order(
            "O12", T, "S1", "C12", "P1", null, null, null, null, "办理中", false, false, false, null,
            null));
    return rows;
  }

  /**
   * M1-M4 C11 in 2026: 调解成功, 调解不成功, 终止调解, 调解成功; M5 C11 on 2025-12-31 (out); M6 S1 without community
   * 调解成功.
   */
  static List<Case> mediationCases() {
    return List.of(
        new Case("M1", LocalDate.of(2026, 2, 1), "S1", "C11", "调解成功"),
        new Case("M2", LocalDate.of(2026, 3, 1), "S1", "C11", "调解不成功"),
        new Case("M3", LocalDate.of(2026, 4, 1), "S1", "C11", "终止调解"),
        new Case("M4", LocalDate.of(2026, 5, 1), "S1", "C11", "调解成功"),
        new Case("M5", LocalDate.of(2025, 12, 31), "S1", "C11", "调解成功"),
        new Case("M6", LocalDate.of(2026, 6, 1), "S1", null, "调解成功"));
  }

  /** S2 2026: 10 accepted, 9 succeeded; S1 2026 100/1 (ignored: S1 has cases); S2 2025 (out). */
  static Table mediationSummary() {
    Table.Builder t = Table.builder(Datasets.MEDIATION_SUMMARY);
    summary(t, 1, "S2", 2026, 10, 9);
    summary(t, 2, "S1", 2026, 100, 1);
    summary(t, 3, "S2", 2025, 10, 0);
    return t.build();
  }

  private static void summary(
      Table.Builder t, long row, String street, int year, int accepted, int succeeded) {
    t.row()
        .set("source_file", "cases/mediation_summary.csv")
        .set("row_number", row)
        .set("street_code", street)
        .set("year", year)
        .set("accepted", accepted)
        .set("succeeded", succeeded)
        .add();
  }

  /**
   * 2026: C11 volunteers 100, service area 500, office 100, centre 160, staff 4, certified 3, orgs
   * 6; C12 450, 400, 120, centre unknown, staff 0, certified 0, orgs 3; C21 only a 2025 row.
   */
  static Table communityFacts() {
    Table.Builder t = Table.builder(Datasets.COMMUNITY_FACTS);
    facts(t, 1, "C11", 2026, 100.0, 500.0, 100.0, 160.0, 4.0, 3.0, 6.0);
    facts(t, 2, "C12", 2026, 450.0, 400.0, 120.0, null, 0.0, 0.0, 3.0);
    facts(t, 3, "C21", 2025, 900.0, 100.0, 10.0, 500.0, 5.0, 5.0, 9.0);
    facts(t, 4, "C11", 2025, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
    return t.build();
  }

  private static void facts(
      Table.Builder t,
      long row,
      String community,
      int year,
      Double volunteers,
      Double serviceArea,
      Double officeArea,
      Double centreArea,
      Double staff,
      Double certified,
      Double orgs) {
    t.row()
        .set("source_file", "facts/community_facts.csv")
        .set("row_number", row)
        .set("community_code", community)
        .set("year", year)
        .set("volunteers", volunteers)
        .set("service_area", serviceArea)
        .set("office_area", officeArea)
        .set("centre_area", centreArea)
        .set("staff", staff)
        .set("certified_workers", certified)
        .set("social_orgs", orgs)
        .set("direct_election", true)
        .set("turnout_pct", 60.0)
        .set("consultations", 10.0)
        .set("service_fund", 20.0)
        .set("online_share_pct", 50.0)
        .add();
  }

  /** 2026 (万元): S1 1000, 3000, 5000, 500; S2 400, 800, 2000, unknown; plus a 2025 row of S2. */
  static Table streetFacts() {
    return streetFacts(1000.0, 400.0);
  }

  /** The street facts with the 招商引资额 of S1 and S2 replaced (for metamorphic tests). */
  static Table streetFacts(double investmentS1, double investmentS2) {
    Table.Builder t = Table.builder(Datasets.STREET_FACTS);
    streetFacts(t, 1, "S1", 2026, investmentS1, 3000.0, 5000.0, 500.0);
    streetFacts(t, 2, "S2", 2026, investmentS2, 800.0, 2000.0, null);
    streetFacts(t, 3, "S2", 2025, 99999.0, 99999.0, 99999.0, 99999.0);
    return t.build();
  }

  private static void streetFacts(
      Table.Builder t,
      long row,
      String street,
      int year,
      Double investment,
      Double fixedAssets,
      Double retail,
      Double fiscal) {
    t.row()
        .set("source_file", "facts/street_facts.csv")
        .set("row_number", row)
        .set("street_code", street)
        .set("year", year)
        .set("investment_attracted", investment)
        .set("fixed_asset_investment", fixedAssets)
        .set("retail_sales", retail)
        .set("fiscal_revenue", fiscal)
        .add();
  }

  static ObjectiveSources sources() {
    return sources(streetFacts());
  }

  static ObjectiveSources sources(Table streetFacts) {
    return new ObjectiveSources(
        registry(),
        orderTallies(orders()),
        caseTallies(mediationCases()),
        mediationSummary(),
        communityFacts(),
        streetFacts);
  }

  /**
   * The eligible orders (工单状态 not [作废], 是否不合理诉求 not 是) counted per (year, street, community) and
   * per (year, handler), every year of the rows.
   */
  static List<OrderTally> orderTallies(List<Order> orders) {
    Map<List<String>, OrderCounts> area = new TreeMap<>(ObjectiveFixture::compareKeys);
    Map<List<String>, OrderCounts> handler = new TreeMap<>(ObjectiveFixture::compareKeys);
    for (Order o : orders) {
      if (o.status().equals("[作废]") || o.unreasonable()) {
        continue;
      }
      String year = Integer.toString(o.called().getYear());
      OrderCounts c = counts(o);
      area.merge(keyOf(year, o.street(), o.community()), c, OrderCounts::plus);
      handler.merge(keyOf(year, o.handler()), c, OrderCounts::plus);
    }
    List<OrderTally> out = new ArrayList<>();
    area.forEach(
        (k, c) -> out.add(OrderTally.ofArea(Integer.parseInt(k.get(0)), k.get(1), k.get(2), c)));
    handler.forEach(
        (k, c) -> out.add(OrderTally.ofHandler(Integer.parseInt(k.get(0)), k.get(1), c)));
    return out;
  }

  /** The counts of one eligible order: 1 or 0 per count. */
  private static OrderCounts counts(Order o) {
    boolean closed = o.status().equals("已办结");
    return new OrderCounts(
        1,
        one(o.signDeadline() != null),
        one(
            o.signDeadline() != null
                && o.signedAt() != null
                && !o.signedAt().isAfter(o.signDeadline())),
        one(closed),
        one(
            closed
                && o.closedAt() != null
                && o.closeDeadline() != null
                && !o.closedAt().isAfter(o.closeDeadline())),
        one("已解决".equals(o.callback())),
        one("已解决".equals(o.callback()) || "未解决".equals(o.callback())),
        one("满意".equals(o.satisfaction()) || "基本满意".equals(o.satisfaction())),
        one(List.of("满意", "基本满意", "不满意").contains(Objects.toString(o.satisfaction(), ""))),
        one(o.returned()),
        one(o.reopened()));
  }

  /** Cases and 调解成功 per (year of 受理日期, street, community). */
  static List<CaseTally> caseTallies(List<Case> cases) {
    Map<List<String>, long[]> byArea = new TreeMap<>(ObjectiveFixture::compareKeys);
    for (Case c : cases) {
      long[] t =
          byArea.computeIfAbsent(
              keyOf(Integer.toString(c.accepted().getYear()), c.street(), c.community()),
              k -> new long[2]);
      t[0]++;
      t[1] += c.result().equals("调解成功") ? 1 : 0;
    }
    List<CaseTally> out = new ArrayList<>();
    byArea.forEach(
        (k, t) ->
            out.add(new CaseTally(Integer.parseInt(k.get(0)), k.get(1), k.get(2), t[0], t[1])));
    return out;
  }

  private static long one(boolean condition) {
    return condition ? 1 : 0;
  }

  /** A grouping key that may hold a null part (an order without community). */
  private static List<String> keyOf(String... parts) {
    return java.util.Arrays.asList(parts);
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c =
          Objects.compare(a.get(i), b.get(i), java.util.Comparator.nullsFirst(String::compareTo));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
