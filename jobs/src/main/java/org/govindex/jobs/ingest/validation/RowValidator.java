package org.govindex.jobs.ingest.validation;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * Validation of one file kind: locates its columns in a file's header ({@link #project}), then
 * types one row's canonical cells into the dataset's columns or rejects it with a {@link
 * CellRejection}. A pure function of the row and the registry, run in the Spark tasks that read the
 * files.
 */
public interface RowValidator extends Serializable {

  /** Dataset name of the contract ({@code hotline_orders}, ...). */
  String dataset();

  /** Columns of the validated rows, including {@code source_file} and {@code row_number}. */
  StructType schema();

  /**
   * The canonical cells of a file's records. Fails with an {@link
   * org.govindex.jobs.ingest.source.IngestionException} naming the file and column when a required
   * column is missing.
   */
  Projection project(String file, List<String> headers);

  /**
   * Typed values in {@link #schema()} order (Spark external types); throws {@link CellRejection}
   * for a rejected row.
   */
  Object[] validate(String[] cells, String file, long rowNumber, UnitRegistry registry);
}
