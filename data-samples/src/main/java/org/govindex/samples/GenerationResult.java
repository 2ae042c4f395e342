package org.govindex.samples;

import java.util.List;

/**
 * What {@link DropGenerator#generate} wrote: the settings and every data file, in writing order.
 */
public record GenerationResult(GeneratorSettings settings, List<GeneratedFile> files) {

  public GenerationResult {
    files = List.copyOf(files);
  }

  /** Data rows of the files whose path starts with {@code prefix}, e.g. {@code cases/hotline_}. */
  public long rows(String prefix) {
    long rows = 0;
    for (GeneratedFile file : files) {
      if (file.path().startsWith(prefix)) {
        rows += file.rows();
      }
    }
    return rows;
  }

  public long plantedDefects() {
    long total = 0;
    for (GeneratedFile file : files) {
      total += file.plantedDefects();
    }
    return total;
  }

  public long bytes() {
    long total = 0;
    for (GeneratedFile file : files) {
      total += file.bytes();
    }
    return total;
  }
}
