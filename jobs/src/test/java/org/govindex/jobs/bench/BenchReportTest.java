package org.govindex.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where {@code bench nightly} puts its row in BENCHMARKS.md. */
class BenchReportTest {

  private static final String ROW = "| 2026-12-03 | abc1234 | city | new |";

  @Test
  void theRowGoesAtTheEndOfTheTableAndTextBelowTheTableStaysBelowIt() {
    String text =
        "# Benchmarks\n\n"
            + BenchReport.SECTION
            + "\n\nAppended.\n\n"
            + BenchReport.HEADER
            + "| 2026-12-01 | old | city | one |\n"
            + "| 2026-12-02 | old | city | two |\n"
            + "\nA note on the rows above.\n\n## A later section\n\ntext\n";
    String expected =
        "# Benchmarks\n\n"
            + BenchReport.SECTION
            + "\n\nAppended.\n\n"
            + BenchReport.HEADER
            + "| 2026-12-01 | old | city | one |\n"
            + "| 2026-12-02 | old | city | two |\n"
            + ROW
            + "\n\nA note on the rows above.\n\n## A later section\n\ntext\n";
    assertThat(BenchReport.withRow(text, ROW)).isEqualTo(expected);
  }

  @Test
  void aFileWithoutTheSectionGetsItWithTheHeaderAtItsEnd() {
    assertThat(BenchReport.withRow("# Benchmarks\n", ROW))
        .isEqualTo(
            "# Benchmarks\n\n"
                + BenchReport.SECTION
                + "\n\nAppended by `./govindex bench nightly`; see above for what is timed.\n\n"
                + BenchReport.HEADER
                + ROW
                + "\n");
  }

  @Test
  void aTableAtTheVeryEndOfTheFileGetsTheRowLast() {
    String text = BenchReport.SECTION + "\n\n" + BenchReport.HEADER + "| 1 |";
    assertThat(BenchReport.withRow(text, ROW))
        .isEqualTo(BenchReport.SECTION + "\n\n" + BenchReport.HEADER + "| 1 |\n" + ROW + "\n");
  }

  @Test
  void aSectionWithoutATableGetsOneEvenWhenALaterSectionHasATable() {
    String text = BenchReport.SECTION + "\n\nAppended.\n\n## Later\n\n| a |\n";
    assertThat(BenchReport.withRow(text, ROW))
        .isEqualTo(
            BenchReport.SECTION
                + "\n\n"
                + BenchReport.HEADER
                + ROW
                + "\n\nAppended.\n\n## Later\n\n| a |\n");
  }
}
