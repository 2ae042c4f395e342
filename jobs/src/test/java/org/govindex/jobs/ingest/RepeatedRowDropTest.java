package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drop whose work-order file is 256 MB of one repeated row (about a million copies) is ingested
 * end to end, duplicate rule and {@code rejects.csv} included, in a JVM of 512 MB heap, half the
 * file's size: the rejected copies stay in Spark until they are streamed to {@code rejects.csv}, so
 * no JVM holds them. One copy is accepted, every other is rejected as {@code duplicate_key} with
 * its own line in {@code rejects.csv}, and the file's counts balance. The registry is the bundled
 * sample's.
 */
class RepeatedRowDropTest {

  private static final long FILE_BYTES = 256L << 20;
  private static final Path SAMPLE =
      Path.of(System.getProperty("user.dir")).getParent().resolve("data-samples").resolve("drop");

  @TempDir Path dir;

  @Test
  void aFileOfOneRepeatedRowIsIngestedInAHeapHalfItsSize() throws Exception {
    assumeTrue(Files.isDirectory(SAMPLE.resolve("registry")), "bundled sample not found");
    Path drop = Files.createDirectories(dir.resolve("drop"));
    Files.createDirectories(drop.resolve("registry"));
    try (Stream<Path> tables = Files.list(SAMPLE.resolve("registry"))) {
      for (Path table : tables.toList()) {
        Files.copy(table, drop.resolve("registry").resolve(table.getFileName()));
      }
    }
    Path hotline = Files.createDirectories(drop.resolve("cases")).resolve("hotline_2026.csv");
    long copies = writeRepeated(SAMPLE.resolve("cases/hotline_2026_01-04.csv"), hotline);
    Path out = dir.resolve("ingested");

    Process child =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    IngestOneDrop.class.getName(),
                    drop.toString(),
                    out.toString()))
            .redirectErrorStream(true)
            .start();
    List<String> output = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                new String(
                        child.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .forEach(output::add);
              } catch (IOException e) {
                output.add(e.toString());
              }
            });
    reader.start();
    boolean ended = child.waitFor(300, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly();
    }
    reader.join(10_000);
    String tail = String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
    assertThat(ended).as("finished within 300 s").isTrue();
    assertThat(child.exitValue()).as(tail).isZero();

    assertThat(output)
        .as(tail)
        .contains("file cases/hotline_2026.csv " + copies + " 1 " + (copies - 1))
        .contains("reason duplicate_key " + (copies - 1));
    long duplicateLines;
    try (Stream<String> lines = Files.lines(out.resolve(RejectsFile.NAME))) {
      duplicateLines =
          lines
              .filter(l -> l.startsWith("cases/hotline_2026.csv,") && l.contains(",duplicate_key,"))
              .count();
    }
    assertThat(duplicateLines).isEqualTo(copies - 1);
  }

  /** The header of {@code sample} and its first row, repeated up to {@link #FILE_BYTES}. */
  private static long writeRepeated(Path sample, Path target) throws IOException {
    byte[] all = Files.readAllBytes(sample);
    int headerEnd = indexOf(all, 0);
    int rowEnd = indexOf(all, headerEnd + 1);
    byte[] header = Arrays.copyOfRange(all, 0, headerEnd + 1);
    byte[] row = Arrays.copyOfRange(all, headerEnd + 1, rowEnd + 1);
    long copies = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
      out.write(header);
      for (long bytes = header.length; bytes < FILE_BYTES; bytes += row.length) {
        out.write(row);
        copies++;
      }
    }
    return copies;
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("no line end after " + from);
  }
}
