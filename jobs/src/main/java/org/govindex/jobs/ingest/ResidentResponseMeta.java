package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code resident_response_meta} dataset: the metadata of every resident-survey row whose
 * community resolves, accepted or rejected, so that survey-quality checks can count rejected
 * responses (speeders, duplicates, ...) per unit. Columns: response_id ({@code
 * <source_file>#<row_number>}), source_file, row_number, submitted_at and duration_seconds (null
 * when unreadable), ip_hash (keyed hash of the address part of 来自IP; the clear address is never
 * kept), ip_region, community_code, street_code, reason_code (null for an accepted response).
 *
 * <p>Rows whose community does not resolve ({@code unknown_unit}, {@code ambiguous_unit}, {@code
 * bad_code} of 所在社区) belong to no unit and are left out; they are in {@code rejects.csv}.
 */
public final class ResidentResponseMeta {

  public static final String DATASET = "resident_response_meta";

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "response_id",
          RawTable.SOURCE_FILE,
          RawTable.ROW_NUMBER,
          "submitted_at",
          "duration_seconds",
          "ip_hash",
          "ip_region",
          "community_code",
          "street_code",
          Validation.REASON_CODE);

  private ResidentResponseMeta() {}

  /**
   * The metadata rows of validated resident-survey rows (the output of {@link Validation} with
   * {@link ResidentSurvey}, duplicates marked): those with a community.
   */
  public static Dataset<Row> of(Dataset<Row> validated) {
    return validated
        .filter(col("community_code").isNotNull())
        .select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
  }
}
