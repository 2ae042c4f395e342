package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A fixed-column table (registry, cases, facts): each field is parsed in column order and the first
 * failing field gives the reason; then derived columns and a row check run.
 *
 * @param columns output column order (docs/datasets.md); names of fields, derived values, {@code
 *     source_file} and {@code row_number}
 * @param key output names whose repetition among accepted rows is {@code duplicate_key}
 */
public record FieldTable(
    String dataset,
    List<Field> fields,
    List<Derived> derived,
    List<String> columns,
    List<String> key,
    RowCheck check,
    Pseudonymizer pseudonymizer)
    implements RowValidator {

  /** A column computed from the parsed values. */
  public record Derived(String output, DataType type, Derivation derivation)
      implements Serializable {}

  /** Computes a derived value. */
  @FunctionalInterface
  public interface Derivation extends Serializable {
    Object apply(Map<String, Object> values);
  }

  /** A rule across fields; throws {@link CellRejection} (e.g. {@code inconsistent}). */
  @FunctionalInterface
  public interface RowCheck extends Serializable {
    void check(Map<String, Object> values, UnitRegistry registry);
  }

  public FieldTable {
    fields = List.copyOf(fields);
    derived = List.copyOf(derived);
    columns = List.copyOf(columns);
    key = List.copyOf(key);
  }

  @Override
  public StructType schema() {
    List<StructField> out = new ArrayList<>();
    for (String name : columns) {
      out.add(DataTypes.createStructField(name, typeOf(name), true));
    }
    return DataTypes.createStructType(out);
  }

  private DataType typeOf(String name) {
    if (name.equals(RawTable.SOURCE_FILE)) {
      return DataTypes.StringType;
    }
    if (name.equals(RawTable.ROW_NUMBER)) {
      return DataTypes.LongType;
    }
    for (Field field : fields) {
      if (field.output().equals(name)) {
        return field.type().dataType();
      }
    }
    for (Derived d : derived) {
      if (d.output().equals(name)) {
        return d.type();
      }
    }
    throw new IllegalStateException(dataset + ": no field for column " + name);
  }

  /** Header text of an output column (for reasons). */
  public String headerOf(String output) {
    return fields.stream()
        .filter(f -> f.output().equals(output))
        .map(Field::header)
        .findFirst()
        .orElse(output);
  }

  @Override
  public Dataset<Row> canonical(RawTable table) {
    Map<String, Integer> found =
        ColumnLocator.locate(
            table.file().relativePath(),
            table.headers(),
            fields.stream().map(Field::rule).toList());
    List<Column> select = new ArrayList<>();
    select.add(col(RawTable.SOURCE_FILE));
    select.add(col(RawTable.ROW_NUMBER));
    for (Field field : fields) {
      Integer index = found.get(field.output());
      select.add((index == null ? lit("") : col(RawTable.cell(index))).as(field.output()));
    }
    return table.rows().select(select.toArray(Column[]::new));
  }

  @Override
  public Object[] validate(Row raw, UnitRegistry registry) {
    CellType.Context rowContext = new CellType.Context(registry, pseudonymizer);
    Map<String, Object> values = new HashMap<>();
    values.put(RawTable.SOURCE_FILE, raw.getString(0));
    values.put(RawTable.ROW_NUMBER, raw.getLong(1));
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      String text = raw.isNullAt(i + 2) ? "" : raw.getString(i + 2);
      Object value;
      if (Cells.isBlank(text)) {
        if (field.valueRequired()) {
          throw new CellRejection(ReasonCodes.MISSING_VALUE, field.header() + " is empty");
        }
        value = null;
      } else {
        value = field.type().parse(field.header(), text, values, rowContext);
      }
      values.put(field.output(), value);
    }
    for (Derived d : derived) {
      values.put(d.output(), d.derivation().apply(values));
    }
    if (check != null) {
      check.check(values, registry);
    }
    Object[] out = new Object[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(columns.get(i));
    }
    return out;
  }
}
