package org.govindex.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable table of rows of a {@link TableSpec}: what one stage hands to the next (a result
 * table before it is written, or after it is read back). Values are typed by the spec ({@link
 * ColumnType#javaType()}); {@code null} is no value and only allowed in nullable columns. Rows keep
 * the order in which they were added.
 */
public final class Table {

  private final TableSpec spec;
  private final List<Object[]> rows;

  private Table(TableSpec spec, List<Object[]> rows) {
    this.spec = spec;
    this.rows = rows;
  }

  /** Starts a table of the spec. */
  public static Builder builder(TableSpec spec) {
    return new Builder(spec);
  }

  public TableSpec spec() {
    return spec;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /** Row {@code index} (0-based). */
  public Row row(int index) {
    return new Row(index);
  }

  /** All rows, in order. */
  public List<Row> rows() {
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(new Row(i));
    }
    return out;
  }

  /** The value of a cell, of the column's type, or null. */
  public Object value(int row, int column) {
    Object v = rows.get(row)[column];
    return v instanceof double[] d ? d.clone() : v;
  }

  /** A read view of one row; values by column name. */
  public final class Row {
    private final int index;

    private Row(int index) {
      this.index = index;
    }

    /** The position of the row in the table. */
    public int index() {
      return index;
    }

    public Object get(String column) {
      return value(index, spec.indexOf(column));
    }

    public String string(String column) {
      return (String) typed(column, ColumnType.STRING);
    }

    public Integer integer(String column) {
      return (Integer) typed(column, ColumnType.INT);
    }

    public Long longValue(String column) {
      return (Long) typed(column, ColumnType.LONG);
    }

    public Double number(String column) {
      return (Double) typed(column, ColumnType.DOUBLE);
    }

    public Boolean bool(String column) {
      return (Boolean) typed(column, ColumnType.BOOLEAN);
    }

    public LocalDate date(String column) {
      return (LocalDate) typed(column, ColumnType.DATE);
    }

    public LocalDateTime timestamp(String column) {
      return (LocalDateTime) typed(column, ColumnType.TIMESTAMP);
    }

    public double[] doubles(String column) {
      return (double[]) typed(column, ColumnType.DOUBLE_LIST);
    }

    private Object typed(String column, ColumnType expected) {
      int i = spec.indexOf(column);
      ColumnType type = spec.columns().get(i).type();
      if (type != expected) {
        throw new IllegalArgumentException(
            spec.name() + "." + column + " is " + type + ", read as " + expected);
      }
      return value(index, i);
    }
  }

  /** Adds rows; every value is checked against the spec when the row is added. */
  public static final class Builder {
    private final TableSpec spec;
    private final List<Object[]> rows = new ArrayList<>();

    private Builder(TableSpec spec) {
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Starts a row; unset cells are null. */
    public RowBuilder row() {
      return new RowBuilder(this);
    }

    /** Adds a row given in column order. */
    public Builder add(Object... values) {
      if (values.length != spec.columns().size()) {
        throw new IllegalArgumentException(
            spec.name()
                + ": "
                + values.length
                + " values for "
                + spec.columns().size()
                + " columns");
      }
      Object[] copy = Arrays.copyOf(values, values.length);
      for (int i = 0; i < copy.length; i++) {
        check(spec.columns().get(i), copy[i]);
        if (copy[i] instanceof double[] d) {
          copy[i] = d.clone();
        }
      }
      rows.add(copy);
      return this;
    }

    public int size() {
      return rows.size();
    }

    public Table build() {
      return new Table(spec, List.copyOf(rows));
    }

    private void check(ColumnSpec column, Object value) {
      if (value == null) {
        if (!column.nullable()) {
          throw new IllegalArgumentException(
              Messages.text(
                  "contract.table.needsValue", spec.name(), column.name(), rows.size() + 1));
        }
        return;
      }
      if (!column.type().accepts(value)) {
        throw new IllegalArgumentException(
            Messages.text(
                "contract.table.wrongType",
                spec.name(),
                column.name(),
                column.type(),
                value.getClass().getSimpleName()));
      }
    }
  }

  /** One row being built, cells set by column name. */
  public static final class RowBuilder {
    private final Builder table;
    private final Object[] values;

    private RowBuilder(Builder table) {
      this.table = table;
      this.values = new Object[table.spec.columns().size()];
    }

    /** Sets a cell; the value must be of the column's type (or null). */
    public RowBuilder set(String column, Object value) {
      values[table.spec.indexOf(column)] = value;
      return this;
    }

    /** Adds the row to its table. */
    public Builder add() {
      return table.add(values);
    }
  }
}
