package org.govindex.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govindex.jobs.nightly.StepTime;
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

  @Test
  void aRowStatesTheFiguresWithThousandsGroupedAndTheRatiosWorkedOut() {
    BenchResult province =
        new BenchResult(
            "province",
            "/tmp/drop",
            6_334_425_237L,
            23_507_451L,
            2,
            352.33,
            List.of(
                new StepTime("ingestDropStep", 143.7),
                new StepTime("computeSurveyStep", 30.8),
                new StepTime("computeInnovationStep", 32.3),
                new StepTime("renderReportsStep", 113.0),
                new StepTime("publishOutputsStep", 5.6)),
            3_713_486_848L,
            List.of(
                new Aggregation("hotline", 31_500, 13.25, 11.88, 5.72, 5.43, List.of()),
                new Aggregation("survey", 216_000, 25.28, 22.75, 3.13, 2.90, List.of())),
            "1.63 2.19 1.90",
            "2.03 2.03 1.95");

    // by hand: 6,334.4 MB / 143.7 s / 2 cores = 22.04 MB/s per core; compute 30.8 + 32.3 = 63.1 s;
    // render and publish 113.0 + 5.6 = 118.6 s; 3,713,486,848 B = 3.71 GB (10^9); 11.88 / 5.43 =
    // 2.19; 22.75 / 2.90 = 7.84
    assertThat(BenchReport.row(province, "2026-12-07", "76e9c5f"))
        .isEqualTo(
            "| 2026-12-07 | 76e9c5f | province | 6,334 MB | 23,507,451 | **352.3 s** | 143.7 s (22.0)"
                + " | 63.1 s | 118.6 s | 3.71 GB | 11.88 s vs 5.43 s (2.2×) | 22.75 s vs 2.90 s"
                + " (7.8×) | yes | 1.63 2.19 1.90 → 2.03 2.03 1.95 |");
  }
}
