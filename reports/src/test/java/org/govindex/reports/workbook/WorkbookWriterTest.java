package org.govindex.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.ColumnType;
import org.govindex.contract.Results;
import org.govindex.contract.TableSpec;
import org.govindex.reports.model.ReportDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {

  private static final WorkbookInfo INFO = new WorkbookInfo("2026", "2026-11-30", "v1.2.3-test");

  private static final String LONG_NAME = "东湖街道滨江社区（第一网格，\"示范\"）\n二期";

  @TempDir Path dir;

  private static String d(double value) {
    return Double.toString(value);
  }

  static CsvFixture appraisal() {
    CsvFixture table = CsvFixture.of(Results.APPRAISAL);
    table.row(
        "2026",
        "street",
        "007",
        "东湖街道",
        d(84.56789012345678),
        d(0.1 + 0.2),
        d(70.12345678901234),
        d(0.6),
        "152",
        d(80.1),
        d(88.2),
        d(0.8765),
        "1",
        "优秀",
        null,
        "007001",
        "建桥区",
        "中心城区",
        d(68.5),
        d(1.6234567890123),
        "true",
        "1",
        "3");
    table.row(
        "2026",
        "community",
        "0070101",
        LONG_NAME,
        d(1.0E-5),
        null,
        d(-3.25),
        d(0.6),
        "12",
        null,
        null,
        d(1.0),
        null,
        null,
        "insufficient_sample;no_survey",
        "007",
        "东湖街道",
        null,
        null,
        null,
        null,
        null,
        null);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      table.row(
          "2026",
          "community",
          String.format("0070%03d", 200 + i),
          "西关街道第" + (i + 1) + "社区",
          d(random.nextDouble() * 100),
          d(random.nextDouble() * 100),
          d(random.nextDouble() * 100),
          d(0.6),
          Integer.toString(random.nextInt(2_000_000)),
          d(random.nextDouble() * 50),
          d(50 + random.nextDouble() * 50),
          d(random.nextDouble()),
          Integer.toString(i + 2),
          i % 2 == 0 ? "良好" : "合格",
          i % 3 == 0 ? "incomplete" : null,
          "008",
          "西关街道",
          "非中心城区",
          d(random.nextDouble() * 100),
          d(random.nextDouble() * 10 - 5),
          i % 2 == 0 ? "false" : null,
          Integer.toString(i + 1),
          Integer.toString(i + 4));
    }
    return table;
  }

  static CsvFixture awards() {
    return CsvFixture.of(Results.AWARDS)
        .row("2026", "P001", "'=1+1", "0070101", d(91.5), "优秀", "true", d(150000.0), "")
        .row("2026", "P002", "'+cmd", "0070102", d(85.25), "良好", "true", d(80000.5), null)
        .row("2026", "P003", "'-2x", "0070103", d(59.0), "不合格", "false", d(0.0), "no_survey")
        .row("2026", "P004", "'@SUM(A1)", "0070104", null, null, "false", d(0.0), "incomplete")
        .row("2026", "P005", "'\t制表符开头", "0070105", d(70.0), "合格", "false", d(0.0), null)
        .row("2026", "P006", "'\r回车开头", "0070106", d(70.0), "合格", "false", d(0.0), null)
        .row("2026", "P007", "''已有单引号", "0070107", d(70.0), "合格", "false", d(0.0), null)
        .row("2026", "P008", "社区议事厅, \"三社联动\"", "0070108", d(99.5), "优秀", "true", d(1.0E7), "");
  }

  /** A table outside the published contract, with a spec of its own. */
  static final TableSpec CUSTOM =
      TableSpec.builder("street_custom_extract", "街道自定义摘录", "一行一个街道的自定义指标")
          .required("foo_code", ColumnType.STRING, "代码")
          .optional("foo_metric", ColumnType.INT, "指标")
          .optional("note", ColumnType.STRING, "备注")
          .build();

  static CsvFixture customTable() {
    return CsvFixture.of(CUSTOM)
        .row("A1", "12", "一二三四五六七八九十一二三四五六七八九十")
        .row("A2", "-7", "短")
        .row("A3", null, null);
  }

  static CsvFixture emptyTable() {
    return CsvFixture.of(Results.SATISFACTION_ITEMS);
  }

  private static TableSpec single(String name) {
    return TableSpec.builder(name, name, "测试表 " + name).required("x", ColumnType.INT, "x").build();
  }

  private Path writeWorkbook(CsvFixture... tables) throws IOException {
    Path tablesDir = Files.createDirectories(dir.resolve("tables"));
    List<TableSpec> specs = new ArrayList<>();
    for (int i = 0; i < tables.length; i++) {
      // the second file with CRLF line ends and a byte order mark, as a spreadsheet might save it
      tables[i].writeTo(tablesDir, i == 1 ? "\r\n" : "\n", i == 1);
      specs.add(tables[i].spec());
    }
    Path xlsx = dir.resolve("reports/govindex-2026.xlsx");
    new WorkbookWriter().write(tablesDir, specs, INFO, xlsx);
    return xlsx;
  }

  @Test
  void sheetsFollowTheOverviewInTheGivenOrderUnderChineseTitles() throws Exception {
    Path xlsx = writeWorkbook(appraisal(), awards(), customTable(), emptyTable());
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      List<String> names = new ArrayList<>();
      for (Sheet sheet : workbook) {
        names.add(sheet.getSheetName());
      }
      assertThat(names).containsExactly("说明", "考评结果", "以奖代补项目", "街道自定义摘录", "满意度分项");
    }
  }

  @Test
  void theWorkbookIsDatedByItsRunNotByTheClock() throws Exception {
    Path xlsx = writeWorkbook(appraisal());
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      assertThat(workbook.getProperties().getCoreProperties().getCreated())
          .isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-11-30T00:00:00Z")));
    }
  }

  @Test
  void everyValueEqualsTheCsvValue() throws Exception {
    CsvFixture[] tables = {appraisal(), awards(), customTable(), emptyTable()};
    Path xlsx = writeWorkbook(tables);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      for (int i = 0; i < tables.length; i++) {
        assertThat(mismatches(workbook.getSheetAt(i + 1), tables[i])).isEmpty();
      }
    }
  }

  @Test
  void numbersAreNumericCellsAndIdentifiersStayText() throws Exception {
    CsvFixture appraisal = appraisal();
    Path xlsx = writeWorkbook(appraisal);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      XSSFSheet sheet = workbook.getSheet("考评结果");
      Row first = sheet.getRow(2);
      for (String code :
          List.of("subjective_score", "objective_score", "n_valid", "satisfaction_rate", "rank")) {
        assertThat(at(first, code).getCellType()).as(code).isEqualTo(CellType.NUMERIC);
      }
      Cell unitCode = at(first, "unit_code");
      assertThat(unitCode.getCellType()).isEqualTo(CellType.STRING);
      assertThat(unitCode.getStringCellValue()).isEqualTo("007");
      assertThat(at(first, "period").getStringCellValue()).isEqualTo("2026");
      assertThat(at(first, "objective_score").getNumericCellValue()).isEqualTo(0.30000000000000004);
      Row second = sheet.getRow(3);
      assertThat(at(second, "unit_name").getStringCellValue()).isEqualTo(LONG_NAME);
      assertThat(at(second, "subjective_score").getNumericCellValue()).isEqualTo(1.0E-5);
    }
  }

  @Test
  void columnsGetDisplayFormatsByKind() throws Exception {
    CsvFixture appraisal = appraisal();
    CsvFixture awards = awards();
    CsvFixture custom = customTable();
    Path xlsx = writeWorkbook(appraisal, awards, custom);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      Row row = workbook.getSheet("考评结果").getRow(2);
      assertThat(format(row, appraisal, "satisfaction_rate")).isEqualTo("0.0%");
      assertThat(format(row, appraisal, "n_valid")).isEqualTo("#,##0");
      assertThat(format(row, appraisal, "rank")).isEqualTo("#,##0");
      assertThat(format(row, appraisal, "total_score")).isEqualTo("0.00");
      assertThat(format(row, appraisal, "ci_low")).isEqualTo("0.00");
      assertThat(format(row, appraisal, "subjective_weight")).isEqualTo("0.00####");
      assertThat(format(row, appraisal, "unit_name")).isEqualTo("@");
      Row award = workbook.getSheet("以奖代补项目").getRow(2);
      assertThat(format(award, awards, "award_amount")).isEqualTo("#,##0.00");
      assertThat(at(award, "eligible").getCellType()).isEqualTo(CellType.BOOLEAN);
      Row customRow = workbook.getSheet("街道自定义摘录").getRow(2);
      assertThat(format(customRow, custom, "foo_metric")).isEqualTo("#,##0");
    }
  }

  @Test
  void formulaLikeTextIsAStringCellWithoutApostrophe() throws Exception {
    CsvFixture awards = awards();
    Path xlsx = writeWorkbook(awards);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      XSSFSheet sheet = workbook.getSheet("以奖代补项目");
      int name = awards.column("project_name");
      List<String> risky = List.of("=1+1", "+cmd", "-2x", "@SUM(A1)", "\t制表符开头", "\r回车开头");
      for (int r = 0; r < risky.size(); r++) {
        XSSFCell cell = sheet.getRow(2 + r).getCell(name);
        assertThat(cell.getCellType()).as(risky.get(r)).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(risky.get(r));
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(risky.get(r)).isTrue();
      }
      XSSFCell plain = sheet.getRow(2 + 6).getCell(name);
      assertThat(plain.getStringCellValue()).isEqualTo("'已有单引号");
      assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getRow(2 + 7).getCell(name).getStringCellValue())
          .isEqualTo("社区议事厅, \"三社联动\"");
      for (Sheet any : workbook) {
        for (Row row : any) {
          for (Cell cell : row) {
            assertThat(cell.getCellType())
                .as(any.getSheetName() + "!" + cell.getAddress())
                .isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }

  @Test
  void nullIsABlankCell() throws Exception {
    CsvFixture appraisal = appraisal();
    Path xlsx = writeWorkbook(appraisal);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      Row second = workbook.getSheet("考评结果").getRow(3);
      for (String code : List.of("objective_score", "ci_low", "ci_high", "rank", "grade")) {
        Cell cell = at(second, code);
        assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(code).isTrue();
      }
    }
  }

  @Test
  void headerHasChineseLabelsAboveMachineCodesBothFrozenWithAutofilter() throws Exception {
    CsvFixture appraisal = appraisal();
    CsvFixture custom = customTable();
    Path xlsx = writeWorkbook(appraisal, custom);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      XSSFSheet sheet = workbook.getSheet("考评结果");
      // the titles and names of the contract, in its order, the level and flags followed by
      // their Chinese readings
      List<String> titles = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      for (ColumnSpec column : Results.APPRAISAL.columns()) {
        titles.add(column.title());
        codes.add(column.name());
        if (column.name().equals("level") || column.name().equals("flags")) {
          titles.add(column.name().equals("level") ? "层级名称" : "标记说明");
          codes.add(column.name() + "_label");
        }
      }
      assertThat(texts(sheet.getRow(0)))
          .startsWith("年度", "层级", "层级名称", "单位代码", "单位名称", "群众主观评价得分 S")
          .isEqualTo(titles);
      assertThat(texts(sheet.getRow(1))).isEqualTo(codes);
      XSSFCell label = sheet.getRow(0).getCell(0);
      XSSFCell code = sheet.getRow(1).getCell(0);
      assertThat(label.getCellStyle().getFont().getBold()).isTrue();
      assertThat(code.getCellStyle().getFont().getFontHeightInPoints())
          .isLessThan(label.getCellStyle().getFont().getFontHeightInPoints());
      PaneInformation pane = sheet.getPaneInformation();
      assertThat(pane).isNotNull();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
      // 23 columns and two readings: A to Y
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A2:Y" + (2 + appraisal.rows().size()));
      assertThat(texts(workbook.getSheet("街道自定义摘录").getRow(0))).containsExactly("代码", "指标", "备注");
    }
  }

  @Test
  void columnWidthsCountChineseCharactersDouble() throws Exception {
    CsvFixture custom = customTable();
    Path xlsx = writeWorkbook(custom);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      XSSFSheet sheet = workbook.getSheet("街道自定义摘录");
      // 20 ideographs in the widest note: at least 40 character cells
      assertThat(sheet.getColumnWidth(custom.column("note"))).isGreaterThanOrEqualTo(40 * 256);
      assertThat(sheet.getColumnWidth(custom.column("foo_code"))).isLessThan(20 * 256);
    }
  }

  @Test
  void overviewListsEveryTableWithRowCountAndTheRun() throws Exception {
    CsvFixture[] tables = {appraisal(), awards(), customTable(), emptyTable()};
    Path xlsx = writeWorkbook(tables);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      XSSFSheet overview = workbook.getSheetAt(0);
      assertThat(overview.getSheetName()).isEqualTo("说明");
      List<String> all = new ArrayList<>();
      for (Row row : overview) {
        all.addAll(texts(row));
      }
      assertThat(all).contains("2026", "2026-11-30", "v1.2.3-test");
      for (CsvFixture table : tables) {
        Row row = rowNamed(overview, table.name());
        assertThat(row).as(table.name()).isNotNull();
        assertThat(row.getCell(2).getNumericCellValue())
            .as(table.name())
            .isEqualTo(table.rows().size());
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(table.spec().description());
      }
      Row appraisalRow = rowNamed(overview, "appraisal");
      assertThat(appraisalRow.getCell(0).getStringCellValue()).isEqualTo("考评结果");
      assertThat(appraisalRow.getCell(3).getStringCellValue()).contains("总分 T");
      assertThat(appraisalRow.getCell(0).getHyperlink().getAddress()).isEqualTo("'考评结果'!A1");
      assertThat(rowNamed(overview, "street_custom_extract").getCell(0).getStringCellValue())
          .isEqualTo("街道自定义摘录");
    }
  }

  @Test
  void sheetNamesAreValidAndUnique() throws Exception {
    CsvFixture longName =
        CsvFixture.of(single("a_very_long_table_name_beyond_thirty_one_chars")).row("1");
    CsvFixture upper = CsvFixture.of(single("Custom")).row("1");
    CsvFixture lower = CsvFixture.of(single("custom")).row("2");
    CsvFixture samePrefix =
        CsvFixture.of(single("a_very_long_table_name_beyond_thirty_one_chars_too")).row("3");
    Path xlsx = writeWorkbook(longName, upper, lower, samePrefix);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      assertThat(workbook.getSheetName(1)).isEqualTo("a_very_long_table_name_beyond_t");
      assertThat(workbook.getSheetName(2)).isEqualTo("Custom");
      assertThat(workbook.getSheetName(3)).isEqualTo("custom (2)");
      assertThat(workbook.getSheetName(4)).isEqualTo("a_very_long_table_name_beyo (2)");
      assertThat(workbook.getSheetAt(4).getRow(2).getCell(0).getNumericCellValue()).isEqualTo(3);
    }
  }

  @Test
  void cityScaleTableStreamsThrough() throws Exception {
    // only the required columns and a few others, as an older output might have them
    CsvFixture big =
        CsvFixture.of(
            Results.APPRAISAL,
            "period",
            "level",
            "unit_code",
            "unit_name",
            "total_score",
            "subjective_weight",
            "n_valid",
            "satisfaction_rate",
            "flags");
    Random random = new Random(11);
    for (int i = 0; i < 50_000; i++) {
      big.row(
          "2026",
          "community",
          String.format("%08d", i),
          "第" + i + "社区",
          d(random.nextDouble() * 100),
          d(0.7),
          Integer.toString(random.nextInt(500)),
          d(random.nextDouble()),
          i % 10 == 0 ? "insufficient_sample" : null);
    }
    Path xlsx = writeWorkbook(big);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      assertThat(rowNamed(workbook.getSheetAt(0), "appraisal").getCell(2).getNumericCellValue())
          .isEqualTo(50_000);
      assertThat(mismatches(workbook.getSheetAt(1), big)).isEmpty();
    }
  }

  @Test
  void replacesAnOldWorkbookAndLeavesNoTemporaryFile() throws Exception {
    Path xlsx = writeWorkbook(customTable());
    Files.writeString(xlsx, "old content");
    writeWorkbook(customTable());
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
    }
    try (Stream<Path> files = Files.list(xlsx.getParent())) {
      assertThat(files).containsExactly(xlsx);
    }
  }

  @Test
  void missingTableFileFailsNamingTheFileAndWritesNothing() throws Exception {
    Path tables = Files.createDirectories(dir.resolve("tables"));
    appraisal().writeTo(tables);
    Path xlsx = dir.resolve("out/workbook.xlsx");
    assertThatThrownBy(
            () ->
                new WorkbookWriter()
                    .write(tables, List.of(Results.APPRAISAL, Results.AWARDS), INFO, xlsx))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("awards.csv")
        .hasMessageContaining("not found");
    assertThat(xlsx).doesNotExist();
  }

  @Test
  void aFileThatBreaksItsContractFailsNamingFileRowAndColumnAndWritesNothing() throws Exception {
    Path tables = Files.createDirectories(dir.resolve("tables"));
    CsvFixture awards = awards();
    awards.rows().set(2, new ArrayList<>(awards.rows().get(2)));
    awards.rows().get(2).set(awards.header().indexOf("award_amount"), "五万");
    awards.writeTo(tables);
    Path xlsx = dir.resolve("out/workbook.xlsx");
    WorkbookWriter writer = new WorkbookWriter();
    assertThatThrownBy(() -> writer.write(tables, List.of(Results.AWARDS), INFO, xlsx))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("awards.csv row 3 column 'award_amount'")
        .hasMessageContaining("'五万' is not a number");
    Files.writeString(tables.resolve("awards.csv"), "period,project_code\n2026,\"open\n");
    assertThatThrownBy(() -> writer.write(tables, List.of(Results.AWARDS), INFO, xlsx))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("awards.csv, header row: no column 'eligible'");
    assertThat(xlsx).doesNotExist();
  }

  @Test
  void optionalColumnsAnOlderFileLacksAreBlank() throws Exception {
    CsvFixture older =
        CsvFixture.of(
                Results.APPRAISAL,
                "period",
                "level",
                "unit_code",
                "subjective_weight",
                "n_valid",
                "flags")
            .row("2026", "street", "001", d(0.5), "300", "");
    Path xlsx = writeWorkbook(older);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      XSSFSheet sheet = workbook.getSheet("考评结果");
      assertThat(texts(sheet.getRow(1)))
          .filteredOn(code -> !code.endsWith("_label"))
          .isEqualTo(Results.APPRAISAL.names());
      assertThat(mismatches(sheet, older)).isEmpty();
    }
  }

  /** Every cell that differs from the expected table, as a readable list (empty when all agree). */
  private static List<String> mismatches(Sheet sheet, CsvFixture table) {
    List<String> problems = new ArrayList<>();
    if (sheet.getLastRowNum() != 1 + table.rows().size()) {
      problems.add(sheet.getSheetName() + ": last row " + sheet.getLastRowNum());
    }
    List<String> sheetCodes = texts(sheet.getRow(TableSheetWriter.CODE_ROW));
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.getRow(2 + r);
      for (String code : table.spec().names()) {
        String expected = table.value(r, code);
        int c = sheetCodes.indexOf(code);
        Cell cell = row == null ? null : row.getCell(c);
        String where = sheet.getSheetName() + "!" + new CellReference(2 + r, c).formatAsString();
        String problem = mismatch(cell, expected);
        if (problem != null) {
          problems.add(where + ": " + problem);
        }
      }
    }
    return problems;
  }

  private static String mismatch(Cell cell, String expected) {
    if (expected == null || expected.isEmpty()) {
      return cell == null || cell.getCellType() == CellType.BLANK
          ? null
          : "expected blank, found " + cell;
    }
    if (cell == null) {
      return "expected " + expected + ", found no cell";
    }
    switch (cell.getCellType()) {
      case NUMERIC:
        double number = cell.getNumericCellValue();
        return Double.compare(Double.parseDouble(expected), number) == 0
            ? null
            : "expected " + expected + ", found number " + number;
      case BOOLEAN:
        return String.valueOf(cell.getBooleanCellValue()).equals(expected)
            ? null
            : "expected " + expected + ", found boolean " + cell.getBooleanCellValue();
      case STRING:
        String text = cell.getStringCellValue();
        boolean quoted = cell.getCellStyle().getQuotePrefixed();
        // the CSV cell is the writer's neutralised form; the workbook holds the text itself
        String stored = expected.startsWith("'") ? expected.substring(1) : expected;
        boolean formulaLike = "=+-@\t\r".indexOf(stored.isEmpty() ? 'x' : stored.charAt(0)) >= 0;
        return text.equals(stored) && quoted == formulaLike
            ? null
            : "expected " + stored + " (quote prefix " + formulaLike + "), found " + text;
      default:
        return "expected " + expected + ", found a " + cell.getCellType() + " cell";
    }
  }

  private static String format(Row row, CsvFixture table, String code) {
    assertThat(table.spec().has(code)).as(code).isTrue();
    return at(row, code).getCellStyle().getDataFormatString();
  }

  /** The cell of {@code row} in the column whose code row says {@code code}. */
  private static Cell at(Row row, String code) {
    int column = texts(row.getSheet().getRow(TableSheetWriter.CODE_ROW)).indexOf(code);
    assertThat(column).as("column " + code).isNotNegative();
    return row.getCell(column);
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "");
    }
    return texts;
  }

  private static Row rowNamed(Sheet overview, String tableName) {
    for (Row row : overview) {
      Cell name = row.getCell(1);
      if (name != null
          && name.getCellType() == CellType.STRING
          && name.getStringCellValue().equals(tableName)) {
        return row;
      }
    }
    return null;
  }
}
