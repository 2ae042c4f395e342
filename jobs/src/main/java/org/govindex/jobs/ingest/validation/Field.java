package org.govindex.jobs.ingest.validation;

import java.io.Serializable;

/**
 * One column of a fixed-column table: where it is found, its output name and type, and whether an
 * empty cell is rejected ({@code missing_value}) or kept as null.
 */
public record Field(String output, ColumnRule rule, CellType type, boolean valueRequired)
    implements Serializable {

  public static Field required(String output, String header, CellType type) {
    return new Field(output, ColumnRule.equal(output, header), type, true);
  }

  /** Column required, empty cells allowed (null). */
  public static Field nullable(String output, String header, CellType type) {
    return new Field(output, ColumnRule.equal(output, header), type, false);
  }

  /** Column optional (null when absent), empty cells allowed. */
  public static Field optional(String output, String header, CellType type) {
    return new Field(output, ColumnRule.optionalEqual(output, header), type, false);
  }

  public String header() {
    return rule.text();
  }
}
