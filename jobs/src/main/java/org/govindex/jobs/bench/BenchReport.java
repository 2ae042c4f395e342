package org.govindex.jobs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Where a benchmark run is recorded: {@code bench.json} (every figure, for scripts) and one dated
 * row with the commit appended to the table of BENCHMARKS.md's section {@value #SECTION}.
 */
public final class BenchReport {

  static final String SECTION = "## Nightly benchmark runs (`bench nightly`)";

  static final String HEADER =
      "| date | commit | scale | drop | rows read | nightly | ingest (MB/s per core) | compute |"
          + " render + publish | peak RSS | hotline agg. vs DuckDB (warm) | survey agg. vs DuckDB"
          + " (warm) | same values | load before → after |\n"
          + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";

  private BenchReport() {}

  /**
   * Writes bench.json, and appends the row to BENCHMARKS.md unless {@code benchmarksMd} is null.
   */
  public static void write(
      BenchResult result, String date, String commit, Path json, Path benchmarksMd) {
    writeJson(result, date, commit, json);
    if (benchmarksMd != null) {
      appendRow(result, date, commit, benchmarksMd);
    }
  }

  /** A few lines for the console. */
  public static String summary(BenchResult r) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "nightly (%s, %.0f MB, %,d rows): %.1f s on %d cores, peak RSS %.2f GB; ingest %.1f MB/s"
                + " per core%n",
            r.scale(),
            r.inputBytes() / 1e6,
            r.rowsRead(),
            r.nightlySeconds(),
            r.cores(),
            r.peakRssBytes() / 1e9,
            r.ingestMegabytesPerSecondPerCore()));
    for (var step : r.steps()) {
      out.append(String.format(Locale.ROOT, "  %-24s %8.1f s%n", step.step(), step.seconds()));
    }
    for (Aggregation a : r.aggregations()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s: govindex %.2f s (cold %.2f), DuckDB %.2f s (cold %.2f), ratio %.1f×, %s%n",
              a.name(),
              a.govindexWarmSeconds(),
              a.govindexColdSeconds(),
              a.duckdbWarmSeconds(),
              a.duckdbColdSeconds(),
              a.warmRatio(),
              a.same()
                  ? "same values in all " + a.groups() + " groups"
                  : a.differences().size() + " groups DIFFER, e.g. " + a.differences().get(0)));
    }
    out.append("load average before → after: ")
        .append(r.loadBefore())
        .append(" → ")
        .append(r.loadAfter());
    return out.toString();
  }

  static void writeJson(BenchResult result, String date, String commit, Path file) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("date", date);
    root.put("commit", commit);
    ObjectNode body = mapper.valueToTree(result);
    body.put("ingest_mb_per_s_per_core", result.ingestMegabytesPerSecondPerCore());
    root.setAll(body);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      mapper.writeValue(tmp.toFile(), root);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds the row at the end of the section's table (text written below the table stays below it),
   * adding the section and its table header at the end of the file when the file has none.
   */
  static void appendRow(BenchResult result, String date, String commit, Path benchmarksMd) {
    try {
      String text =
          Files.exists(benchmarksMd)
              ? Files.readString(benchmarksMd, StandardCharsets.UTF_8)
              : "# Benchmarks\n";
      Files.writeString(
          benchmarksMd, withRow(text, row(result, date, commit)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with {@code row} after the last line of the section's table. */
  static String withRow(String text, String row) {
    int section = text.indexOf(SECTION);
    if (section < 0) {
      return text
          + (text.endsWith("\n") ? "\n" : "\n\n")
          + SECTION
          + "\n\nAppended by `./govindex bench nightly`; see above for what is timed.\n\n"
          + HEADER
          + row
          + "\n";
    }
    int header = text.indexOf("\n|", section);
    int nextSection = text.indexOf("\n## ", section + SECTION.length());
    if (header < 0 || (nextSection >= 0 && header > nextSection)) {
      int end = text.indexOf('\n', section) + 1;
      return text.substring(0, end) + "\n" + HEADER + row + "\n" + text.substring(end);
    }
    int end = header + 1;
    while (end < text.length() && text.startsWith("|", end)) {
      int next = text.indexOf('\n', end);
      end = next < 0 ? text.length() : next + 1;
    }
    String before = text.substring(0, end);
    return before + (before.endsWith("\n") ? "" : "\n") + row + "\n" + text.substring(end);
  }

  static String row(BenchResult r, String date, String commit) {
    Aggregation hotline = r.aggregations().get(0);
    Aggregation survey = r.aggregations().get(1);
    boolean same = r.aggregations().stream().allMatch(Aggregation::same);
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %,.0f MB | %,d | **%.1f s** | %.1f s (%.1f) | %.1f s | %.1f s | %.2f GB |"
            + " %.2f s vs %.2f s (%.1f×) | %.2f s vs %.2f s (%.1f×) | %s | %s → %s |",
        date,
        commit,
        r.scale(),
        r.inputBytes() / 1e6,
        r.rowsRead(),
        r.nightlySeconds(),
        r.stepSeconds("ingest"),
        r.ingestMegabytesPerSecondPerCore(),
        r.stepSeconds("compute"),
        r.stepSeconds("render") + r.stepSeconds("publish"),
        r.peakRssBytes() / 1e9,
        hotline.govindexWarmSeconds(),
        hotline.duckdbWarmSeconds(),
        hotline.warmRatio(),
        survey.govindexWarmSeconds(),
        survey.duckdbWarmSeconds(),
        survey.warmRatio(),
        same ? "yes" : "**no**",
        r.loadBefore(),
        r.loadAfter());
  }
}
