package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows a file's task emits ({@link FileParser}), accepted and rejected alike, so that rejected
 * rows are written by Spark like any other and never gathered in one JVM: the validator's columns,
 * then {@value #REJECT_CODE} and {@value #REJECT_REASON}, both null for an accepted row. A rejected
 * row carries its source_file and row_number and the values its validator salvaged (all other
 * columns null).
 */
final class ParsedRows {

  static final String REJECT_CODE = "_reject_code";
  static final String REJECT_REASON = "_reject_reason";

  private ParsedRows() {}

  /** The validator's columns (every one nullable), then the reject code and reason. */
  static StructType schema(StructType validated) {
    StructField[] fields = Arrays.copyOf(validated.fields(), validated.fields().length + 2);
    for (int i = 0; i < validated.fields().length; i++) {
      StructField f = fields[i];
      fields[i] = DataTypes.createStructField(f.name(), f.dataType(), true, f.metadata());
    }
    fields[fields.length - 2] =
        DataTypes.createStructField(REJECT_CODE, DataTypes.StringType, true);
    fields[fields.length - 1] =
        DataTypes.createStructField(REJECT_REASON, DataTypes.StringType, true);
    return new StructType(fields);
  }

  /** An accepted row: its values, then two nulls. */
  static Row accepted(Object[] values) {
    return RowFactory.create(Arrays.copyOf(values, values.length + 2));
  }

  /**
   * A rejected row: the values kept of it (at least its file and row), its reason code and
   * sentence.
   */
  static Row rejected(Object[] values, String code, String reason) {
    Object[] out = Arrays.copyOf(values, values.length + 2);
    out[values.length] = code;
    out[values.length + 1] = reason;
    return RowFactory.create(out);
  }

  /** The rejected rows of a written parse, as {@link RejectTable} rows. */
  static Dataset<Row> rejects(Dataset<Row> parsed) {
    return parsed
        .where(col(REJECT_CODE).isNotNull())
        .select(
            col("source_file").as(RejectTable.FILE),
            col("row_number").as(RejectTable.ROW_NUMBER),
            col(REJECT_CODE).as(RejectTable.REASON_CODE),
            col(REJECT_REASON).as(RejectTable.REASON));
  }

  /**
   * The accepted rows of a parse read in this JVM (the validator's columns), one at a time; each
   * rejected row goes to {@code rejected} as it passes.
   */
  static Iterator<Row> accepted(
      Iterator<Row> parsed, StructType validated, Consumer<Reject> rejected) {
    int width = validated.fields().length;
    int file = validated.fieldIndex("source_file");
    int number = validated.fieldIndex("row_number");
    return new Iterator<>() {
      private Row next;

      @Override
      public boolean hasNext() {
        while (next == null && parsed.hasNext()) {
          Row row = parsed.next();
          if (row.isNullAt(width)) {
            Object[] values = new Object[width];
            for (int i = 0; i < width; i++) {
              values[i] = row.get(i);
            }
            next = RowFactory.create(values);
          } else {
            rejected.accept(
                new Reject(
                    row.getString(file),
                    row.getLong(number),
                    row.getString(width),
                    row.getString(width + 1)));
          }
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
      }
    };
  }
}
