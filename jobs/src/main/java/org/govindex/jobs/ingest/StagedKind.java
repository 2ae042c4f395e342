package org.govindex.jobs.ingest;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.Datasets;
import org.govindex.jobs.ingest.validation.RowValidator;
import org.govindex.jobs.io.SparkSchemas;

/**
 * Where and how a kind's file tasks ({@link FileIngestTask}) write what they read, one Parquet file
 * per input file in each folder: the accepted rows in the dataset's flat columns ({@code
 * accepted/}), a survey's answers one per row with the id of their response ({@code answers/}), and
 * the rejected rows with the values their validator salvaged and their reason ({@code rejected/},
 * {@link ParsedRows} columns), and for the resident survey the metadata of every response whose
 * community resolves ({@code meta/}, {@link Datasets#RESIDENT_RESPONSE_META}: accepted or rejected,
 * with the task's reject code).
 *
 * @param accepted the folder of accepted rows
 * @param answers the folder of answers; null for a kind without nested answers
 * @param rejected the folder of rejected rows
 * @param flat the accepted rows' columns: the validator's without its nested answers
 * @param answerSchema the answers' columns (the id, then the answer's fields); null without answers
 * @param answersIndex the nested answers' index in the validator's row; -1 without answers
 * @param idIndex the response id's index in the validator's row; -1 without answers
 * @param meta the folder of the response metadata; null for other kinds than the resident survey
 * @param metaColumns for each metadata column but the last (reason_code), its index in the flat
 *     rows; null without metadata
 */
record StagedKind(
    String accepted,
    String answers,
    String rejected,
    StructType flat,
    StructType answerSchema,
    int answersIndex,
    int idIndex,
    String meta,
    int[] metaColumns)
    implements Serializable {

  /** The nested answers of a survey validator's rows. */
  static final String ANSWERS = "answers";

  /**
   * The layout of a kind under {@code dir}.
   *
   * @param id the column that names a response in its answers (survey kinds); null otherwise
   */
  static StagedKind of(RowValidator validator, String id, boolean withMeta, Path dir) {
    StructType schema = validator.schema();
    int answersIndex = id == null ? -1 : schema.fieldIndex(ANSWERS);
    StructType flat =
        new StructType(
            Arrays.stream(schema.fields())
                .filter(f -> !f.name().equals(ANSWERS))
                .toArray(StructField[]::new));
    StructType answerSchema = null;
    if (answersIndex >= 0) {
      StructType answer =
          (StructType) ((ArrayType) schema.fields()[answersIndex].dataType()).elementType();
      StructField[] fields = new StructField[answer.fields().length + 1];
      fields[0] = DataTypes.createStructField(id, DataTypes.StringType, true);
      System.arraycopy(answer.fields(), 0, fields, 1, answer.fields().length);
      answerSchema = new StructType(fields);
    }
    return new StagedKind(
        dir.resolve("accepted").toString(),
        answersIndex < 0 ? null : dir.resolve("answers").toString(),
        dir.resolve("rejected").toString(),
        flat,
        answerSchema,
        answersIndex,
        id == null ? -1 : schema.fieldIndex(id),
        withMeta ? dir.resolve("meta").toString() : null,
        withMeta ? metaColumns(flat) : null);
  }

  /**
   * The index in the flat rows of every metadata column but reason_code, in the dataset's order.
   */
  private static int[] metaColumns(StructType flat) {
    List<String> names = Datasets.RESIDENT_RESPONSE_META.names();
    int[] out = new int[names.size() - 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = flat.fieldIndex(names.get(i));
    }
    return out;
  }

  /** The columns of the response metadata. */
  static StructType metaSchema() {
    return SparkSchemas.of(Datasets.RESIDENT_RESPONSE_META);
  }

  /** The columns of the rejected rows: the flat ones, each nullable, then code and reason. */
  StructType rejectedSchema() {
    return ParsedRows.schema(flat);
  }

  /** The file of the input file with this task index in a folder. */
  static Path part(String folder, int index) {
    return Path.of(folder, String.format(java.util.Locale.ROOT, "part-%05d.parquet", index));
  }
}
