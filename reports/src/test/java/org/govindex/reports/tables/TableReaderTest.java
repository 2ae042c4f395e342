package org.govindex.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govindex.contract.ColumnType;
import org.govindex.contract.Datasets;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.govindex.reports.model.ReportDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {

  /** A small spec with one column of each readable type, required and optional. */
  private static final TableSpec SPEC =
      TableSpec.builder("sample", "样例", "一行一个样例")
          .required("code", ColumnType.STRING, "代码")
          .optional("name", ColumnType.STRING, "名称")
          .optional("score", ColumnType.DOUBLE, "得分")
          .required("n", ColumnType.LONG, "数量")
          .optional("rank", ColumnType.INT, "排名")
          .optional("ok", ColumnType.BOOLEAN, "是否")
          .required("flags", ColumnType.STRING, "标记")
          .build();

  @TempDir Path dir;

  private Path csv(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void valuesAreTypedByTheSpecAndEmptyIsNull() throws Exception {
    Path file =
        csv(
            "sample.csv",
            "\uFEFFcode,name,score,n,rank,ok,flags\r\n"
                + "007,\"东湖, 西关\",84.56789012345678,152,1,TRUE,a;b\r\n"
                + "008,,1.0E-5,12,,false,\r\n"
                + "\r\n"
                + "009,\"两行\n名称\",-3.25,3.0,2.0,,\r\n");
    Table table = TableReader.read(file, SPEC);
    assertThat(table.size()).isEqualTo(3);
    Table.Row first = table.row(0);
    assertThat(first.string("code")).isEqualTo("007");
    assertThat(first.string("name")).isEqualTo("东湖, 西关");
    assertThat(first.number("score")).isEqualTo(84.56789012345678);
    assertThat(first.longValue("n")).isEqualTo(152L);
    assertThat(first.integer("rank")).isEqualTo(1);
    assertThat(first.bool("ok")).isTrue();
    assertThat(first.string("flags")).isEqualTo("a;b");
    Table.Row second = table.row(1);
    assertThat(second.string("name")).isNull();
    assertThat(second.number("score")).isEqualTo(1.0E-5);
    assertThat(second.integer("rank")).isNull();
    assertThat(second.bool("ok")).isFalse();
    // a required text column cannot be null: its empty field is the empty text
    assertThat(second.string("flags")).isEmpty();
    Table.Row third = table.row(2);
    assertThat(third.string("name")).isEqualTo("两行\n名称");
    // whole-number columns take integral decimals as older outputs wrote them
    assertThat(third.longValue("n")).isEqualTo(3L);
    assertThat(third.integer("rank")).isEqualTo(2);
    assertThat(third.bool("ok")).isNull();
  }

  @Test
  void columnsAreFoundByNameAndAbsentOptionalColumnsAreNull() throws Exception {
    Path file = csv("sample.csv", "flags,n,code\nx,5,A\n");
    Table.Row row = TableReader.read(file, SPEC).row(0);
    assertThat(row.string("code")).isEqualTo("A");
    assertThat(row.longValue("n")).isEqualTo(5L);
    assertThat(row.string("flags")).isEqualTo("x");
    assertThat(row.number("score")).isNull();
    assertThat(row.string("name")).isNull();
  }

  @Test
  void aMissingRequiredColumnReadsInChineseUnderAChineseLocale() throws Exception {
    Path file = csv("sample.csv", "code,name,flags\nA,甲,\n");
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.CHINA);
    try {
      assertThatThrownBy(() -> TableReader.read(file, SPEC))
          .isInstanceOf(ReportDataException.class)
          .hasMessage("结果表 " + file + " 表头行：缺少表 sample 必需的列 n（表头：[code, name, flags]）");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aMissingRequiredColumnNamesFileAndColumn() throws Exception {
    Path file = csv("sample.csv", "code,name,flags\nA,甲,\n");
    assertThatThrownBy(() -> TableReader.read(file, SPEC))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("header row")
        .hasMessageContaining("no column 'n'")
        .hasMessageContaining("table sample");
  }

  @Test
  void aColumnTheContractDoesNotHaveIsRefused() throws Exception {
    Path file = csv("sample.csv", "code,n,flags,extra\nA,1,,x\n");
    assertThatThrownBy(() -> TableReader.read(file, SPEC))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("column 'extra' is not a column of table sample");
  }

  @Test
  void aMistypedCellNamesFileRowAndColumn() throws Exception {
    String header = "code,score,n,rank,ok,flags\n";
    String good = "A,1.5,1,1,true,\n";
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"B,n/a,1,1,true,\n", "column 'score' (DOUBLE): 'n/a' is not a number"});
    cases.add(new String[] {"B,NaN,1,1,true,\n", "column 'score' (DOUBLE): 'NaN' is not a number"});
    cases.add(
        new String[] {"B,1e999,1,1,true,\n", "column 'score' (DOUBLE): '1e999' is out of range"});
    cases.add(
        new String[] {"B,1.5,3.5,1,true,\n", "column 'n' (LONG): '3.5' is not a whole number"});
    cases.add(new String[] {"B,1.5,,1,true,\n", "column 'n' (LONG): is empty"});
    cases.add(
        new String[] {
          "B,1.5,1,3000000000,true,\n", "column 'rank' (INT): '3000000000' is out of range"
        });
    cases.add(
        new String[] {"B,1.5,1,1,yes,\n", "column 'ok' (BOOLEAN): 'yes' is not true or false"});
    cases.add(new String[] {",1.5,1,1,true,\n", null});
    for (String[] c : cases) {
      Path file = csv("sample.csv", header + good + c[0]);
      if (c[1] == null) {
        // an empty required text reads as the empty text, not as an error
        assertThat(TableReader.read(file, SPEC).row(1).string("code")).isEmpty();
        continue;
      }
      assertThatThrownBy(() -> TableReader.read(file, SPEC))
          .as(c[0])
          .isInstanceOf(ReportDataException.class)
          .hasMessageContaining(file + " row 2 ")
          .hasMessageContaining(c[1]);
    }
  }

  @Test
  void aPathologicallyLongTextIsRefusedInOneShortLineWithoutTheValue() throws Exception {
    String name = "长".repeat(5_000_000);
    Path file = csv("sample.csv", "code,name,n,flags\nA," + name + ",1,\n");
    long started = System.nanoTime();
    assertThatThrownBy(() -> TableReader.read(file, SPEC))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining(file + " row 1 column 'name'")
        .hasMessageContaining(
            "is 5000000 characters long, over the limit of "
                + Datasets.MAX_FIELD_CHARS
                + " characters")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400).doesNotContain("\n"));
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(10.0);
    // the longest text ingestion lets through is read as it is
    Path longest =
        csv("sample.csv", "code,name,n,flags\nA," + "长".repeat(Datasets.MAX_FIELD_CHARS) + ",1,\n");
    assertThat(TableReader.read(longest, SPEC).row(0).string("name"))
        .hasSize(Datasets.MAX_FIELD_CHARS);
  }

  @Test
  void malformedCsvNamesTheRow() throws Exception {
    TableSpec ab =
        TableSpec.builder("ab", "AB", "AB")
            .required("a", ColumnType.STRING, "A")
            .required("b", ColumnType.STRING, "B")
            .build();
    Path open = csv("open.csv", "a,b\n1,2\n3,\"open\n4,5\n");
    assertThatThrownBy(() -> TableReader.read(open, ab))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining(open + " row 2: not valid CSV");
    Path wide = csv("wide.csv", "a,b\n1,2\n3,4,5\n");
    assertThatThrownBy(() -> TableReader.read(wide, ab))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining(wide + " row 2: 3 field(s) where the header has 2 column(s)");
    Path twice = csv("twice.csv", "a,b,a\n1,2,3\n");
    assertThatThrownBy(() -> TableReader.read(twice, ab))
        .hasMessageContaining("header row: column 'a' twice");
    Path empty = csv("empty.csv", "");
    assertThatThrownBy(() -> TableReader.read(empty, ab)).hasMessageContaining("no header row");
    assertThatThrownBy(() -> TableReader.read(dir.resolve("absent.csv"), ab))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("absent.csv not found");
  }

  @Test
  void streamingHandsOverEveryRowInOrderWithItsNumber() throws Exception {
    StringBuilder text = new StringBuilder("code,n,flags\n");
    for (int i = 1; i <= 1000; i++) {
      text.append("C").append(i).append(',').append(i * 2).append(",\n");
    }
    Path file = csv("sample.csv", text.toString());
    List<Long> rows = new ArrayList<>();
    long count =
        TableReader.stream(
            file,
            SPEC,
            (row, values) -> {
              assertThat(values[SPEC.indexOf("code")]).isEqualTo("C" + row);
              assertThat(values[SPEC.indexOf("n")]).isEqualTo(row * 2);
              rows.add(row);
            });
    assertThat(count).isEqualTo(1000);
    assertThat(rows).hasSize(1000).startsWith(1L, 2L).endsWith(1000L);
  }

  @Test
  void theRejectsAreReadByTheirDatasetContract() throws Exception {
    Path file =
        csv(
            "rejects.csv",
            "file,row_number,reason_code,reason\n"
                + "surveys/a.csv,12,speeder,所用时间 12 秒\n"
                + "cases/b.csv,58,bad_enum,\"工单状态: '待处理', 不在 [办理中, 已办结]\"\n");
    assertThat(RejectRow.read(file))
        .containsExactly(
            new RejectRow("surveys/a.csv", 12, "speeder", "所用时间 12 秒"),
            new RejectRow("cases/b.csv", 58, "bad_enum", "工单状态: '待处理', 不在 [办理中, 已办结]"));
    assertThat(RejectRow.read(dir.resolve("none.csv"))).isEmpty();
    assertThat(TableReader.header(file)).isEqualTo(Datasets.REJECTS.names());
  }

  @Test
  void theDepartmentRatingHasTheFixedRaterGroups() throws Exception {
    List<String> header = Results.DEPARTMENT_RATING.names();
    List<String> values = new ArrayList<>();
    for (String column : header) {
      values.add(
          switch (Results.DEPARTMENT_RATING.column(column).type()) {
            case STRING -> column.equals("flags") ? "" : column.equals("period") ? "2026" : "D1";
            case DOUBLE -> column.equals("group_street") ? "" : "70.5";
            case INT -> "2";
            case LONG -> column.startsWith("n_raters_") ? "4" : "16";
            default -> throw new IllegalStateException(column);
          });
    }
    Path file =
        csv(
            "department_rating.csv",
            String.join(",", header) + "\n" + String.join(",", values) + "\n");
    DepartmentRow row =
        DepartmentRow.from(TableReader.read(file, Results.DEPARTMENT_RATING).row(0));
    assertThat(row.groupScores().keySet()).containsExactly("居民代表", "街道", "社区居委会", "驻区单位");
    assertThat(row.groupScores()).containsEntry("街道", null).containsEntry("居民代表", 70.5);
    assertThat(row.groupRaters()).containsEntry("驻区单位", 4L);
    assertThat(row.nRaters()).isEqualTo(16);
  }
}
