package org.govindex.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.govindex.contract.Messages;
import org.govindex.contract.TableSpec;
import org.govindex.reports.AtomicFileWriter;
import org.govindex.reports.ReportException;
import org.govindex.reports.ReportRenderingException;
import org.govindex.reports.model.ReportDataException;
import org.govindex.reports.tables.TableReader;

/**
 * Writes the analyst workbook (XLSX) from the result tables the jobs write as CSV ({@code
 * <tablesDir>/<name>.csv}), each read by its contract {@link TableSpec}: a first sheet 说明 that
 * describes the run and lists the tables, then one sheet per table in the order given, named by the
 * table's Chinese title, with a row of the Chinese column titles above a row of the machine column
 * names; each level, flag, measure, indicator, question and node code column is followed by its
 * Chinese reading, each unit code by its name (where the table has none) and its parent's name
 * ({@link LabelColumn}).
 *
 * <p>Numbers keep the full precision of the CSV and get a display format by column (rates and
 * shares as percentages, scores with two decimals, counts with thousands separators); text that a
 * spreadsheet could evaluate is neutralised ({@link SafeText}). Rows stream from each file to disk,
 * so tables of any size up to Excel's row limit use little memory. The file is replaced atomically.
 */
public final class WorkbookWriter {

  /** Code column → name column of the tables that name units. */
  private static final List<List<String>> CODE_NAME_COLUMNS =
      List.of(
          List.of("unit_code", "unit_name"),
          List.of("parent_code", "parent_name"),
          List.of("street_code", "street_name"),
          List.of("department_code", "department_name"));

  /** Rows of a sheet kept in memory before they are flushed to a temporary file. */
  private static final int ROW_WINDOW = 500;

  /** Most data rows a sheet holds below the two header rows. */
  static final int MAX_DATA_ROWS =
      SpreadsheetVersion.EXCEL2007.getMaxRows() - TableSheetWriter.FIRST_DATA_ROW;

  /**
   * Writes {@code xlsxFile} from the files of {@code tables} in {@code tablesDir}.
   *
   * @param tables the tables in sheet order; each file {@code <tablesDir>/<name>.csv} must exist
   * @throws ReportDataException when a table file is missing, not valid CSV, does not fit its
   *     contract or is too large for a sheet
   * @throws ReportRenderingException when the workbook cannot be written
   */
  public void write(Path tablesDir, List<TableSpec> tables, WorkbookInfo info, Path xlsxFile) {
    Objects.requireNonNull(tablesDir, "tablesDir");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(xlsxFile, "xlsxFile");
    requirePlainDistinctNames(tables);
    for (TableSpec table : tables) {
      Path file = tablesDir.resolve(table.csvFileName());
      if (!Files.isRegularFile(file)) {
        throw new ReportDataException(Messages.text("reports.table.notFound", file));
      }
      if (table.columns().size() > SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
        throw new ReportDataException(
            Messages.text(
                "reports.workbook.tooManyColumns",
                table.name(),
                table.columns().size(),
                SpreadsheetVersion.EXCEL2007.getMaxColumns()));
      }
    }
    try {
      AtomicFileWriter.write(xlsxFile, out -> render(tablesDir, tables, info, out));
    } catch (ReportException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ReportRenderingException(xlsxFile, e);
    }
  }

  private static void render(
      Path tablesDir, List<TableSpec> tables, WorkbookInfo info, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
      describe(workbook, info);
      WorkbookStyles styles = new WorkbookStyles(workbook);
      SheetNames sheetNames = new SheetNames();
      Sheet overview = workbook.createSheet(sheetNames.claim(OverviewSheetWriter.SHEET_NAME));
      TableSheetWriter tableWriter = new TableSheetWriter(workbook, styles);
      LabelColumn.Lookups lookups =
          new LabelColumn.Lookups(
              names(tablesDir, tables, CODE_NAME_COLUMNS),
              names(tablesDir, tables, List.of(List.of("unit_code", "parent_name"))),
              info.codeNames());
      List<TableSheet> sheets = new ArrayList<>();
      for (TableSpec table : tables) {
        sheets.add(
            tableWriter.write(
                sheetNames.claim(table.title()),
                table,
                tablesDir.resolve(table.csvFileName()),
                lookups));
      }
      new OverviewSheetWriter(workbook, styles).write(overview, info, sheets);
      workbook.write(out);
    }
  }

  /**
   * Code → text from every table that carries both columns of one of {@code codeTextColumns}: unit
   * code → name (unit, parent, street and department code and name columns) for the tables that
   * carry codes only, unit code → parent name for the tables without parents.
   */
  private static Map<String, String> names(
      Path tablesDir, List<TableSpec> tables, List<List<String>> codeTextColumns) {
    Map<String, String> names = new HashMap<>();
    for (TableSpec table : tables) {
      List<int[]> pairs = new ArrayList<>();
      for (List<String> columns : codeTextColumns) {
        if (table.has(columns.get(0)) && table.has(columns.get(1))) {
          pairs.add(new int[] {table.indexOf(columns.get(0)), table.indexOf(columns.get(1))});
        }
      }
      if (pairs.isEmpty()) {
        continue;
      }
      TableReader.stream(
          tablesDir.resolve(table.csvFileName()),
          table,
          (row, values) -> {
            for (int[] pair : pairs) {
              if (values[pair[0]] instanceof String c && values[pair[1]] instanceof String n) {
                names.putIfAbsent(c, n);
              }
            }
          });
    }
    return names;
  }

  private static void describe(SXSSFWorkbook workbook, WorkbookInfo info) {
    POIXMLProperties.CoreProperties core =
        workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setTitle("govindex 分析工作簿 " + info.period());
    core.setCreator("govindex " + info.codeVersion());
    core.setDescription("年度 " + info.period() + "，运行日期 " + info.runDate());
    // the run date, not the clock (POI's default): the same run gives the same bytes
    core.setCreated(
        java.util.Optional.of(
            java.util.Date.from(java.time.Instant.parse(info.runDate() + "T00:00:00Z"))));
  }

  private static void requirePlainDistinctNames(List<TableSpec> tables) {
    Objects.requireNonNull(tables, "tables");
    HashSet<String> seen = new HashSet<>();
    for (TableSpec table : tables) {
      String name = table.name();
      if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
        throw new ReportException(Messages.text("reports.workbook.notPlainName", name));
      }
      if (!seen.add(name)) {
        throw new ReportException(Messages.text("reports.workbook.listedTwice", name));
      }
    }
  }
}
