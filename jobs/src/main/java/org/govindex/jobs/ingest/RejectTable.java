package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rejected rows of a run as Spark holds them ({@value #FILE}, {@value #ROW_NUMBER}, {@value
 * #REASON_CODE}, {@value #REASON}): those the tasks rejected and those the cross-row rules
 * rejected, sorted by Spark and streamed to {@code rejects.csv}, so that their number does not
 * bound the run.
 */
final class RejectTable {

  static final String FILE = "file";
  static final String ROW_NUMBER = "row_number";
  static final String REASON_CODE = "reason_code";
  static final String REASON = "reason";

  static final StructType SCHEMA =
      new StructType()
          .add(FILE, DataTypes.StringType, true)
          .add(ROW_NUMBER, DataTypes.LongType, true)
          .add(REASON_CODE, DataTypes.StringType, true)
          .add(REASON, DataTypes.StringType, true);

  private RejectTable() {}

  /** Rejects gathered in this JVM (kinds read in the driver: a few thousand rows at most). */
  static Dataset<Row> of(SparkSession spark, List<Reject> rejects) {
    List<Row> rows = new ArrayList<>(rejects.size());
    for (Reject r : rejects) {
      rows.add(RowFactory.create(r.file(), r.rowNumber(), r.reasonCode(), r.reason()));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * The rejects by file (the bytes of its UTF-8 name), row number and reason code, one Spark
   * partition at a time in this JVM.
   */
  static Iterator<Reject> sorted(Dataset<Row> rejects) {
    Iterator<Row> rows =
        rejects.orderBy(col(FILE), col(ROW_NUMBER), col(REASON_CODE)).toLocalIterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Reject next() {
        Row r = rows.next();
        return new Reject(r.getString(0), r.getLong(1), r.getString(2), r.getString(3));
      }
    };
  }
}
