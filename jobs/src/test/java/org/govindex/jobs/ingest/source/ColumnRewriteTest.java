package org.govindex.jobs.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A profile's vocabularies and date-time patterns applied to the cells of a record. */
class ColumnRewriteTest {

  private final ColumnRewrite rewrite =
      new ColumnRewrite(
          List.of("工单状态", "来电时间", "受理日期"),
          Arrays.asList(Map.of("已归档", "已办结"), null, null),
          Arrays.asList(null, "yyyy年M月d日 HH:mm:ss", "yyyyMMdd"));

  @Test
  void valuesAreMappedAndDatesRewrittenInTheContractFormat() {
    assertThat(rewrite.apply(new String[] {" 已归档 ", "2026年5月1日 07:27:11", "20260105"}))
        .containsExactly("已办结", "2026-05-01 07:27:11", "2026-01-05");
  }

  @Test
  void whatTheProfileDoesNotKnowPassesUnchangedForTheValidatorToJudge() {
    assertThat(rewrite.apply(new String[] {"归档中", "2026-05-01 07:27:11", "2026/1/5"}))
        .containsExactly("归档中", "2026-05-01 07:27:11", "2026/1/5");
  }

  @Test
  void aDateThatDoesNotExistIsNotMovedToOneThatDoes() {
    assertThat(rewrite.apply(new String[] {"", "2026年2月30日 07:00:00", "20260231"}))
        .containsExactly("", "2026年2月30日 07:00:00", "20260231");
  }

  @Test
  void aShorterRecordIsRewrittenAsFarAsItGoes() {
    assertThat(rewrite.apply(new String[] {"已归档"})).containsExactly("已办结");
  }
}
