package org.govindex.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a dataset or result table.
 *
 * @param name the machine name (ASCII snake_case), the CSV header and the Parquet field name
 * @param type the value type
 * @param nullable whether the column may hold no value
 * @param title the Chinese header shown to readers (workbook, reports)
 */
public record ColumnSpec(String name, ColumnType type, boolean nullable, String title)
    implements java.io.Serializable {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public ColumnSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(Messages.text("contract.column.badName", name));
    }
  }

  /** A column that may be empty. */
  public static ColumnSpec optional(String name, ColumnType type, String title) {
    return new ColumnSpec(name, type, true, title);
  }

  /** A column that always has a value. */
  public static ColumnSpec required(String name, ColumnType type, String title) {
    return new ColumnSpec(name, type, false, title);
  }
}
