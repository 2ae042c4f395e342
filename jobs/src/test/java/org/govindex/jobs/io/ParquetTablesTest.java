package org.govindex.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.govindex.contract.ColumnType;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result tables through Parquet, checked against DuckDB as an independent reader and writer. */
class ParquetTablesTest {

  private static final TableSpec SPEC =
      TableSpec.builder("every_type", "各类型", "每种列类型各一列")
          .required("unit_code", ColumnType.STRING, "单位代码")
          .optional("n", ColumnType.INT, "个数")
          .optional("total", ColumnType.LONG, "合计")
          .optional("score", ColumnType.DOUBLE, "得分")
          .optional("flagged", ColumnType.BOOLEAN, "标记")
          .optional("day", ColumnType.DATE, "日期")
          .optional("at", ColumnType.TIMESTAMP, "时间")
          .optional("replicates", ColumnType.DOUBLE_LIST, "重复抽样")
          .build();

  @TempDir Path temp;

  private static Table sample() {
    return Table.builder(SPEC)
        .add(
            "社区甲",
            3,
            5_000_000_000L,
            87.25,
            true,
            LocalDate.of(2026, 12, 31),
            LocalDateTime.of(2026, 1, 1, 0, 0, 1),
            new double[] {1.5, -0.0, 1e-300, 99.75})
        .add("b", null, null, null, null, null, null, null)
        .add("社区甲", -7, -1L, -2.5, false, LocalDate.of(1970, 1, 1), null, new double[0])
        .build();
  }

  @Test
  void givenEveryColumnTypeWhenWrittenThenDuckDbReadsTheValuesAndTheyReadBackTheSame()
      throws Exception {
    // given a table with a value of every type, nulls and an empty list
    Table table = sample();
    Path dir = temp.resolve("every_type");

    // when it is written
    ParquetTables.write(table, dir);

    // then DuckDB, another Parquet implementation, reads the same values (timestamps as the
    // Asia/Shanghai wall time of a UTC instant: 2026-01-01 00:00:01 there is 2025-12-31 16:00:01
    // UTC)
    List<String> duck =
        duckRows(
            "SELECT unit_code, n, total, score, flagged, day, epoch_us(\"at\"), replicates"
                + " FROM read_parquet('"
                + dir.resolve(ParquetTables.PART)
                + "')");
    assertThat(duck)
        .containsExactly(
            "社区甲|3|5000000000|87.25|true|2026-12-31|1767196801000000|[1.5, -0.0, 1.0E-300, 99.75]",
            "b|null|null|null|null|null|null|null",
            "社区甲|-7|-1|-2.5|false|1970-01-01|null|[]");
    // and the table reads back cell for cell
    Table back = ParquetTables.read(dir, SPEC);
    assertThat(back.size()).isEqualTo(table.size());
    for (int r = 0; r < table.size(); r++) {
      for (int c = 0; c < SPEC.columns().size(); c++) {
        assertThat(back.value(r, c)).as("row %d column %d", r, c).isEqualTo(table.value(r, c));
      }
    }
  }

  @Test
  void givenTheSameTableWrittenTwiceThenTheFilesHaveTheSameBytes() throws Exception {
    ParquetTables.write(sample(), temp.resolve("first"));
    ParquetTables.write(sample(), temp.resolve("second"));
    assertThat(Files.readAllBytes(temp.resolve("second").resolve(ParquetTables.PART)))
        .isEqualTo(Files.readAllBytes(temp.resolve("first").resolve(ParquetTables.PART)));
  }

  @Test
  void givenAFileOfAnotherWriterWithAnExtraColumnAndOneMissingThenTheSpecsColumnsAreRead()
      throws Exception {
    // given a file DuckDB wrote (optional list elements), with a column the spec lacks and
    // without the spec's column n
    Path file = temp.resolve("duck.parquet");
    duckExecute(
        "COPY (SELECT * FROM (VALUES ('x', 'ignored', 4::BIGINT, 1.25::DOUBLE, [2.0, 3.5]::DOUBLE[]),"
            + " ('y', 'ignored', NULL, NULL, []::DOUBLE[])) t(unit_code, extra, total, score,"
            + " replicates)) TO '"
            + file
            + "' (FORMAT parquet)");
    TableSpec spec =
        TableSpec.builder("older", "旧版", "少一列的旧输出")
            .required("unit_code", ColumnType.STRING, "单位代码")
            .optional("n", ColumnType.INT, "个数")
            .optional("total", ColumnType.LONG, "合计")
            .optional("score", ColumnType.DOUBLE, "得分")
            .optional("replicates", ColumnType.DOUBLE_LIST, "重复抽样")
            .build();

    // when it is read against the spec
    Table table = ParquetTables.read(file, spec);

    // then the missing column is null in every row and the extra one is not read
    assertThat(table.rows())
        .extracting(
            r ->
                r.string("unit_code")
                    + "|"
                    + r.integer("n")
                    + "|"
                    + r.longValue("total")
                    + "|"
                    + r.number("score")
                    + "|"
                    + java.util.Arrays.toString(r.doubles("replicates")))
        .containsExactly("x|null|4|1.25|[2.0, 3.5]", "y|null|null|null|[]");
  }

  @Test
  void givenAListWithANullElementThenTheReadIsRefusedNamingTheTableAndColumn() throws Exception {
    Path file = temp.resolve("holes.parquet");
    duckExecute(
        "COPY (SELECT 'x' AS unit_code, [1.0, NULL, 2.0]::DOUBLE[] AS replicates) TO '"
            + file
            + "' (FORMAT parquet)");
    TableSpec spec =
        TableSpec.builder("holes", "有空元素", "列表中有空元素")
            .required("unit_code", ColumnType.STRING, "单位代码")
            .optional("replicates", ColumnType.DOUBLE_LIST, "重复抽样")
            .build();

    assertThatThrownBy(() -> ParquetTables.read(file, spec))
        .isInstanceOf(org.govindex.contract.GovindexException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("holes")
        .hasMessageContaining("replicates");
  }

  private static void duckExecute(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static List<String> duckRows(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          Object v = r.getObject(i);
          row.append(i > 1 ? "|" : "").append(v == null ? "null" : v.toString());
        }
        out.add(row.toString());
      }
    }
    return out;
  }
}
