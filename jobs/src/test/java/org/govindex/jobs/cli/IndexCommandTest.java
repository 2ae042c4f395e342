package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govindex index} on the shipped ASEM recipes reproduces both COINr fixtures. */
class IndexCommandTest {

  @TempDir Path tmp;

  private static Path asem() {
    Path dir =
        Path.of(System.getProperty("user.dir"))
            .getParent()
            .resolveSibling("shared")
            .resolve("reference/asem");
    assumeTrue(Files.isDirectory(dir), "shared reference data absent");
    return dir;
  }

  private static Path recipe(String name) {
    return Path.of(System.getProperty("user.dir"))
        .getParent()
        .resolve("indicators/examples/asem")
        .resolve(name);
  }

  private static List<CSVRecord> read(Path file) throws Exception {
    try (Reader r = Files.newBufferedReader(file);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    }
  }

  @Test
  void pipelinesAAndBReproduceTheFixtures() throws Exception {
    check("pipeline-a.yaml", "fixtureA_minmax_amean.csv");
    check("pipeline-b.yaml", "fixtureB_example_coin.csv");
  }

  private void check(String recipe, String fixture) throws Exception {
    Path dir = asem();
    Path out = tmp.resolve(recipe + ".csv");
    int status =
        Main.run(
            "index",
            "--meta",
            dir.resolve("ASEM_iMeta.csv").toString(),
            "--data",
            dir.resolve("ASEM_iData.csv").toString(),
            "--recipe",
            recipe(recipe).toString(),
            "--out",
            out.toString());
    assertThat(status).isZero();
    List<String> header = Files.readAllLines(out).get(0).lines().toList();
    assertThat(header.get(0))
        .isEqualTo(
            "uCode,Physical,ConEcFin,Political,Instit,P2P,Environ,Social,SusEcFin,Conn,Sust,Index,Rank");
    Map<String, CSVRecord> expected = new HashMap<>();
    read(asem().resolve(fixture)).forEach(r -> expected.put(r.get("uCode"), r));
    List<CSVRecord> actual = read(out);
    assertThat(actual).hasSize(51);
    double[] index = actual.stream().mapToDouble(r -> Double.parseDouble(r.get("Index"))).toArray();
    for (CSVRecord row : actual) {
      CSVRecord want = expected.get(row.get("uCode"));
      for (String agg : want.getParser().getHeaderNames().subList(1, 12)) {
        assertThat(Double.parseDouble(row.get(agg)))
            .as("%s %s %s", fixture, row.get("uCode"), agg)
            .isCloseTo(Double.parseDouble(want.get(agg)), within(1e-6));
      }
      // independent rank: 1 + number of units with a strictly higher index
      double mine = Double.parseDouble(row.get("Index"));
      long higher = Arrays.stream(index).filter(v -> v > mine).count();
      assertThat(Integer.parseInt(row.get("Rank"))).isEqualTo(1 + higher);
    }
  }

