package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.Datasets;
import org.govindex.contract.RejectReason;
import org.govindex.jobs.io.SparkSchemas;

/**
 * The {@code resident_response_meta} dataset: the metadata of every resident-survey row whose
 * community resolves, accepted or rejected, so that survey-quality checks can count rejected
 * responses (speeders, duplicates, ...) per unit. Columns as in {@link
 * Datasets#RESIDENT_RESPONSE_META}: response_id ({@code <source_file>#<row_number>}), source_file,
 * row_number, submitted_at and duration_seconds (null when unreadable), ip_hash (keyed hash of the
 * address part of 来自IP; the clear address is never kept), ip_region, community_code, street_code,
 * reason_code (null for an accepted response).
 *
 * <p>Rows whose community does not resolve ({@code unknown_unit}, {@code ambiguous_unit}, {@code
 * bad_code} of 所在社区) belong to no unit and are left out; they are in {@code rejects.csv}.
 */
final class ResidentResponseMeta {

  private ResidentResponseMeta() {}

  /**
   * @param accepted the accepted responses (before the repeated-phone rule)
   * @param duplicates the responses that rule rejected
   * @param rejected the rows the tasks rejected, with the values they salvaged (validator schema)
   * @param schema the validator's schema (the order of the salvaged values)
   */
  static Dataset<Row> of(
      Dataset<Row> accepted,
      List<Duplicates.Rejected> duplicates,
      List<RejectedRow> rejected,
      StructType schema,
      SparkSession spark) {
    List<String> columns = Datasets.RESIDENT_RESPONSE_META.names();
    Set<String> losers = new HashSet<>();
    duplicates.forEach(d -> losers.add(d.file() + "#" + d.rowNumber()));
    Column id = concat(col("source_file"), lit("#"), col("row_number").cast("string"));
    List<Column> select = new ArrayList<>();
    for (String c : columns) {
      select.add(
          c.equals("reason_code")
              ? when(id.isin(losers.toArray()), lit(RejectReason.DUPLICATE.code()))
                  .otherwise(lit(null).cast("string"))
                  .as(c)
              : col(c));
    }
    Dataset<Row> fromAccepted = accepted.select(select.toArray(Column[]::new));
    List<Row> salvaged = new ArrayList<>();
    for (RejectedRow r : rejected) {
      Object[] values = r.salvaged();
      if (values == null) {
        continue;
      }
      Object[] meta = new Object[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        meta[i] =
            columns.get(i).equals("reason_code")
                ? r.reasonCode()
                : values[schema.fieldIndex(columns.get(i))];
      }
      salvaged.add(RowFactory.create(meta));
    }
    Dataset<Row> fromRejected =
        spark.createDataFrame(salvaged, SparkSchemas.of(Datasets.RESIDENT_RESPONSE_META));
    return fromAccepted.unionByName(fromRejected).orderBy(col("source_file"), col("row_number"));
  }
}
