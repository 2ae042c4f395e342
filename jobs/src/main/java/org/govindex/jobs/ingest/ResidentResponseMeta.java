package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.contract.Datasets;

/**
 * The {@code resident_response_meta} dataset: the metadata of every resident-survey row whose
 * community resolves, accepted or rejected, so that survey-quality checks can count rejected
 * responses (speeders, duplicates, ...) per unit. Columns as in {@link
 * Datasets#RESIDENT_RESPONSE_META}: response_id ({@code <source_file>#<row_number>}), source_file,
 * row_number, submitted_at and duration_seconds (null when unreadable), ip_hash (keyed hash of the
 * address part of 来自IP; the clear address is never kept), ip_region, community_code, street_code,
 * reason_code (null for an accepted response).
 *
 * <p>The file tasks write it themselves as they read ({@link FileIngestTask}, with the tasks'
 * reject codes); it is built here, in Spark, only when the repeated-submission rule rejected
 * responses, whose reason it then adds.
 *
 * <p>Rows whose community does not resolve ({@code unknown_unit}, {@code ambiguous_unit}, {@code
 * bad_code} of 所在社区) belong to no unit and are left out; they are in {@code rejects.csv}.
 */
final class ResidentResponseMeta {

  private static final String RULE_CODE = "_rule_code";

  private ResidentResponseMeta() {}

  /**
   * @param accepted the rows the tasks accepted (flat: without their answers)
   * @param rejected the rows the tasks rejected ({@link ParsedRows} columns), with the values the
   *     validator salvaged (their community_code set when it resolved)
   * @param rejectedByRule the accepted rows the repeated-submission rule rejected ({@link
   *     RejectTable} rows)
   */
  static Dataset<Row> of(
      Dataset<Row> accepted, Dataset<Row> rejected, Dataset<Row> rejectedByRule) {
    Dataset<Row> parsed =
        accepted
            .withColumn(ParsedRows.REJECT_CODE, lit(null).cast("string"))
            .withColumn(ParsedRows.REJECT_REASON, lit(null).cast("string"))
            .unionByName(rejected);
    Dataset<Row> rule =
        rejectedByRule.select(
            col(RejectTable.FILE).as("source_file"),
            col(RejectTable.ROW_NUMBER).as("row_number"),
            col(RejectTable.REASON_CODE).as(RULE_CODE));
    Dataset<Row> withRule =
        parsed
            .where(col("community_code").isNotNull())
            .join(
                rule,
                scala.jdk.javaapi.CollectionConverters.asScala(List.of("source_file", "row_number"))
                    .toList(),
                "left");
    List<Column> select = new ArrayList<>();
    for (String c : Datasets.RESIDENT_RESPONSE_META.names()) {
      select.add(
          c.equals("reason_code")
              ? coalesce(col(ParsedRows.REJECT_CODE), col(RULE_CODE)).as(c)
              : col(c));
    }
    return withRule
        .select(select.toArray(Column[]::new))
        .orderBy(col("source_file"), col("row_number"));
  }
}
