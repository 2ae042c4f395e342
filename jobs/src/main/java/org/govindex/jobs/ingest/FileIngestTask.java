package org.govindex.jobs.ingest;

import java.io.IOException;
import java.util.Iterator;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.govindex.contract.Datasets;
import org.govindex.jobs.io.RowParquetFile;

/**
 * The Spark task of one data file: the rows {@link FileParser} reads and validates go straight to
 * the kind's staged Parquet files ({@link StagedKind}) as they are read — accepted rows flat, a
 * survey's answers one per row, rejected rows with their reason — one pass over the file, no Spark
 * row encoding and no second write of the accepted rows.
 */
final class FileIngestTask implements VoidFunction<Integer> {

  private static final long serialVersionUID = 1L;

  /** The community_code's index among the metadata columns. */
  private static final int COMMUNITY_CODE =
      Datasets.RESIDENT_RESPONSE_META.indexOf("community_code");

  private final FileParser parser;
  private final StagedKind staged;
  private final int width;

  FileIngestTask(FileParser parser, StagedKind staged, int width) {
    this.parser = parser;
    this.staged = staged;
    this.width = width;
  }

  @Override
  public void call(Integer index) throws IOException {
    Iterator<Row> rows = parser.call(index.longValue());
    try (RowParquetFile accepted =
            new RowParquetFile(StagedKind.part(staged.accepted(), index), staged.flat());
        RowParquetFile rejected =
            new RowParquetFile(StagedKind.part(staged.rejected(), index), staged.rejectedSchema());
        RowParquetFile answers =
            staged.answers() == null
                ? null
                : new RowParquetFile(
                    StagedKind.part(staged.answers(), index), staged.answerSchema());
        RowParquetFile meta =
            staged.meta() == null
                ? null
                : new RowParquetFile(
                    StagedKind.part(staged.meta(), index), StagedKind.metaSchema())) {
      while (rows.hasNext()) {
        Row row = rows.next();
        boolean isAccepted = row.isNullAt(width);
        Row flat = flat(row, !isAccepted);
        if (isAccepted) {
          accepted.write(flat);
          if (answers != null) {
            writeAnswers(row, answers);
          }
        } else {
          rejected.write(flat);
        }
        if (meta != null) {
          writeMeta(flat, isAccepted ? null : row.getString(width), meta);
        }
      }
    }
  }

  /**
   * The metadata of a response whose community resolves (an accepted one always does; a rejected
   * one when its validator salvaged the community), with the task's reject code (null: accepted).
   */
  private void writeMeta(Row flat, String reasonCode, RowParquetFile meta) {
    int[] columns = staged.metaColumns();
    Object[] values = new Object[columns.length + 1];
    for (int i = 0; i < columns.length; i++) {
      values[i] = flat.get(columns[i]);
    }
    if (values[COMMUNITY_CODE] == null) {
      return;
    }
    values[columns.length] = reasonCode;
    meta.write(RowFactory.create(values));
  }

  /** The row without its nested answers; with its reject code and reason when rejected. */
  private Row flat(Row row, boolean withReason) {
    int skip = staged.answersIndex();
    if (skip < 0) {
      return row; // the writer takes the columns of its schema, the reason's too when it has them
    }
    int columns = staged.flat().fields().length;
    Object[] values = new Object[withReason ? columns + 2 : columns];
    int out = 0;
    for (int i = 0; i < width; i++) {
      if (i != skip) {
        values[out++] = row.get(i);
      }
    }
    if (withReason) {
      values[out++] = row.get(width);
      values[out] = row.get(width + 1);
    }
    return RowFactory.create(values);
  }

  /** One row per answer of an accepted response: the response's id, then the answer's fields. */
  private void writeAnswers(Row row, RowParquetFile answers) {
    Object id = row.get(staged.idIndex());
    scala.collection.Iterator<Object> each = row.getSeq(staged.answersIndex()).iterator();
    while (each.hasNext()) {
      Row answer = (Row) each.next();
      Object[] values = new Object[answer.length() + 1];
      values[0] = id;
      for (int i = 0; i < answer.length(); i++) {
        values[i + 1] = answer.get(i);
      }
      answers.write(RowFactory.create(values));
    }
  }
}
