package org.govindex.jobs.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.govindex.contract.UnitLevel;
import org.junit.jupiter.api.Test;

/** Parsing of cell texts: codes, timestamps and numbers, and the reason code of each failure. */
class CellsTest {

  static String reasonOf(Runnable action) {
    try {
      action.run();
    } catch (CellRejection r) {
      return r.code();
    }
    return "accepted";
  }

  @Test
  void scientificNotationAndWrongLengthCodesAreBadCodes() {
    assertThat(reasonOf(() -> Cells.code("社区代码", "4.40104E+11", UnitLevel.COMMUNITY)))
        .isEqualTo("bad_code");
    assertThat(reasonOf(() -> Cells.code("社区代码", "44010100200", UnitLevel.COMMUNITY)))
        .isEqualTo("bad_code");
    assertThat(Cells.code("社区代码", "044010100200", UnitLevel.COMMUNITY)).isEqualTo("044010100200");
    // full-width digits and white space fold away
    assertThat(Cells.code("区划代码", " ４４０１０１ ", UnitLevel.DISTRICT)).isEqualTo("440101");
  }

  @Test
  void timestampsInTheThreeFormats() {
    assertThat(Cells.timestamp("t", "2026/3/1 9:05:07").toString())
        .isEqualTo("2026-03-01T09:05:07");
    assertThat(Cells.timestamp("t", "2026-03-01 09:05:07").toString())
        .isEqualTo("2026-03-01T09:05:07");
    assertThat(Cells.timestamp("t", "2026-03-01").toString()).isEqualTo("2026-03-01T00:00");
    assertThat(reasonOf(() -> Cells.timestamp("t", "2026-02-30"))).isEqualTo("bad_date");
    assertThat(reasonOf(() -> Cells.timestamp("t", "2026/2/30 10:00:00"))).isEqualTo("bad_date");
    assertThat(reasonOf(() -> Cells.timestamp("t", "01/03/2026"))).isEqualTo("bad_date");
  }

  @Test
  void timestampsAreInstantsInShanghai() {
    // 2026-03-01 10:00:00 in UTC+8 is 02:00:00Z
    assertThat(Cells.sqlTimestamp(Cells.timestamp("t", "2026-03-01 10:00:00")).toInstant())
        .isEqualTo(java.time.Instant.parse("2026-03-01T02:00:00Z"));
  }

  @Test
  void numbersWithSeparatorsPercentAndRange() {
    assertThat(Cells.number("招商引资额", "1,234.5", 0, 1e12)).isEqualTo(1234.5);
    assertThat(Cells.number("居民参选率", "69%", 0, 100)).isEqualTo(69.0);
    assertThat(reasonOf(() -> Cells.number("居民参选率", "150", 0, 100))).isEqualTo("bad_number");
    assertThat(reasonOf(() -> Cells.number("x", "4.40101E+11", 0, 1e12))).isEqualTo("bad_number");
    assertThat(reasonOf(() -> Cells.count("户数", "abc"))).isEqualTo("bad_number");
    assertThat(Cells.durationSeconds("所用时间", "120秒")).isEqualTo(120);
    assertThat(reasonOf(() -> Cells.durationSeconds("所用时间", "1分钟"))).isEqualTo("bad_number");
  }

  @Test
  void choicesAndYesNo() {
    assertThat(reasonOf(() -> Cells.choice("工单状态", "处理完", java.util.Set.of("已办结"))))
        .isEqualTo("bad_enum");
    assertThat(Cells.yesNo("是否退单", " 是 ")).isTrue();
    assertThat(reasonOf(() -> Cells.yesNo("是否退单", "Y"))).isEqualTo("bad_enum");
  }
}
