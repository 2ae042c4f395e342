package org.govindex.jobs.ingest;

import java.io.Serializable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Validation of one file kind: projects a raw file onto canonical string columns, then types one
 * canonical row into the dataset's columns or rejects it with a {@link CellRejection}.
 */
public interface RowValidator extends Serializable {

  /** Dataset name of docs/datasets.md. */
  String dataset();

  /** Columns of the dataset, including {@code source_file} and {@code row_number}. */
  StructType schema();

  /**
   * Canonical raw rows of one file: {@code source_file}, {@code row_number}, then string columns in
   * the order {@link #validate} expects. Fails with an {@link IngestionException} naming the file
   * and column when a required column is missing.
   */
  Dataset<Row> canonical(RawTable table);

  /** Typed values in {@link #schema()} order; throws {@link CellRejection} for a rejected row. */
  Object[] validate(Row canonical, UnitRegistry registry);
}
