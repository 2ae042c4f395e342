package org.govindex.reports.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one result table to its worksheet in a second pass over the CSV file: a row of Chinese
 * column labels, a row of machine column codes (both frozen, with the autofilter on the code row),
 * then the data rows. Numbers become numeric cells with the full precision of the CSV text, empty
 * fields blank cells, everything else text cells (see {@link SafeText}).
 */
final class TableSheetWriter {

  /** Row index of the Chinese column labels. */
  static final int LABEL_ROW = 0;

  /** Row index of the machine column codes. */
  static final int CODE_ROW = 1;

  /** Row index of the first data row. */
  static final int FIRST_DATA_ROW = 2;

  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;
  private static final int PADDING = 2;

  private final Workbook workbook;
  private final WorkbookStyles styles;

  TableSheetWriter(Workbook workbook, WorkbookStyles styles) {
    this.workbook = workbook;
    this.styles = styles;
  }

  /** Adds the sheet of {@code tableSheet} to the workbook. */
  void write(TableSheet tableSheet) {
    TableProfile table = tableSheet.table();
    List<String> columns = table.columns();
    Sheet sheet = workbook.createSheet(tableSheet.sheetName());
    int[] widths = writeHeader(sheet, columns);
    long rows = writeRows(sheet, table, widths);
    if (rows != table.rowCount()) {
      throw new TableFileException(
          table.file(),
          "changed while being read (" + table.rowCount() + " rows, then " + rows + ")");
    }
    for (int i = 0; i < columns.size(); i++) {
      int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + PADDING));
      sheet.setColumnWidth(i, chars * 256);
    }
    sheet.createFreezePane(0, FIRST_DATA_ROW);
    sheet.setAutoFilter(
        new CellRangeAddress(CODE_ROW, (int) (CODE_ROW + rows), 0, columns.size() - 1));
  }

  /** Writes both header rows; returns the display width each column needs so far. */
  private int[] writeHeader(Sheet sheet, List<String> columns) {
    Row labels = sheet.createRow(LABEL_ROW);
    Row codes = sheet.createRow(CODE_ROW);
    int[] widths = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      String code = columns.get(i);
      String label = ColumnLabels.label(code);
      SafeText.write(labels.createCell(i), label, styles.header(), styles.quotedText());
      SafeText.write(codes.createCell(i), code, styles.code(), styles.quotedText());
      // bold labels are a little wider; codes are in a smaller font
      widths[i] = Math.max(DisplayWidth.of(label) + 1, DisplayWidth.of(code) * 4 / 5);
    }
    return widths;
  }

  private long writeRows(Sheet sheet, TableProfile table, int[] widths) {
    List<ColumnKind> kinds = table.kinds();
    for (int i = 0; i < kinds.size(); i++) {
      if (!kinds.get(i).numeric()) {
        widths[i] = Math.max(widths[i], table.profiles().get(i).widestText());
      }
    }
    try (CsvReader csv = CsvReader.open(table.file())) {
      if (!TableProfile.readHeader(csv).equals(table.columns())) {
        throw new TableFileException(table.file(), "header changed while being read");
      }
      long rows = 0;
      for (List<String> record = csv.next(); record != null; record = csv.next()) {
        TableProfile.requireWidth(csv, record, kinds.size());
        Row row = sheet.createRow((int) (FIRST_DATA_ROW + rows));
        for (int i = 0; i < record.size(); i++) {
          writeCell(row.createCell(i), record.get(i), kinds.get(i), widths, i, csv);
        }
        rows++;
      }
      return rows;
    }
  }

  private void writeCell(
      Cell cell, String value, ColumnKind kind, int[] widths, int column, CsvReader csv) {
    if (value.isEmpty()) {
      cell.setCellStyle(styles.data(kind));
      return;
    }
    boolean fitsKind =
        kind == ColumnKind.BOOLEAN
            ? ColumnProfile.isBoolean(value)
            : !kind.numeric() || ColumnProfile.isNumber(value);
    if (!fitsKind) {
      throw new TableFileException(
          csv.file(), csv.recordLine(), "changed while being read (column " + (column + 1) + ")");
    }
    if (kind == ColumnKind.BOOLEAN) {
      cell.setCellValue(Boolean.parseBoolean(value));
      cell.setCellStyle(styles.data(kind));
    } else if (kind.numeric()) {
      double number = Double.parseDouble(value);
      cell.setCellValue(number);
      cell.setCellStyle(styles.data(kind));
      widths[column] = Math.max(widths[column], kind.displayWidth(number));
    } else {
      if (!SafeText.fits(value)) {
        throw new TableFileException(
            csv.file(),
            csv.recordLine(),
            "value in column "
                + (column + 1)
                + " is longer than the "
                + SafeText.MAX_LENGTH
                + " characters a cell holds");
      }
      SafeText.write(cell, value, styles.text(), styles.quotedText());
    }
  }
}
