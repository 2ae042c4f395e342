package org.govindex.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load averages over 1, 5 and 15 minutes ({@code /proc/loadavg}). */
final class LoadAverage {

  private LoadAverage() {}

  /** E.g. {@code "1.20 0.85 0.60"}, or {@code "unknown"}. */
  static String read() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
