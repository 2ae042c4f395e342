package org.govindex.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govindex.contract.ColumnType;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.govindex.reports.tables.TableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV result tables are safe to open in a spreadsheet, numbers stay numbers, text reads back. */
class TableWriterTest {

  static final TableSpec SPEC =
      TableSpec.builder("sample", "样例", "一行一个项目")
          .required("name", ColumnType.STRING, "名称")
          .optional("change", ColumnType.DOUBLE, "变化")
          .optional("rank_delta", ColumnType.INT, "名次变化")
          .build();

  @TempDir Path dir;

  @Test
  void formulaLikeTextIsNeutralisedNumbersAreNotAndExcelGetsItsByteOrderMark() throws Exception {
    Table table =
        Table.builder(SPEC)
            .add("=1+1长者饭堂项目", -1.5, -3)
            .add("=HYPERLINK(\"http://x\",\"点我\")", 2.0, 1)
            .add("@SUM(A1)", null, null)
            .add("'已有单引号", null, null)
            .add("长者饭堂", null, null)
            .build();
    Path csv = dir.resolve("sample.csv");
    TableWriter.writeCsv(csv, table);
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFname,change,rank_delta\n"
                + "'=1+1长者饭堂项目,-1.5,-3\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",2.0,1\n"
                + "'@SUM(A1),,\n"
                + "''已有单引号,,\n"
                + "长者饭堂,,\n");
    Table back = TableReader.read(csv, SPEC);
    for (int r = 0; r < table.size(); r++) {
      for (int c = 0; c < 3; c++) {
        assertThat(back.value(r, c)).isEqualTo(table.value(r, c));
      }
    }
  }
}
