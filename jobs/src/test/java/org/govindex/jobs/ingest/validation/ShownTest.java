package org.govindex.jobs.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a reject reason may show of a value. */
class ShownTest {

  @Test
  void shortNonPersonalValuesAreShown() {
    assertThat(Shown.value("还行")).isEqualTo("「还行」");
    assertThat(Shown.value("4.40104E+11")).isEqualTo("「4.40104E+11」");
    assertThat(Shown.value("2026/13/01 10:00:00")).isEqualTo("「2026/13/01 10:00:00」");
    assertThat(Shown.value("440101001999")).isEqualTo("「440101001999」");
    assertThat(Shown.value("440199001")).isEqualTo("「440199001」");
  }

  @Test
  void phoneAndIdLikeValuesAreNeverShown() {
    for (String value :
        new String[] {"13812345678", "138 1234 5678", "44010119800101123X", "020-81234567"}) {
      assertThat(Shown.value(value)).as(value).isEqualTo("（疑似个人信息，不予显示）");
    }
  }

  @Test
  void longValuesShowOnlyTheirLength() {
    assertThat(Shown.value("长".repeat(25))).isEqualTo("（25 个字符，不予显示）");
    assertThat(Shown.value("  ")).isEqualTo("（空）");
  }

  @Test
  void aPhoneShiftedIntoACodeColumnIsNotEchoed() {
    CellRejection rejection = null;
    try {
      Cells.code("社区代码", "13812345678", org.govindex.contract.UnitLevel.COMMUNITY);
    } catch (CellRejection r) {
      rejection = r;
    }
    assertThat(rejection).isNotNull();
    assertThat(rejection.code()).isEqualTo("bad_code");
    assertThat(rejection.reason())
        .isEqualTo("社区代码：（疑似个人信息，不予显示） 不是 12 位数字代码")
        .doesNotContain("13812345678");
  }
}