  @Test
  void writesAnalysisUncertaintySensitivityAndLog() throws Exception {
    Path dir = asem();
    int status =
        Main.run(
            "index",
            "--meta",
            dir.resolve("ASEM_iMeta.csv").toString(),
            "--data",
            dir.resolve("ASEM_iData.csv").toString(),
            "--recipe",
            recipe("pipeline-b.yaml").toString(),
            "--out",
            tmp.resolve("o.csv").toString(),
            "--analysis-out",
            tmp.resolve("a.csv").toString(),
            "--uncertainty-out",
            tmp.resolve("u.csv").toString(),
            "--sensitivity-out",
            tmp.resolve("s.csv").toString(),
            "--log-out",
            tmp.resolve("l.csv").toString(),
            "--data-out",
            tmp.resolve("d.csv").toString(),
            "--replications",
            "50",
            "--seed",
            "3");
    assertThat(status).isZero();
    List<CSVRecord> u = read(tmp.resolve("u.csv"));
    assertThat(u).hasSize(51);
    for (CSVRecord r : u) {
      assertThat(Double.parseDouble(r.get("rank_p05")))
          .isLessThanOrEqualTo(Double.parseDouble(r.get("rank_p95")));
    }
    assertThat(read(tmp.resolve("s.csv")))
        .extracting(r -> r.get("factor"))
        .containsExactly("weights", "normalise", "aggregate", "treat", "impute");
    assertThat(read(tmp.resolve("a.csv")))
        .extracting(r -> r.get("measure"))
        .contains("correlation", "cronbach_alpha", "pca_first_share", "loo_mean_abs_rank_shift");
    List<CSVRecord> log = read(tmp.resolve("l.csv"));
    // one treat line per indicator (49), 15 of them winsorised (the fixture's README)
    assertThat(log.stream().filter(r -> r.get("step").equals("treat")).count()).isEqualTo(49);
    assertThat(
            log.stream()
                .filter(
                    r -> r.get("step").equals("treat") && r.get("detail").startsWith("winsorised"))
                .count())
        .isEqualTo(15);
    assertThat(log)
        .anySatisfy(r -> assertThat(r.get("detail")).startsWith("mean of EurAsia_group="));
    // long stage table: Raw, Denominated, Imputed (51 units x 49 indicators), Screened, Treated,
    // Normalised (51 x 49), Aggregated (51 x 60 nodes)
    List<CSVRecord> data = read(tmp.resolve("d.csv"));
    assertThat(data.stream().map(r -> r.get("dset")).distinct())
        .containsExactly(
            "Raw", "Denominated", "Imputed", "Screened", "Treated", "Normalised", "Aggregated");
    assertThat(data).hasSize(6 * 51 * 49 + 51 * 60);
    // the Aggregated index equals the scores file
    Map<String, String> index = new HashMap<>();
    for (CSVRecord r : read(tmp.resolve("o.csv"))) {
      index.put(r.get("uCode"), r.get("Index"));
    }
    assertThat(
            data.stream()
                .filter(r -> r.get("dset").equals("Aggregated") && r.get("iCode").equals("Index")))
        .hasSize(51)
        .allSatisfy(r -> assertThat(r.get("value")).isEqualTo(index.get(r.get("uCode"))));
  }

  @Test
  void writesTheStagesWide() throws Exception {
    Path dir = asem();
    int status =
        Main.run(
            "index",
            "--meta",
            dir.resolve("ASEM_iMeta.csv").toString(),
            "--data",
            dir.resolve("ASEM_iData.csv").toString(),
            "--recipe",
            recipe("pipeline-a.yaml").toString(),
            "--out",
            tmp.resolve("o.csv").toString(),
            "--data-out",
            tmp.resolve("w.csv").toString(),
            "--data-format",
            "wide");
    assertThat(status).isZero();
    List<CSVRecord> wide = read(tmp.resolve("w.csv"));
    // Raw, Normalised, Aggregated: 51 rows each; Raw has no aggregate columns
    assertThat(wide).hasSize(3 * 51);
    CSVRecord raw = wide.get(0);
    assertThat(raw.get("dset")).isEqualTo("Raw");
    assertThat(raw.get("Index")).isEmpty();
    assertThat(wide.get(2 * 51).get("dset")).isEqualTo("Aggregated");
    assertThat(wide.get(2 * 51).get("Index")).isNotEmpty();
  }

  @Test
  void failsWithOneLineNamingTheProblem() throws Exception {
    Path meta = tmp.resolve("META.csv");
    Files.writeString(
        meta,
        "iCode,Level,Parent,Type,Direction,Weight\nI1,1,P,Indicator,1,1\nP,2,Q,Aggregate,1,1\n");
    Path data = tmp.resolve("DATA.csv");
    Files.writeString(data, "uCode,I1\na,1\nb,2\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    int status;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      status =
          Main.run(
              "index",
              "--meta",
              meta.toString(),
              "--data",
              data.toString(),
              "--out",
              tmp.resolve("o.csv").toString());
    } finally {
      System.setErr(old);
    }
    assertThat(status).isNotZero();
    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertThat(message.lines()).hasSize(1);
    assertThat(message).contains("META.csv row 2: orphan P: Parent Q is not in META");
  }

  @Test
  void benchIndexPrintsItsFigures() {
    Path dir = asem();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      status =
          Main.run(
              "bench",
              "index",
              "--asem",
              dir.toString(),
              "--recipe",
              recipe("pipeline-b.yaml").toString(),
              "--rebuilds",
              "20",
              "--replications",
              "20");
    } finally {
      System.setOut(old);
    }
    assertThat(status).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("20 warm rebuilds").contains("uncertainty: 20 replications");
  }
}
