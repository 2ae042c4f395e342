package org.govindex.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.govindex.reports.AtomicFileWriter;
import org.govindex.reports.ReportException;
import org.govindex.reports.ReportRenderingException;

/**
 * Writes the analyst workbook (XLSX) from the result tables the jobs write as CSV ({@code
 * <tablesDir>/<name>.csv}): a first sheet 说明 that describes the run and lists the tables, then one
 * sheet per table in the order given, named by its Chinese title ({@link TableTitles}), with a row
 * of Chinese column labels ({@link ColumnLabels}) above a row of the machine column codes.
 *
 * <p>Numbers keep the full precision of the CSV and get a display format by column (rates and
 * shares as percentages, scores with two decimals, counts with thousands separators); text that a
 * spreadsheet could evaluate is neutralised ({@link SafeText}). Each table file is read twice
 * (profile, then write) and rows are streamed to disk, so tables of any size up to Excel's row
 * limit use little memory. The file is replaced atomically.
 */
public final class WorkbookWriter {

  /** Rows of a sheet kept in memory before they are flushed to a temporary file. */
  private static final int ROW_WINDOW = 500;

  /** Most data rows a sheet holds below the two header rows. */
  static final int MAX_DATA_ROWS =
      SpreadsheetVersion.EXCEL2007.getMaxRows() - TableSheetWriter.FIRST_DATA_ROW;

  /**
   * Writes {@code xlsxFile} from the tables {@code tableNames} in {@code tablesDir}.
   *
   * @throws TableFileException when a table file is missing, malformed or too large for a sheet
   * @throws ReportRenderingException when the workbook cannot be written
   */
  public void write(Path tablesDir, List<String> tableNames, WorkbookInfo info, Path xlsxFile) {
    Objects.requireNonNull(tablesDir, "tablesDir");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(xlsxFile, "xlsxFile");
    requirePlainDistinctNames(tableNames);
    SheetNames sheetNames = new SheetNames();
    sheetNames.claim(OverviewSheetWriter.SHEET_NAME);
    List<TableSheet> sheets = new ArrayList<>();
    for (String name : tableNames) {
      TableProfile table = TableProfile.scan(name, tablesDir.resolve(name + ".csv"));
      requireFitsSheet(table);
      sheets.add(new TableSheet(sheetNames.claim(TableTitles.title(name)), table));
    }
    try {
      AtomicFileWriter.write(xlsxFile, out -> render(info, sheets, out));
    } catch (ReportException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ReportRenderingException(xlsxFile, e);
    }
  }

  private static void render(WorkbookInfo info, List<TableSheet> sheets, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
      describe(workbook, info);
      WorkbookStyles styles = new WorkbookStyles(workbook);
      new OverviewSheetWriter(workbook, styles).write(info, sheets);
      TableSheetWriter tableWriter = new TableSheetWriter(workbook, styles);
      for (TableSheet sheet : sheets) {
        tableWriter.write(sheet);
      }
      workbook.write(out);
    }
  }

  private static void describe(SXSSFWorkbook workbook, WorkbookInfo info) {
    POIXMLProperties.CoreProperties core =
        workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setTitle("govindex 分析工作簿 " + info.period());
    core.setCreator("govindex " + info.codeVersion());
    core.setDescription("年度 " + info.period() + "，运行日期 " + info.runDate());
  }

  private static void requirePlainDistinctNames(List<String> tableNames) {
    Objects.requireNonNull(tableNames, "tableNames");
    HashSet<String> seen = new HashSet<>();
    for (String name : tableNames) {
      if (name == null
          || name.isBlank()
          || name.contains("/")
          || name.contains("\\")
          || name.startsWith(".")) {
        throw new ReportException("Workbook table name '" + name + "' is not a plain file name");
      }
      if (!seen.add(name)) {
        throw new ReportException("Workbook table " + name + " is listed twice");
      }
    }
  }

  private static void requireFitsSheet(TableProfile table) {
    if (table.rowCount() > MAX_DATA_ROWS) {
      throw new TableFileException(
          table.file(),
          table.rowCount() + " rows, more than the " + MAX_DATA_ROWS + " a worksheet holds");
    }
    if (table.columns().size() > SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
      throw new TableFileException(
          table.file(),
          table.columns().size()
              + " columns, more than the "
              + SpreadsheetVersion.EXCEL2007.getMaxColumns()
              + " a worksheet holds");
    }
  }
}
