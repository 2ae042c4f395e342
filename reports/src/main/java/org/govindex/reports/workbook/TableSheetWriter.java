package org.govindex.reports.workbook;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.Messages;
import org.govindex.contract.TableSpec;
import org.govindex.reports.model.ReportDataException;
import org.govindex.reports.tables.TableReader;

/**
 * Writes one result table to its worksheet while it streams from its CSV file ({@link
 * TableReader}): a row of the Chinese column titles of the contract, a row of the machine column
 * names (both frozen, with the autofilter on the name row), then the data rows. Numbers become
 * numeric cells with the full precision of the CSV text, booleans boolean cells, nulls blank cells,
 * texts text cells (see {@link SafeText}). Each code column with a {@link LabelColumn} is followed
 * by its Chinese reading (a unit code of a table with names: the parent after the unit's name).
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
  TableSheet write(String sheetName, TableSpec spec, Path file, LabelColumn.Lookups lookups) {
    List<ColumnSpec> columns = spec.columns();
    List<ColumnKind> kinds = columns.stream().map(ColumnKind::of).toList();
    List<LabelColumn> labels = LabelColumn.of(spec, lookups);
    // sheet column of each contract column; each label: its sheet column and its source column
    int[] position = new int[columns.size()];
    int[] labelPosition = new int[labels.size()];
    int[] labelSource = new int[labels.size()];
    int width = 0;
    for (int i = 0; i < columns.size(); i++) {
      position[i] = width++;
      for (int l = 0; l < labels.size(); l++) {
        if (labels.get(l).after().equals(columns.get(i).name())) {
          labelPosition[l] = width++;
        }
      }
    }
    for (int l = 0; l < labels.size(); l++) {
      labelSource[l] = spec.indexOf(labels.get(l).source());
    }
    int sheetColumns = width;
    Sheet sheet = workbook.createSheet(sheetName);
    int[] widths = writeHeader(sheet, columns, position, labels, labelPosition, sheetColumns);
    long rows =
        TableReader.stream(
            file,
            spec,
            (row, values) -> {
              if (row > WorkbookWriter.MAX_DATA_ROWS) {
                throw new ReportDataException(
                    Messages.text(
                        "reports.workbook.tooManyRows", file, WorkbookWriter.MAX_DATA_ROWS));
              }
              Row cells = sheet.createRow((int) (FIRST_DATA_ROW + row - 1));
              for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof String text && !SafeText.fits(text)) {
                  throw new ReportDataException(
                      Messages.text(
                          "reports.workbook.cellTooLong",
                          file,
                          row,
                          columns.get(i).name(),
                          SafeText.MAX_LENGTH));
                }
                writeCell(
                    cells.createCell(position[i]), values[i], kinds.get(i), widths, position[i]);
              }
              for (int l = 0; l < labels.size(); l++) {
                int at = labelPosition[l];
                if (values[labelSource[l]] instanceof String code) {
                  labels
                      .get(l)
                      .label()
                      .apply(code)
                      .ifPresent(
                          text ->
                              writeCell(cells.createCell(at), text, ColumnKind.TEXT, widths, at));
                }
              }
            });
    for (int i = 0; i < sheetColumns; i++) {
      int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + PADDING));
      sheet.setColumnWidth(i, chars * 256);
    }
    sheet.createFreezePane(0, FIRST_DATA_ROW);
    sheet.setAutoFilter(
        new CellRangeAddress(CODE_ROW, (int) (CODE_ROW + rows), 0, sheetColumns - 1));
    return new TableSheet(sheetName, spec, rows);
  }

  /** Writes both header rows; returns the display width each column needs so far. */
  private int[] writeHeader(
      Sheet sheet,
      List<ColumnSpec> columns,
      int[] position,
      List<LabelColumn> labels,
      int[] labelPosition,
      int sheetColumns) {
    Row titles = sheet.createRow(LABEL_ROW);
    Row codes = sheet.createRow(CODE_ROW);
    int[] widths = new int[sheetColumns];
    for (int i = 0; i < columns.size(); i++) {
      headerCell(titles, codes, widths, position[i], columns.get(i).title(), columns.get(i).name());
    }
    for (int l = 0; l < labels.size(); l++) {
      headerCell(
          titles, codes, widths, labelPosition[l], labels.get(l).title(), labels.get(l).code());
    }
    return widths;
  }

  private void headerCell(Row titles, Row codes, int[] widths, int at, String title, String code) {
    SafeText.write(titles.createCell(at), title, styles.header(), styles.quotedText());
    SafeText.write(codes.createCell(at), code, styles.code(), styles.quotedText());
    // bold titles are a little wider; codes are in a smaller font
    widths[at] = Math.max(DisplayWidth.of(title) + 1, DisplayWidth.of(code) * 4 / 5);
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
