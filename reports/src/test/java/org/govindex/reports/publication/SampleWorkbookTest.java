package org.govindex.reports.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govindex.contract.Results;
import org.govindex.contract.TableSpec;
import org.govindex.reports.tables.ResultTables;
import org.govindex.reports.workbook.WorkbookInfo;
import org.govindex.reports.workbook.WorkbookWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of the sample result tables, opened as an analyst opens it: Chinese headers, unit
 * names beside unit codes, level and flag codes read out in Chinese, rates as numeric percentages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleWorkbookTest {

  /** Latin letters a Chinese header may carry: the symbols S, O, T, w of the method and IP. */
  private static final Pattern ALLOWED_LATIN =
      Pattern.compile("(?<![A-Za-z])(S|O|T|w|IP)(?![A-Za-z])");

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

  private static final Map<String, String> DIMENSION_NAMES =
      Map.of(
          "governance_actors", "多元主体参与",
          "service_facilities", "服务设施",
          "professional_workforce", "专业人才队伍",
          "service_innovation", "服务创新",
          "outcomes_satisfaction", "成效与满意度");

  private final List<Sheet> sheets = new ArrayList<>();
  private XSSFWorkbook workbook;

  @AfterAll
  void close() throws Exception {
    workbook.close();
  }

  @BeforeAll
  void writeAndOpen(@TempDir Path dir) throws Exception {
    PublicationInputs inputs = SamplePublicationData.write(dir);
    Path tables = inputs.tablesDir();
    TableSpec innovation =
        ResultTables.innovationSpec(
            tables.resolve(Results.INNOVATION_INDEX + ".csv"), DIMENSION_NAMES::get);
    List<TableSpec> present =
        Results.inReadingOrder(innovation).stream()
            .filter(t -> tables.resolve(t.csvFileName()).toFile().isFile())
            .toList();
    Path xlsx = dir.resolve("workbook.xlsx");
    new WorkbookWriter()
        .write(
            tables,
            present,
            new WorkbookInfo(
                "2026", "2026-11-30", "test", Methodology.read(inputs.methodologyJson()).names()),
            xlsx);
    workbook = new XSSFWorkbook(xlsx.toFile());
    for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
      sheets.add(workbook.getSheetAt(i));
    }
    assertThat(sheets).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void everyColumnTitleIsChineseApartFromTheMethodSymbols() {
    for (Sheet sheet : sheets) {
      for (String title : texts(sheet.getRow(0))) {
        assertThat(title).as(sheet.getSheetName()).isNotBlank();
        assertThat(LATIN.matcher(ALLOWED_LATIN.matcher(title).replaceAll("")).find())
            .as(sheet.getSheetName() + ": " + title)
            .isFalse();
      }
    }
  }

  @Test
  void everySheetWithUnitCodesHasTheirNames() {
    // the names the appraisal gives its units, and the department names of the department rating
    Map<String, String> known = new java.util.HashMap<>();
    for (Sheet sheet : sheets) {
      List<String> codes = texts(sheet.getRow(1));
      for (String[] pair :
          new String[][] {{"unit_code", "unit_name"}, {"department_code", "department_name"}}) {
        int code = codes.indexOf(pair[0]);
        int name = codes.indexOf(pair[1]);
        if (code >= 0 && name >= 0 && sheet.getSheetName().matches("考评结果|部门考评")) {
          for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            known.put(text(sheet.getRow(r).getCell(code)), text(sheet.getRow(r).getCell(name)));
          }
        }
      }
    }
    assertThat(known).isNotEmpty();
    int named = 0;
    for (Sheet sheet : sheets) {
      List<String> codes = texts(sheet.getRow(1));
      if (codes.contains("unit_code")) {
        int code = codes.indexOf("unit_code");
        int name = codes.indexOf("unit_name");
        assertThat(name).as(sheet.getSheetName()).isEqualTo(code + 1);
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          String unit = text(row.getCell(code));
          if (known.containsKey(unit)) {
            assertThat(text(row.getCell(name)))
                .as(sheet.getSheetName() + " row " + r + " " + unit)
                .isEqualTo(known.get(unit));
            named++;
          }
        }
      }
    }
    assertThat(named).isGreaterThan(known.size());
  }

  @Test
  void everyUnitHasItsParentBesideItsNameSoThatRepeatedNamesAreToldApart() {
    Sheet appraisal = sheet("考评结果");
    List<String> appraisalCodes = texts(appraisal.getRow(1));
    Map<String, String> parents = new java.util.HashMap<>();
    for (int r = 2; r <= appraisal.getLastRowNum(); r++) {
      Row row = appraisal.getRow(r);
      parents.put(
          text(row.getCell(appraisalCodes.indexOf("unit_code"))),
          text(row.getCell(appraisalCodes.indexOf("parent_name"))));
    }
    int checked = 0;
    java.util.Set<String> repeatedParents = new java.util.TreeSet<>();
    for (Sheet sheet : sheets) {
      List<String> codes = texts(sheet.getRow(1));
      if (!codes.contains("unit_code") || sheet == appraisal) {
        continue;
      }
      int parent = codes.indexOf("parent_name");
      assertThat(parent).as(sheet.getSheetName()).isGreaterThan(codes.indexOf("unit_name"));
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        String unit = text(row.getCell(codes.indexOf("unit_code")));
        if (parents.containsKey(unit) && !parents.get(unit).isEmpty()) {
          assertThat(text(row.getCell(parent)))
              .as(sheet.getSheetName() + " row " + r)
              .isEqualTo(parents.get(unit));
          checked++;
          if (SamplePublicationData.REPEATED_NAME.equals(
              text(row.getCell(codes.indexOf("unit_name"))))) {
            repeatedParents.add(text(row.getCell(parent)));
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(parents.size());
    // the two 和路社区 are of two streets
    assertThat(repeatedParents).hasSize(2);
  }

  @Test
  void indicatorQuestionAndMeasureCodesHaveTheirNamesBeside() {
    Map<String, String> indicators = new java.util.HashMap<>();
    for (String[] indicator : SamplePublicationData.INDICATORS) {
      indicators.put(indicator[0], indicator[1]);
    }
    Map<String, String> questions =
        Map.of("C_SAFETY", "社区治安状况", "C_ENVIRONMENT", "社区环境卫生", "S_OVERALL", "街道工作总体");
    assertNamesBeside(sheet("客观指标"), "indicator_code", "indicator_name", indicators);
    assertNamesBeside(sheet("满意度分项"), "item_code", "item_name", questions);
    Sheet coherence = sheet("指数统计一致性");
    List<String> codes = texts(coherence.getRow(1));
    int label = codes.indexOf("measure_label");
    assertThat(label).isEqualTo(codes.indexOf("measure") + 1);
    for (int r = 2; r <= coherence.getLastRowNum(); r++) {
      assertThat(text(coherence.getRow(r).getCell(label)))
          .as("row " + r)
          .matches(".*[\\u4e00-\\u9fff].*");
    }
  }

  private static void assertNamesBeside(
      Sheet sheet, String codeColumn, String nameColumn, Map<String, String> expected) {
    List<String> codes = texts(sheet.getRow(1));
    int code = codes.indexOf(codeColumn);
    assertThat(codes.indexOf(nameColumn)).as(sheet.getSheetName()).isEqualTo(code + 1);
    assertThat(sheet.getRow(0).getCell(code + 1).getStringCellValue()).endsWith("名称");
    int named = 0;
    for (int r = 2; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      String value = text(row.getCell(code));
      if (expected.containsKey(value)) {
        assertThat(text(row.getCell(code + 1)))
            .as(sheet.getSheetName() + " row " + r)
            .isEqualTo(expected.get(value));
        named++;
      }
    }
    assertThat(named).as(sheet.getSheetName()).isGreaterThan(expected.size());
  }

  @Test
  void levelAndFlagCodesAreReadOutInChinese() {
    int levels = 0;
    int flags = 0;
    for (Sheet sheet : sheets) {
      List<String> codes = texts(sheet.getRow(1));
      for (int c = 0; c < codes.size(); c++) {
        if (!codes.get(c).endsWith("_label")) {
          continue;
        }
        assertThat(codes.get(c - 1) + "_label").isEqualTo(codes.get(c));
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
          String code = text(sheet.getRow(r).getCell(c - 1));
          String label = text(sheet.getRow(r).getCell(c));
          if (codes.get(c).equals("level_label")) {
            assertThat(label).isIn("社区", "街道", "区", "部门");
            assertThat(code).isNotEqualTo(label);
            levels++;
          } else if (!code.isEmpty()) {
            // flag codes are snake_case; their names never start with a Latin letter
            assertThat(label).as(code).isNotEmpty().doesNotStartWith(code);
            flags++;
          }
        }
      }
    }
    assertThat(levels).isPositive();
    assertThat(flags).isPositive();
  }

  @Test
  void ratesAreNumbersShownAsPercentages() {
    int rates = 0;
    for (Sheet sheet : sheets) {
      List<String> codes = texts(sheet.getRow(1));
      for (int c = 0; c < codes.size(); c++) {
        if (!codes.get(c).endsWith("_rate") && !codes.get(c).endsWith("_share")) {
          continue;
        }
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
          Cell cell = sheet.getRow(r).getCell(c);
          if (cell != null && cell.getCellType() != CellType.BLANK) {
            assertThat(cell.getCellType()).as(codes.get(c)).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isBetween(0.0, 1.0);
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            rates++;
          }
        }
      }
    }
    assertThat(rates).isPositive();
  }

  private Sheet sheet(String name) {
    return sheets.stream()
        .filter(s -> s.getSheetName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sheet " + name));
  }

  private static String text(Cell cell) {
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell cell : row) {
      out.add(text(cell));
    }
    return out;
  }
}
