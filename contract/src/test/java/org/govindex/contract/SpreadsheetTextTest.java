package org.govindex.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

  @Test
  void formulaLikeTextGetsOneApostropheInCsv() {
    assertThat(SpreadsheetText.forCsv("=HYPERLINK(\"http://x\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(SpreadsheetText.forCsv("=1+1长者饭堂项目")).isEqualTo("'=1+1长者饭堂项目");
    assertThat(SpreadsheetText.forCsv("+86")).isEqualTo("'+86");
    assertThat(SpreadsheetText.forCsv("-2x")).isEqualTo("'-2x");
    assertThat(SpreadsheetText.forCsv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetText.forCsv("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetText.forCsv("\rx")).isEqualTo("'\rx");
  }

  @Test
  void plainTextIsUnchanged() {
    for (String text : List.of("", "长者饭堂", "a=1", "1+1", " =1")) {
      assertThat(SpreadsheetText.forCsv(text)).isEqualTo(text);
    }
    assertThat(SpreadsheetText.forCsv(null)).isNull();
  }

  @Test
  void readingBackGivesExactlyTheTextWritten() {
    for (String text : List.of("=1", "'=1", "'", "''", "'已有单引号", "x", "", "-", "@")) {
      assertThat(SpreadsheetText.fromCsv(SpreadsheetText.forCsv(text))).as(text).isEqualTo(text);
    }
  }
}
