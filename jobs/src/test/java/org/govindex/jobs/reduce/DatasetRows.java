package org.govindex.jobs.reduce;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.TableSpec;
import org.govindex.jobs.io.SparkSchemas;

/** Rows of an ingested dataset written by hand, cells by column name, the others null. */
final class DatasetRows {

  /** The input contract's clock. */
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private DatasetRows() {}

  /** One row of the dataset: column name, value, column name, value, ... */
  static Row row(TableSpec spec, Object... cells) {
    Object[] values = new Object[spec.columns().size()];
    for (int i = 0; i < cells.length; i += 2) {
      values[spec.indexOf((String) cells[i])] = cells[i + 1];
    }
    return RowFactory.create(values);
  }

  static Dataset<Row> dataset(SparkSession spark, TableSpec spec, List<Row> rows) {
    return spark.createDataFrame(rows, SparkSchemas.of(spec));
  }

  /** A wall-clock time in Asia/Shanghai, as ingestion stores it. */
  static Timestamp shanghai(LocalDateTime wallTime) {
    return wallTime == null ? null : Timestamp.from(wallTime.atZone(SHANGHAI).toInstant());
  }

  static Date date(LocalDate date) {
    return Date.valueOf(date);
  }
}
