package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of 50 MB of one repeated work-order row is read and validated by the task of one file in a
 * JVM of 64 MB heap: reading streams (one record in memory; the CSV cell buffer is bounded by
 * {@code CsvRecords.MAX_CELL_CHARS}), so the file's size does not matter. The generated file is 50
 * MB rather than 1 GB to keep the suite fast; the heap, not the file, is the bound under test. The
 * whole ingestion of such a drop, duplicate rule included, is {@link RepeatedRowDropTest}.
 */
class RepeatedRowStreamTest {

  private static final String ROW =
      "GD1,2026-03-01 10:00:00,电话,投诉,噪音,13700000001,440101001,440101001001,44010101,"
          + "2026-03-02 10:00:00,2026-03-01 12:00:00,2026-03-31 10:00:00,2026-03-10 10:00:00,"
          + "已办结,否,否,否,已解决,满意\n";

  @TempDir Path dir;

  @Test
  void fiftyMegabytesOfOneRowStreamThroughA64MegabyteHeap() throws Exception {
    Path file = dir.resolve("hotline_2026.csv");
    long rows = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(DropIngestionTest.HOTLINE_HEADER + "\n");
      long bytes = 0;
      long rowBytes = ROW.getBytes(StandardCharsets.UTF_8).length;
      while (bytes < 50L << 20) {
        out.write(ROW);
        bytes += rowBytes;
        rows++;
      }
    }
    Process child =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    StreamOneFile.class.getName(),
                    file.toString()))
            .redirectErrorStream(true)
            .start();
    boolean ended = child.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly();
    }
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ended).as("finished within 120 s").isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    List<String> lines = output.lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo(rows + " " + rows + " 0");
  }
}
