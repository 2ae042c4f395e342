package org.govindex.reports.workbook;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.TableSpec;
import org.govindex.reports.model.ReportDataException;
import org.govindex.reports.tables.TableReader;

/**
 * Writes one result table to its worksheet while it streams from its CSV file ({@link
 * TableReader}): a row of the Chinese column titles of the contract, a row of the machine column
 * names (both frozen, with the autofilter on the name row), then the data rows. Numbers become
 * numeric cells with the full precision of the CSV text, booleans boolean cells, nulls blank cells,
 * texts text cells (see {@link SafeText}).
 */
final class TableSheetWriter {

  /** Row index of the Chinese column titles. */
  static final int LABEL_ROW = 0;

  /** Row index of the machine column names. */
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

  /**
   * Adds sheet {@code sheetName} with the table of {@code spec} read from {@code file}.
   *
   * @throws ReportDataException when the file does not fit its contract or a worksheet
   */
  TableSheet write(String sheetName, TableSpec spec, Path file) {
    List<ColumnSpec> columns = spec.columns();
    List<ColumnKind> kinds = columns.stream().map(ColumnKind::of).toList();
    Sheet sheet = workbook.createSheet(sheetName);
    int[] widths = writeHeader(sheet, columns);
    long rows =
        TableReader.stream(
            file,
            spec,
            (row, values) -> {
              if (row > WorkbookWriter.MAX_DATA_ROWS) {
                throw new ReportDataException(
                    "Result table "
                        + file
                        + ": more than the "
                        + WorkbookWriter.MAX_DATA_ROWS
                        + " rows a worksheet holds");
              }
              Row cells = sheet.createRow((int) (FIRST_DATA_ROW + row - 1));
              for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof String text && !SafeText.fits(text)) {
                  throw new ReportDataException(
                      "Result table "
                          + file
                          + " row "
                          + row
                          + " column '"
                          + columns.get(i).name()
                          + "': longer than the "
                          + SafeText.MAX_LENGTH
                          + " characters a cell holds");
                }
                writeCell(cells.createCell(i), values[i], kinds.get(i), widths, i);
              }
            });
    for (int i = 0; i < columns.size(); i++) {
      int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + PADDING));
      sheet.setColumnWidth(i, chars * 256);
    }
    sheet.createFreezePane(0, FIRST_DATA_ROW);
    sheet.setAutoFilter(
        new CellRangeAddress(CODE_ROW, (int) (CODE_ROW + rows), 0, columns.size() - 1));
    return new TableSheet(sheetName, spec, rows);
  }

  /** Writes both header rows; returns the display width each column needs so far. */
  private int[] writeHeader(Sheet sheet, List<ColumnSpec> columns) {
    Row labels = sheet.createRow(LABEL_ROW);
    Row codes = sheet.createRow(CODE_ROW);
    int[] widths = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      String code = columns.get(i).name();
      String label = columns.get(i).title();
      SafeText.write(labels.createCell(i), label, styles.header(), styles.quotedText());
      SafeText.write(codes.createCell(i), code, styles.code(), styles.quotedText());
      // bold labels are a little wider; codes are in a smaller font
      widths[i] = Math.max(DisplayWidth.of(label) + 1, DisplayWidth.of(code) * 4 / 5);
    }
    return widths;
  }

  private void writeCell(Cell cell, Object value, ColumnKind kind, int[] widths, int column) {
    if (value == null || "".equals(value)) {
      // null, or the empty text of a required text column: CSV writes both as the empty field
      cell.setCellStyle(styles.data(kind));
    } else if (value instanceof Boolean bool) {
      cell.setCellValue(bool);
      cell.setCellStyle(styles.data(kind));
      widths[column] = Math.max(widths[column], DisplayWidth.of(bool.toString()));
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(styles.data(kind));
      widths[column] = Math.max(widths[column], kind.displayWidth(number.doubleValue()));
    } else {
      String text = value.toString();
      SafeText.write(cell, text, styles.text(), styles.quotedText());
      widths[column] = Math.max(widths[column], DisplayWidth.of(text));
    }
  }
}
