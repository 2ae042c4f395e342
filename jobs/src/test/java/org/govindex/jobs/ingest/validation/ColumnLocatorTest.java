package org.govindex.jobs.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.govindex.jobs.ingest.source.IngestionException;
import org.junit.jupiter.api.Test;

/** Header matching by normalised text. */
class ColumnLocatorTest {

  @Test
  void headerVariantsAreFoundByNormalisedText() {
    List<String> headers =
        List.of(" 序号 ", "1、提交答卷时间", "12．所用时间", "3：来自ＩＰ", "5) 您所在社区（必填）", "来源详情", "来源");
    Map<String, Integer> found =
        ColumnLocator.locate(
            "f.csv",
            headers,
            List.of(
                ColumnRule.equal("seq", "序号"),
                ColumnRule.equal("submitted", "提交答卷时间"),
                ColumnRule.equal("duration", "所用时间"),
                ColumnRule.equal("ip", "来自IP"),
                ColumnRule.containing("community", "所在社区"),
                ColumnRule.equal("source", "来源"),
                ColumnRule.equal("detail", "来源详情")));
    assertThat(found)
        .containsEntry("seq", 0)
        .containsEntry("submitted", 1)
        .containsEntry("duration", 2)
        .containsEntry("ip", 3)
        .containsEntry("community", 4)
        .containsEntry("source", 6)
        .containsEntry("detail", 5);
  }

  @Test
  void equalityRuleFallsBackToTheHeaderThatContainsIt() {
    Map<String, Integer> found =
        ColumnLocator.locate(
            "f.csv",
            List.of("社区代码", "社区服务用房面积（平方米）"),
            List.of(ColumnRule.equal("code", "社区代码"), ColumnRule.equal("area", "社区服务用房面积")));
    assertThat(found).containsEntry("area", 1);
  }

  @Test
  void missingRequiredColumnNamesFileAndColumn() {
    assertThatThrownBy(
            () ->
                ColumnLocator.locate(
                    "cases/hotline_1.csv",
                    List.of("工单编号"),
                    List.of(ColumnRule.equal("order", "工单编号"), ColumnRule.equal("t", "来电时间"))))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("cases/hotline_1.csv")
        .hasMessageContaining("来电时间")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anAbsentOptionalColumnIsLeftOut() {
    assertThat(
            ColumnLocator.locate(
                "f.csv",
                List.of("工单编号"),
                List.of(
                    ColumnRule.equal("order", "工单编号"), ColumnRule.optionalEqual("caller", "来电号码"))))
        .containsOnlyKeys("order");
  }

  @Test
  void twoHeadersMatchingOneRuleAreAnErrorNamingBoth() {
    assertThatThrownBy(
            () ->
                ColumnLocator.locate(
                    "surveys/resident_x.csv",
                    List.of("1、您所在社区", "2、您所在社区的名称"),
                    List.of(ColumnRule.containing("community", "所在社区"))))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("surveys/resident_x.csv")
        .hasMessageContaining("1、您所在社区")
        .hasMessageContaining("2、您所在社区的名称");
  }

  @Test
  void theRefusalsAreInTheUsersLanguage() {
    List<ColumnRule> rules =
        List.of(ColumnRule.equal("t", "来电时间"), ColumnRule.containing("community", "所在社区"));
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.CHINA);
      assertThatThrownBy(() -> ColumnLocator.locate("a.csv", List.of("所在社区"), rules))
          .hasMessage("a.csv：表头中没有必需的列「来电时间」（应有一列名为「来电时间」）");
      assertThatThrownBy(
              () -> ColumnLocator.locate("a.csv", List.of("来电时间", "您所在社区", "所在社区名称"), rules))
          .hasMessage("a.csv：表头中有多列对应「所在社区」：您所在社区、所在社区名称（每列只能出现一次）");
      java.util.Locale.setDefault(java.util.Locale.ROOT);
      assertThatThrownBy(() -> ColumnLocator.locate("a.csv", List.of("来电时间"), rules))
          .hasMessage(
              "a.csv: the header has no required column \"所在社区\" (a column whose name contains"
                  + " \"所在社区\" is needed)");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }
}
