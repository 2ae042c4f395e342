package org.govindex.jobs.ingest.validation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.RejectReason;
import org.govindex.contract.TableSpec;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.io.SparkSchemas;

/**
 * A fixed-column table (registry, cases, facts): each field is parsed in column order and the first
 * failing field gives the reason; then derived columns, the table's row check and the contract's
 * consistency rules ({@link org.govindex.contract.ConsistencyRules}) run. The output columns are
 * those of the contract's dataset ({@link org.govindex.contract.Datasets}).
 *
 * @param spec the contract's dataset: output columns, order and types
 * @param key output names whose repetition among accepted rows is {@code duplicate_key}
 */
public record FieldTable(
    TableSpec spec,
    List<Field> fields,
    List<Derived> derived,
    List<String> key,
    RowCheck check,
    Pseudonymizer pseudonymizer)
    implements RowValidator {

  static final String SOURCE_FILE = "source_file";
  static final String ROW_NUMBER = "row_number";

  /** A column computed from the parsed values. */
  public record Derived(String output, Derivation derivation) implements Serializable {}

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
    key = List.copyOf(key);
    for (Field f : fields) {
      ColumnSpec column = spec.column(f.output());
      if (column.type() != f.type().produces()) {
        throw new IllegalStateException(
            spec.name()
                + "."
                + f.output()
                + ": the contract says "
                + column.type()
                + ", the field gives "
                + f.type().produces());
      }
    }
    for (ColumnSpec c : spec.columns()) {
      boolean known =
          c.name().equals(SOURCE_FILE)
              || c.name().equals(ROW_NUMBER)
              || fields.stream().anyMatch(f -> f.output().equals(c.name()))
              || derived.stream().anyMatch(d -> d.output().equals(c.name()));
      if (!known) {
        throw new IllegalStateException(spec.name() + ": no field for column " + c.name());
      }
    }
  }

  @Override
  public String dataset() {
    return spec.name();
  }

  @Override
  public StructType schema() {
    return SparkSchemas.of(spec);
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
  public Projection project(String file, List<String> headers) {
    Map<String, Integer> found =
        ColumnLocator.locate(file, headers, fields.stream().map(Field::rule).toList());
    int[] columns = new int[fields.size()];
    String[] constants = new String[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      Integer index = found.get(fields.get(i).output());
      columns[i] = index == null ? -1 : index;
      constants[i] = "";
    }
    return new Projection(columns, constants);
  }

  @Override
  public Object[] validate(String[] cells, String file, long rowNumber, UnitRegistry registry) {
    CellType.Context rowContext = new CellType.Context(registry, pseudonymizer);
    Map<String, Object> values = new HashMap<>();
    values.put(SOURCE_FILE, file);
    values.put(ROW_NUMBER, rowNumber);
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      String text = cells[i];
      Object value;
      if (Cells.isBlank(text)) {
        if (field.valueRequired()) {
          throw new CellRejection(RejectReason.MISSING_VALUE, field.header() + "为空");
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
    RowRules.check(spec, values);
    List<ColumnSpec> columns = spec.columns();
    Object[] out = new Object[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(columns.get(i).name());
    }
    return out;
  }
}
