package org.govindex.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowParquetFileTest {

  private static final StructType SCHEMA =
      new StructType()
          .add("order_id", DataTypes.StringType, true)
          .add("row_number", DataTypes.LongType, true)
          .add("duration_seconds", DataTypes.IntegerType, true)
          .add("score", DataTypes.DoubleType, true)
          .add("overdue", DataTypes.BooleanType, true)
          .add("accepted_on", DataTypes.DateType, true)
          .add("submitted_at", DataTypes.TimestampType, true);

  @TempDir Path temp;

  @Test
  void givenRowsOfEveryTypeWhenWrittenThenSparkReadsBackTheSameValues() {
    // given rows with every column type, Chinese text, microseconds, a time before 1970 and nulls
    List<Row> rows =
        List.of(
            RowFactory.create(
                "工单-0001",
                1L,
                95,
                4.75,
                true,
                Date.valueOf(LocalDate.of(2026, 3, 31)),
                Timestamp.valueOf(LocalDateTime.of(2026, 3, 31, 23, 59, 59, 123_456_000))),
            RowFactory.create(
                "a,\"b\"\n",
                2L,
                -1,
                -0.0,
                false,
                Date.valueOf(LocalDate.of(1969, 12, 31)),
                Timestamp.valueOf(LocalDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000))),
            RowFactory.create(null, null, null, null, null, null, null));
    Path file = temp.resolve("t/part-00000.parquet");

    // when they are written by the file writer
    try (RowParquetFile out = new RowParquetFile(file, SCHEMA)) {
      rows.forEach(out::write);
      assertThat(out.rows()).isEqualTo(3);
    }

    // then Spark reads the same values back, in order, with the schema kept in the footer
    SparkSession spark = SparkTestSession.get();
    List<Row> back = spark.read().parquet(file.getParent().toString()).collectAsList();
    assertThat(spark.read().parquet(file.toString()).schema()).isEqualTo(SCHEMA);
    assertThat(back).containsExactlyElementsOf(rows);
  }

  @Test
  void givenTheSameRowsWhenWrittenTwiceThenTheFilesHaveTheSameBytes() throws Exception {
    Row row = RowFactory.create("x", 1L, 2, 3.0, true, Date.valueOf("2026-01-01"), null);
    Path first = temp.resolve("a.parquet");
    Path second = temp.resolve("b.parquet");
    try (RowParquetFile out = new RowParquetFile(first, SCHEMA)) {
      out.write(row);
    }
    Thread.sleep(1100);
    try (RowParquetFile out = new RowParquetFile(second, SCHEMA)) {
      out.write(row);
    }
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  /**
   * A footer lists each column chunk's encodings from a hash set whose order changes from one JVM
   * to the next; the writer sorts them, so that the bytes do not depend on the process. No column
   * chunk has a minimum or a maximum.
   */
  @Test
  void givenAWrittenFileThenEveryColumnChunkListsItsEncodingsInAscendingOrder() throws Exception {
    Path file = temp.resolve("sorted.parquet");
    try (RowParquetFile out = new RowParquetFile(file, SCHEMA)) {
      for (int i = 0; i < 1000; i++) {
        out.write(RowFactory.create("o" + i, (long) i, i % 7, i % 3 * 0.5, i % 2 == 0, null, null));
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    int length =
        ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    FileMetaData footer =
        Util.readFileMetaData(new ByteArrayInputStream(bytes, bytes.length - 8 - length, length));
    int listed = 0;
    for (RowGroup group : footer.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        List<Integer> codes =
            chunk.getMeta_data().getEncodings().stream().map(e -> e.getValue()).toList();
        listed = Math.max(listed, codes.size());
        assertThat(codes).as(chunk.getMeta_data().getPath_in_schema().toString()).isSorted();
        // no minimum or maximum: an export's rows are in no column's order, so they spare nothing
        org.apache.parquet.format.Statistics statistics = chunk.getMeta_data().getStatistics();
        if (statistics != null) {
          assertThat(
                  List.of(
                      statistics.isSetMin_value(),
                      statistics.isSetMax_value(),
                      statistics.isSetMin(),
                      statistics.isSetMax()))
              .as(chunk.getMeta_data().getPath_in_schema().toString())
              .containsOnly(false);
        }
      }
    }
    assertThat(listed).as("some column chunk lists more than one encoding").isGreaterThan(1);
  }

  /**
   * Columns of nearly all distinct values are written without a dictionary: parquet-java would
   * build one over a whole page of them, then find it no smaller and write the page again plain.
   */
  @Test
  void identifiersPseudonymsRowNumbersAndTimesAreWrittenWithoutADictionary() {
    StructType columns =
        SCHEMA.add("caller_hash", DataTypes.StringType).add("status", DataTypes.StringType);
    assertThat(
            java.util.Arrays.stream(columns.fields())
                .filter(SparkDatasetFiles::distinctValued)
                .map(f -> f.name()))
        .containsExactly("order_id", "row_number", "submitted_at", "caller_hash");
  }
}
