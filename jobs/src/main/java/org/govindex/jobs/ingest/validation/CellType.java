package org.govindex.jobs.ingest.validation;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.ColumnType;
import org.govindex.contract.UnitLevel;
import org.govindex.jobs.ingest.privacy.PersonalData;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;

/**
 * The type of a cell of a fixed-column table: how its text is parsed, and the contract type of the
 * value it gives (checked against the dataset's column when a table is declared).
 */
public sealed interface CellType extends Serializable {

  /** The contract type of the parsed value. */
  ColumnType produces();

  /**
   * Parses a non-blank cell.
   *
   * @param parsed the values of the row's earlier fields, by output name (for unit parents)
   */
  Object parse(String column, String text, Map<String, Object> parsed, Context context);

  /** What a cell parser may need: the registry and the keyed hash. */
  record Context(UnitRegistry registry, Pseudonymizer pseudonymizer) {}

  record Text() implements CellType {
    public ColumnType produces() {
      return ColumnType.STRING;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.trim(text);
    }
  }

  /**
   * Free text that is kept (纠纷类型, 项目名称, ...): a phone, ID number or e-mail address written into it
   * is replaced by {@link PersonalData#REDACTED} (never stored in clear).
   */
  record FreeText() implements CellType {
    public ColumnType produces() {
      return ColumnType.STRING;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return PersonalData.redact(Cells.trim(text));
    }
  }

  /** A code of the level, e.g. the key of a registry table. */
  record Code(UnitLevel level) implements CellType {
    public ColumnType produces() {
      return ColumnType.STRING;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.code(column, text, level);
    }
  }

  /**
   * A reference to a registry unit at one of the levels; the parent (if any) is an earlier field.
   */
  record Ref(String parentField, UnitLevel... levels) implements CellType {
    public ColumnType produces() {
      return ColumnType.STRING;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      String parent = parentField == null ? null : (String) parsed.get(parentField);
      return context.registry().resolve(column, text, parent, levels).code();
    }
  }

  record Count() implements CellType {
    public ColumnType produces() {
      return ColumnType.INT;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.count(column, text);
    }
  }

  record Year() implements CellType {
    public ColumnType produces() {
      return ColumnType.INT;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.year(column, text);
    }
  }

  record Number(double min, double max) implements CellType {
    public ColumnType produces() {
      return ColumnType.DOUBLE;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.number(column, text, min, max);
    }
  }

  record Timestamp() implements CellType {
    public ColumnType produces() {
      return ColumnType.TIMESTAMP;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.sqlTimestamp(Cells.timestamp(column, text));
    }
  }

  record Date() implements CellType {
    public ColumnType produces() {
      return ColumnType.DATE;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.sqlDate(Cells.timestamp(column, text));
    }
  }

  record Choice(Set<String> allowed) implements CellType {
    public ColumnType produces() {
      return ColumnType.STRING;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.choice(column, text, allowed);
    }
  }

  record YesNo() implements CellType {
    public ColumnType produces() {
      return ColumnType.BOOLEAN;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return Cells.yesNo(column, text);
    }
  }

  /** A phone number: only its keyed hash is kept. */
  record Phone() implements CellType {
    public ColumnType produces() {
      return ColumnType.STRING;
    }

    public Object parse(String column, String text, Map<String, Object> parsed, Context context) {
      return context.pseudonymizer().hashPhone(text);
    }
  }
}
