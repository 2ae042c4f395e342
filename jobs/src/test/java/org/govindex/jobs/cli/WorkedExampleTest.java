package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/index-engine.md, shipped in indicators/examples/street-index, gives
 * the values worked out by hand in that document.
 */
class WorkedExampleTest {

  private static final Path EXAMPLE = Path.of("..", "indicators", "examples", "street-index");

  @Test
  void theStreetIndexExampleMatchesTheHandComputation(@TempDir Path tmp) throws Exception {
    List<String> lines = index(EXAMPLE.resolve("data.csv"), tmp.resolve("out.csv"));
    assertThat(lines.get(0)).isEqualTo("uCode,Participation,Service,Index,Rank");
    Map<String, String[]> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      rows.put(cells[0], cells);
    }
    // By hand (docs/index-engine.md): Participation 45, 18.75, 53.125;
    // Service 45.4545…, 0, 100; Index 45.1515…, 12.5, 68.75; ranks 2, 3, 1.
    assertThat(Double.parseDouble(rows.get("S01")[1])).isCloseTo(45.0, within(1e-9));
    assertThat(Double.parseDouble(rows.get("S02")[1])).isCloseTo(18.75, within(1e-9));
    assertThat(Double.parseDouble(rows.get("S03")[1])).isCloseTo(53.125, within(1e-9));
    assertThat(Double.parseDouble(rows.get("S01")[2])).isCloseTo(100.0 * 15 / 33, within(1e-9));
    assertThat(Double.parseDouble(rows.get("S01")[3]))
        .isCloseTo((2 * 45.0 + 100.0 * 15 / 33) / 3, within(1e-9));
    assertThat(Double.parseDouble(rows.get("S02")[3])).isCloseTo(12.5, within(1e-9));
    assertThat(Double.parseDouble(rows.get("S03")[3])).isCloseTo(68.75, within(1e-9));
    assertThat(rows.get("S01")[4]).isEqualTo("2");
    assertThat(rows.get("S02")[4]).isEqualTo("3");
    assertThat(rows.get("S03")[4]).isEqualTo("1");
  }

  @Test
  void aUnitCodeASpreadsheetWouldEvaluateIsWrittenNeutralised(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data.csv");
    Files.writeString(
        data,
        Files.readString(EXAMPLE.resolve("data.csv"), StandardCharsets.UTF_8)
            .replace("S01", "=HYPERLINK(\"x\")"),
        StandardCharsets.UTF_8);
    List<String> lines = index(data, tmp.resolve("out.csv"));
    // the code keeps its text behind one apostrophe; the scores stay numbers
    assertThat(lines).anyMatch(line -> line.startsWith("\"'=HYPERLINK(\"\"x\"\")\",45.0,"));
    assertThat(lines).noneMatch(line -> line.startsWith("="));
  }

  /** Runs {@code govindex index} on the example's framework and recipe; the lines of OUT. */
  private static List<String> index(Path data, Path out) throws Exception {
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "index",
            "--meta",
            EXAMPLE.resolve("meta.csv").toString(),
            "--data",
            data.toString(),
            "--recipe",
            EXAMPLE.resolve("recipe.yaml").toString(),
            "--out",
            out.toString());
    assertThat(status).as(err.toString()).isZero();
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }
}
