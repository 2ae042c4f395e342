package org.govindex.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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
}
