package org.govindex.jobs.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govindex.contract.UnitLevel;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.junit.jupiter.api.Test;

/**
 * The contract's consistency rules as the validator applies them: each rule once broken (rejected
 * {@code inconsistent}, the reason naming both columns) and once held at its boundary (accepted).
 */
class ConsistencyValidationTest {

  private static final Pseudonymizer KEY = new Pseudonymizer("k");
  private static final UnitRegistry UNITS =
      new UnitRegistry(
          List.of(
              new Unit(UnitLevel.DISTRICT, "440101", "甲区", ""),
              new Unit(UnitLevel.STREET, "440101001", "东街道", "440101"),
              new Unit(UnitLevel.COMMUNITY, "440101001001", "和平社区", "440101001"),
              new Unit(UnitLevel.DEPARTMENT, "44010101", "民政局", "440101")));

  /** The reason code and reason, or "accepted". */
  private static String outcome(FieldTable table, String... cells) {
    try {
      table.validate(cells, "f.csv", 1, UNITS);
      return "accepted";
    } catch (CellRejection r) {
      return r.code() + ": " + r.reason();
    }
  }

  /** A work order called at 2026-03-01 10:00:00 with the given four times. */
  private static String order(
      String signDeadline, String signed, String closeDeadline, String closed) {
    return outcome(
        TableSpecs.hotline(KEY),
        "GD1",
        "2026-03-01 10:00:00",
        "电话",
        "投诉",
        "",
        "440101001",
        "",
        "44010101",
        signDeadline,
        signed,
        closeDeadline,
        closed,
        "已办结",
        "否",
        "否",
        "否",
        "已解决",
        "满意");
  }

  @Test
  void signedAndClosedNotBeforeTheCall() {
    assertThat(order("", "2026-03-01 09:59:59", "", "")).isEqualTo("inconsistent: 签收时间 早于 来电时间");
    assertThat(order("", "", "", "2026-02-28 10:00:00")).isEqualTo("inconsistent: 办结时间 早于 来电时间");
    assertThat(order("", "2026-03-01 10:00:00", "", "2026-03-01 10:00:00")).isEqualTo("accepted");
  }

  @Test
  void closeDeadlineNotBeforeTheCall() {
    assertThat(order("", "", "2026-03-01 09:00:00", "")).isEqualTo("inconsistent: 办结时限 早于 来电时间");
    assertThat(order("", "", "2026-03-01 10:00:00", "")).isEqualTo("accepted");
  }

  /** Community facts with the four compared columns and the two percentages. */
  private static String facts(
      String serviceArea,
      String officeArea,
      String staff,
      String certified,
      String turnout,
      String online) {
    return outcome(
        TableSpecs.communityFacts(KEY),
        "440101001001",
        "2026",
        "100",
        serviceArea,
        officeArea,
        "400",
        staff,
        certified,
        "12",
        "是",
        turnout,
        "10",
        "20",
        online);
  }

  @Test
  void certifiedWorkersAtMostStaff() {
    assertThat(facts("800", "150", "8", "80", "50", "50"))
        .isEqualTo("inconsistent: 持证社工人数 80 大于 专职社区工作者人数 8");
    assertThat(facts("800", "150", "8", "8", "50", "50")).isEqualTo("accepted");
  }

  @Test
  void officeAreaAtMostServiceArea() {
    assertThat(facts("800", "2400", "8", "4", "50", "50"))
        .isEqualTo("inconsistent: 社区工作人员办公面积 2400 大于 社区服务用房面积 800");
    assertThat(facts("800", "800", "8", "4", "50", "50")).isEqualTo("accepted");
    // a rule with an empty side does not apply
    assertThat(facts("", "2400", "", "4", "50", "50")).isEqualTo("accepted");
  }

  @Test
  void percentagesWithinZeroToHundred() {
    assertThat(facts("800", "150", "8", "4", "100.5", "50"))
        .isEqualTo("inconsistent: 居民参选率 100.5 超出 0–100");
    assertThat(facts("800", "150", "8", "4", "-1", "50"))
        .isEqualTo("inconsistent: 居民参选率 -1 超出 0–100");
    assertThat(facts("800", "150", "8", "4", "50", "101"))
        .isEqualTo("inconsistent: 网上办理事项占比 101 超出 0–100");
    assertThat(facts("800", "150", "8", "4", "0", "100")).isEqualTo("accepted");
  }

  @Test
  void succeededAtMostAccepted() {
    FieldTable summary = TableSpecs.mediationSummary(KEY);
    assertThat(outcome(summary, "440101001", "2026", "50", "51"))
        .isEqualTo("inconsistent: 成功数 51 大于 受理数 50");
    assertThat(outcome(summary, "440101001", "2026", "50", "50")).isEqualTo("accepted");
  }

  @Test
  void mediationClosedNotBeforeAccepted() {
    FieldTable cases = TableSpecs.mediation(KEY);
    assertThat(outcome(cases, "TJ1", "2026-02-01", "440101001", "", "邻里纠纷", "调解成功", "2026-01-31"))
        .isEqualTo("inconsistent: 结案日期 早于 受理日期");
    assertThat(outcome(cases, "TJ1", "2026-02-01", "440101001", "", "邻里纠纷", "调解成功", "2026-02-01"))
        .isEqualTo("accepted");
  }

  @Test
  void anIdNumberInAKeptFreeTextColumnIsNotStored() {
    Object[] row =
        TableSpecs.mediation(KEY)
            .validate(
                new String[] {
                  "TJ1", "2026-02-01", "440101001", "", "邻里纠纷 44010119800101123X", "调解成功", ""
                },
                "f.csv",
                1,
                UNITS);
    assertThat(java.util.Arrays.asList(row))
        .contains("邻里纠纷 〔已隐去〕")
        .doesNotContain("邻里纠纷 44010119800101123X");
  }
}
