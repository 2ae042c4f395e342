package org.govindex.samples;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** What every file writer needs: the settings, the registry and the drop folder. */
record DropContext(GeneratorSettings settings, Registry registry) {

  Path drop() {
    return settings.out();
  }

  int period() {
    return settings.period();
  }

  double defectRate() {
    return settings.defectRate();
  }

  /** A random stream of its own for one part of the drop. */
  SeededRandom random(String streamName) {
    return SeededRandom.forStream(settings.seed(), streamName);
  }

  /** The fixed time stamped into XLSX packages: the end of the period's export (1 Jan next). */
  LocalDateTime packageTime() {
    return LocalDateTime.of(settings.period() + 1, 1, 1, 8, 0);
  }

  /** Opens a data file of the drop. */
  DataFile open(String relativePath, FileFormat format, boolean quoteAll, boolean crlf)
      throws java.io.IOException {
    return DataFile.open(this, relativePath, format, quoteAll, crlf, -1);
  }
}
