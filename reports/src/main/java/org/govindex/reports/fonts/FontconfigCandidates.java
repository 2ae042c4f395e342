package org.govindex.reports.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Font files that fontconfig knows to cover Chinese: the output of {@code fc-list :lang=zh file}.
 * Empty when fontconfig is absent or fails.
 */
public final class FontconfigCandidates implements Supplier<List<Path>> {

  private static final long TIMEOUT_SECONDS = 10;

  @Override
  public List<Path> get() {
    try {
      Process process =
          new ProcessBuilder("fc-list", ":lang=zh", "file").redirectErrorStream(false).start();
      process.getOutputStream().close();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return List.of();
      }
      return process.exitValue() == 0 ? parse(output) : List.of();
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /**
   * Parses {@code fc-list ... file} output: one {@code /path/to/font.ttc: } per line. Paths come
   * back sorted, so that the choice does not depend on fontconfig's cache order.
   */
  static List<Path> parse(String output) {
    TreeSet<String> files = new TreeSet<>();
    for (String line : output.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.endsWith(":")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
      }
      if (!trimmed.isEmpty()) {
        files.add(trimmed);
      }
    }
    return files.stream().map(Path::of).toList();
  }
}
