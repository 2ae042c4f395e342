package org.govindex.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset or result table as it passes between stages: its machine name (file and folder name),
 * Chinese title and one-line description, and its columns in order.
 *
 * @param name the machine name, e.g. {@code appraisal} ({@code tables/appraisal.csv})
 * @param title the Chinese title (workbook sheet, report captions)
 * @param description one Chinese sentence saying what a row is
 * @param columns the columns in output order, names unique
 */
public record TableSpec(String name, String title, String description, List<ColumnSpec> columns)
    implements java.io.Serializable {

  public TableSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    columns = List.copyOf(columns);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      if (seen.put(columns.get(i).name(), i) != null) {
        throw new IllegalArgumentException(name + ": column " + columns.get(i).name() + " twice");
      }
    }
  }

  /** Starts a spec. */
  public static Builder builder(String name, String title, String description) {
    return new Builder(name, title, description);
  }

  /** The column names in order. */
  public List<String> names() {
    return columns.stream().map(ColumnSpec::name).toList();
  }

  /** The position of a column. */
  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(Messages.text("contract.table.noColumn", name, column));
  }

  /** Whether the table has the column. */
  public boolean has(String column) {
    return columns.stream().anyMatch(c -> c.name().equals(column));
  }

  /** The column of a name. */
  public ColumnSpec column(String column) {
    return columns.get(indexOf(column));
  }

  /** The CSV file name of the table: {@code <name>.csv}. */
  public String csvFileName() {
    return name + ".csv";
  }

  /** Builds a spec column by column. */
  public static final class Builder {
    private final String name;
    private final String title;
    private final String description;
    private final List<ColumnSpec> columns = new ArrayList<>();

    private Builder(String name, String title, String description) {
      this.name = name;
      this.title = title;
      this.description = description;
    }

    /** A column that always has a value. */
    public Builder required(String column, ColumnType type, String columnTitle) {
      columns.add(ColumnSpec.required(column, type, columnTitle));
      return this;
    }

    /** A column that may be empty. */
    public Builder optional(String column, ColumnType type, String columnTitle) {
      columns.add(ColumnSpec.optional(column, type, columnTitle));
      return this;
    }

    /** Appends the columns of another spec, in their order. */
    public Builder columns(List<ColumnSpec> more) {
      columns.addAll(more);
      return this;
    }

    public TableSpec build() {
      return new TableSpec(name, title, description, columns);
    }
  }
}
