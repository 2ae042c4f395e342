package org.govindex.samples;

import java.util.List;
import java.util.Map;

/**
 * One written data file.
 *
 * @param path path relative to the drop, {@code /} separated
 * @param rows data rows (header excluded), planted defect rows included
 * @param bytes file size
 * @param defectRows for each planted reason (in {@link DefectReason} order), the 1-based data row
 *     numbers that carry it
 */
public record GeneratedFile(
    String path,
    FileFormat format,
    int rows,
    long bytes,
    Map<DefectReason, List<Integer>> defectRows) {

  public GeneratedFile {
    defectRows = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(defectRows));
  }

  /** Number of planted defect rows of all reasons. */
  public int plantedDefects() {
    int total = 0;
    for (List<Integer> rowsOfReason : defectRows.values()) {
      total += rowsOfReason.size();
    }
    return total;
  }
}
