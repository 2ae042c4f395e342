package org.govindex.jobs.ingest;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** The type of a cell of a fixed-column table: its Spark type and how its text is parsed. */
public sealed interface CellType extends Serializable {

  DataType dataType();

  /**
   * Parses a non-blank cell.
   *
   * @param parsed the values of the row's earlier fields, by output name (for unit parents)
   */
  Object parse(String column, String text, Map<String, Object> parsed, Context context);

  /** What a cell parser may need: the registry and the keyed hash. */
  record Context(UnitRegistry registry, Pseudonymizer pseudonymizer) {}

  record Text() implements CellType {
    public DataType dataType() {
      return DataTypes.StringType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.trim(text);
    }
  }

  /** A code of the level, e.g. the key of a registry table. */
  record Code(UnitLevel level) implements CellType {
    public DataType dataType() {
      return DataTypes.StringType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.code(column, text, level);
    }
  }

  /**
   * A reference to a registry unit at one of the levels; the parent (if any) is an earlier field.
   */
  record Ref(String parentField, UnitLevel... levels) implements CellType {
    public DataType dataType() {
      return DataTypes.StringType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      String parent = parentField == null ? null : (String) parsed.get(parentField);
      return context.registry().resolve(column, text, parent, levels).code();
    }
  }

  record Count() implements CellType {
    public DataType dataType() {
      return DataTypes.IntegerType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.count(column, text);
    }
  }

  record Year() implements CellType {
    public DataType dataType() {
      return DataTypes.IntegerType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.year(column, text);
    }
  }

  record Number(double min, double max) implements CellType {
    public DataType dataType() {
      return DataTypes.DoubleType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.number(column, text, min, max);
    }
  }

  record Timestamp() implements CellType {
    public DataType dataType() {
      return DataTypes.TimestampType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.sqlTimestamp(Cells.timestamp(column, text));
    }
  }

  record Date() implements CellType {
    public DataType dataType() {
      return DataTypes.DateType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.sqlDate(Cells.timestamp(column, text));
    }
  }

  record Choice(Set<String> allowed) implements CellType {
    public DataType dataType() {
      return DataTypes.StringType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.choice(column, text, allowed);
    }
  }

  record YesNo() implements CellType {
    public DataType dataType() {
      return DataTypes.BooleanType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.yesNo(column, text);
    }
  }

  /** A phone number: only its keyed hash is kept. */
  record Phone() implements CellType {
    public DataType dataType() {
      return DataTypes.StringType;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return context.pseudonymizer().hashPhone(text);
    }
  }
}
