package org.govindex.jobs.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govindex.contract.testing.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link Progress} in a log: a line at most every ten seconds, and always one at the end. */
@ExtendWith(ChineseLocale.class)
class ProgressTest {

  @Test
  void givenQuickStepsWhenTheWorkEndsThenOneFinalLineSaysSoOnce() {
    List<String> lines = new ArrayList<>();
    try (Progress progress = Progress.inLines("读取数据", 2_000_000, lines::add)) {
      progress.add(500_000);
      progress.add(1_000_000);
      assertThat(lines).isEmpty();
      progress.add(500_000);
      progress.add(0);
    }
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("读取数据：100%（2.0 / 2.0 MB，").endsWith("MB/s，完成）");
  }

  @Test
  void aLineInTheMiddleGivesTheShareDoneAndTheTimeLeftAtTheRateSoFar() {
    List<String> lines = new ArrayList<>();
    Progress progress = Progress.inLines("读取数据", 400_000_000, lines::add);
    progress.add(100_000_000);
    // 100 MB of 400 MB: 25 %; at whatever rate r so far, 300 MB are left: 300 / r seconds
    String line = progress.line(System.nanoTime());
    assertThat(line).startsWith("读取数据：25%（100 / 400 MB，").contains("还需约 ");
    double rate = Double.parseDouble(line.replaceAll(".*MB，([0-9.]+) MB/s.*", "$1"));
    double left = Double.parseDouble(line.replaceAll(".*还需约 ([0-9]+) 秒.*", "$1"));
    assertThat(left)
        .isCloseTo(300 / rate, org.assertj.core.data.Offset.offset(300 / rate * 0.05 + 1));
  }

  @Test
  void givenAnEnglishLocaleThenTheLineIsInEnglishWithTheSameNumbers() {
    Locale.setDefault(Locale.ENGLISH);
    List<String> lines = new ArrayList<>();
    try (Progress progress = Progress.inLines("reading data", 2_000_000, lines::add)) {
      progress.add(2_000_000);
    }
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .startsWith("reading data: 100% (2.0 / 2.0 MB, ")
        .endsWith(" MB/s, done)");
    Progress middle = Progress.inLines("reading data", 400_000_000, lines::add);
    middle.add(100_000_000);
    assertThat(middle.line(System.nanoTime()))
        .startsWith("reading data: 25% (100 / 400 MB, ")
        .matches(".*, about [0-9]+ s left\\)");
  }
}
