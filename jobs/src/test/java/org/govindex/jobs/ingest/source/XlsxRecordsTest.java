package org.govindex.jobs.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govindex.contract.UnitLevel;
import org.govindex.contract.testing.ChineseLocale;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.ingest.validation.CellRejection;
import org.govindex.jobs.ingest.validation.Cells;
import org.govindex.jobs.ingest.validation.FieldTable;
import org.govindex.jobs.ingest.validation.Projection;
import org.govindex.jobs.ingest.validation.TableSpecs;
import org.govindex.jobs.ingest.validation.Unit;
import org.govindex.jobs.ingest.validation.UnitRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streamed XLSX reading: cells as Excel displays them (so a code stored as a number is {@code
 * 4.40101E+11}), the same rows as the same data saved as CSV, blank rows skipped but counted.
 */
@ExtendWith(ChineseLocale.class)
class XlsxRecordsTest {

  @TempDir Path dir;

  /** A formula cell with the value Excel cached for it. */
  record Formula(String formula) {}

  /** A number shown with an Excel number format. */
  record Formatted(double value, String format) {}

  /** Writes the first sheet (and an ignored second one); null cells and null rows are absent. */
  private Path xlsx(String name, Object[]... rows) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("数据");
      CellStyle dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d h:mm"));
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof String s) {
            cell.setCellValue(s);
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
          } else if (v instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateStyle);
          } else if (v instanceof Formula f) {
            cell.setCellFormula(f.formula());
          } else if (v instanceof Formatted f) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(f.format()));
            cell.setCellValue(f.value());
            cell.setCellStyle(style);
          }
        }
      }
      book.createSheet("other").createRow(0).createCell(0).setCellValue("ignored");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
    }
    return file;
  }

  /** Canonical cells (as a validator reads them) of every record, with the row number first. */
  private static List<List<String>> canonical(RecordSource source) {
    int width = source.header().size();
    Projection all = new Projection(IntStream.range(0, width).toArray(), new String[width]);
    List<List<String>> out = new ArrayList<>();
    for (String[] r = source.next(); r != null; r = source.next()) {
      List<String> cells = new ArrayList<>(List.of(String.valueOf(source.rowNumber())));
      cells.addAll(Arrays.asList(all.canonical(r)));
      out.add(cells);
    }
    return out;
  }

  @Test
  void aStreamedWorkbookGivesTheSameRowsAsTheSameDataInCsv() throws Exception {
    Path book =
        xlsx(
            "same.xlsx",
            new Object[] {"编号", "名称", "户数", "面积", "受理日期", "提交答卷时间", "参选率", "合计", "直选", "备注"},
            new Object[] {
              "007",
              "和平社区",
              2000,
              1234.5,
              LocalDateTime.of(2026, 2, 1, 0, 0),
              LocalDateTime.of(2026, 4, 1, 9, 30, 5),
              new Formatted(0.69, "0%"),
              new Formula("C2*2"),
              "是",
              null
            },
            new Object[] {"008", "光明社区（440101001002）", 0, 0.25, null, null, null, null, "否", "无"},
            new Object[] {"009", "=1+2*3", 12, null});
    String csv =
        """
        编号,名称,户数,面积,受理日期,提交答卷时间,参选率,合计,直选,备注
        007,和平社区,2000,1234.5,2026-02-01 00:00:00,2026-04-01 09:30:05,69%,4000,是,
        008,光明社区（440101001002）,0,0.25,,,,,否,无
        009,=1+2*3,12
        """;
    try (XlsxRecords x = new XlsxRecords("facts/x.xlsx", book.toFile());
        CsvRecords c =
            new CsvRecords(
                "facts/x.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(x.header()).isEqualTo(c.header());
      assertThat(x.encoding()).isEqualTo("xlsx");
      List<List<String>> fromXlsx = canonical(x);
      assertThat(fromXlsx).isEqualTo(canonical(c));
      assertThat(fromXlsx).hasSize(3);
    }
  }

  @Test
  void theSameRegistryRowsValidateTheSameFromXlsxAndCsv() throws Exception {
    Path book =
        xlsx(
            "communities.xlsx",
            new Object[] {"社区代码", "社区名称", "街道代码", "户数", "常住人口", "社区类型"},
            new Object[] {"440101001001", "和平社区", "440101001", 2000, 6000, "城市社区"},
            new Object[] {"440101001002", "光明社区", "东街道", 2100.0, "6100", "农村社区"});
    String csv =
        """
        社区代码,社区名称,街道代码,户数,常住人口,社区类型
        440101001001,和平社区,440101001,2000,6000,城市社区
        440101001002,光明社区,东街道,2100,6100,农村社区
        """;
    UnitRegistry registry =
        new UnitRegistry(
            List.of(
                new Unit(UnitLevel.DISTRICT, "440101", "甲区", null),
                new Unit(UnitLevel.STREET, "440101001", "东街道", "440101")));
    FieldTable table = TableSpecs.communities(new Pseudonymizer("k"));
    List<List<Object>> fromXlsx = new ArrayList<>();
    List<List<Object>> fromCsv = new ArrayList<>();
    try (XlsxRecords x = new XlsxRecords("registry/communities.xlsx", book.toFile());
        CsvRecords c =
            new CsvRecords(
                "registry/communities.xlsx",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      for (RecordSource source : List.of(x, c)) {
        Projection p = table.project("registry/communities.xlsx", source.header());
        for (String[] r = source.next(); r != null; r = source.next()) {
          (source == x ? fromXlsx : fromCsv)
              .add(
                  Arrays.asList(
                      table.validate(
                          p.canonical(r),
                          "registry/communities.xlsx",
                          source.rowNumber(),
                          registry)));
        }
      }
    }
    assertThat(fromXlsx).isEqualTo(fromCsv);
    // columns of the contract: code, name, street, households, population, type, file, row
    assertThat(fromXlsx.get(1))
        .contains("440101001002", "光明社区", "440101001", 2100, 6100, "农村社区", 2L);
  }

  @Test
  void aCodeStoredAsANumberShowsInScientificNotationAndIsABadCode() throws Exception {
    Path book =
        xlsx(
            "codes.xlsx",
            new Object[] {"社区代码", "所在社区"},
            new Object[] {440101001001d, 440101001001d},
            new Object[] {"440101001001", "和平社区（440101001001）"});
    try (XlsxRecords x = new XlsxRecords("registry/communities.xlsx", book.toFile())) {
      String[] numeric = x.next();
      assertThat(numeric).containsExactly("4.40101E+11", "4.40101E+11");
      assertThatThrownBy(() -> Cells.code("社区代码", numeric[0], UnitLevel.COMMUNITY))
          .isInstanceOfSatisfying(
              CellRejection.class,
              r -> {
                assertThat(r.code()).isEqualTo("bad_code");
                assertThat(r.reason()).contains("社区代码").contains("4.40101E+11");
              });
      UnitRegistry registry =
          new UnitRegistry(
              List.of(new Unit(UnitLevel.COMMUNITY, "440101001001", "和平社区", "440101001")));
      assertThatThrownBy(() -> registry.resolve("所在社区", numeric[1], null, UnitLevel.COMMUNITY))
          .isInstanceOfSatisfying(
              CellRejection.class, r -> assertThat(r.code()).isEqualTo("bad_code"));
      String[] text = x.next();
      assertThat(Cells.code("社区代码", text[0], UnitLevel.COMMUNITY)).isEqualTo("440101001001");
      assertThat(registry.resolve("所在社区", text[1], null, UnitLevel.COMMUNITY).code())
          .isEqualTo("440101001001");
    }
  }

  @Test
  void blankRowsAreSkippedButCountedInRowNumbers() throws Exception {
    // sheet rows: 0 blank, 1 header, 2 data (row 1), 3 blank cells, 4 absent, 5 data (row 4),
    // 6 white space only, 7 data (row 6)
    Path book =
        xlsx(
            "gaps.xlsx",
            new Object[] {"", " "},
            new Object[] {"编号", "名称"},
            new Object[] {"A", "甲"},
            new Object[] {"", null},
            null,
            new Object[] {null, "乙"},
            new Object[] {"  ", "　"},
            new Object[] {"C", "丙", "beyond the header"});
    try (XlsxRecords x = new XlsxRecords("gaps.xlsx", book.toFile())) {
      assertThat(x.header()).containsExactly("编号", "名称");
      assertThat(canonical(x))
          .containsExactly(List.of("1", "A", "甲"), List.of("4", "", "乙"), List.of("6", "C", "丙"));
    }
  }

  @Test
  void anEmptySheetHasNoHeader() throws Exception {
    Path book = xlsx("empty.xlsx", new Object[] {null}, new Object[] {" "});
    assertThatThrownBy(() -> new XlsxRecords("facts/projects_x.xlsx", book.toFile()))
        .isInstanceOf(IngestionException.class)
        .hasMessage("facts/projects_x.xlsx：工作表为空（没有表头行）");
    Locale.setDefault(Locale.ROOT);
    assertThatThrownBy(() -> new XlsxRecords("facts/projects_x.xlsx", book.toFile()))
        .hasMessage("facts/projects_x.xlsx: the sheet is empty (no header row)");
  }

  @Test
  void aFileThatIsNoWorkbookIsNamed() throws Exception {
    Path file = dir.resolve("not.xlsx");
    Files.writeString(file, "编号,名称\n");
    assertThatThrownBy(() -> new XlsxRecords("facts/projects_x.xlsx", file.toFile()))
        .isInstanceOf(IngestionException.class)
        .hasMessageStartingWith("facts/projects_x.xlsx：无法读取工作簿（")
        .hasMessageNotContaining("\n");
  }
}
