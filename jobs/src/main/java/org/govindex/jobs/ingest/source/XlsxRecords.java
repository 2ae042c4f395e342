package org.govindex.jobs.ingest.source;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.File;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.govindex.contract.Messages;

/**
 * The records of the first sheet of an XLSX workbook, streamed (excel-streaming-reader on POI's
 * StAX parsing: a few rows in memory whatever the sheet's size; POI's zip-bomb limits and its
 * refusal of DTDs and external entities apply). Cells as Excel displays them, so a code stored as a
 * number shows as {@code 4.40104E+11} and is rejected; date cells as {@code yyyy-MM-dd HH:mm:ss};
 * formulas by their cached value. Rows with no cell text are skipped; row numbers count sheet rows
 * after the header. A record has the header's width, wider only when the row has text in a column
 * past the header's last (which the reader of the rows rejects: a value without a column is never
 * silently cut).
 */
public final class XlsxRecords implements RecordSource {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final String file;
  private final Workbook workbook;
  private final Iterator<Row> rows;
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
  private final List<String> header;
  private final int headerRow;
  private long rowNumber;

  public XlsxRecords(String file, File path) {
    this.file = file;
    try {
      this.workbook = StreamingReader.builder().rowCacheSize(64).bufferSize(1 << 16).open(path);
    } catch (RuntimeException e) {
      throw new IngestionException(Messages.text("xlsx.unreadable", file, firstLine(e)), e);
    }
    try {
      if (workbook.getNumberOfSheets() == 0) {
        throw new IngestionException(Messages.text("xlsx.noSheet", file));
      }
      Sheet sheet = workbook.getSheetAt(0);
      this.rows = sheet.rowIterator();
    } catch (IngestionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IngestionException(Messages.text("xlsx.unreadable", file, firstLine(e)), e);
    }
    Row first = nextNonBlank();
    if (first == null) {
      throw new IngestionException(Messages.text("xlsx.emptySheet", file));
    }
    this.headerRow = first.getRowNum();
    this.header = List.of(cells(first, first.getLastCellNum()));
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public String[] next() {
    Row row = nextNonBlank();
    if (row == null) {
      return null;
    }
    rowNumber = row.getRowNum() - headerRow;
    return cells(row, Math.max(header.size(), lastTextCell(row) + 1));
  }

  /** The index of the row's last cell with text, or −1. */
  private int lastTextCell(Row row) {
    int last = -1;
    for (Cell cell : row) {
      if (cell.getColumnIndex() > last && !text(cell).isBlank()) {
        last = cell.getColumnIndex();
      }
    }
    return last;
  }

  @Override
  public long rowNumber() {
    return rowNumber;
  }

  @Override
  public String encoding() {
    return "xlsx";
  }

  private Row nextNonBlank() {
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        for (String cell : cells(row, Math.max(row.getLastCellNum(), 0))) {
          if (!cell.isBlank()) {
            return row;
          }
        }
      }
      return null;
    } catch (RuntimeException e) {
      throw new IngestionException(Messages.text("xlsx.unreadable", file, firstLine(e)), e);
    }
  }

  private String[] cells(Row row, int width) {
    String[] out = new String[Math.max(width, 0)];
    java.util.Arrays.fill(out, "");
    for (Cell cell : row) {
      int c = cell.getColumnIndex();
      if (c < out.length) {
        out[c] = text(cell);
      }
    }
    return out;
  }

  private String text(Cell cell) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().format(TIMESTAMP)
              : formatter.formatRawCellContents(
                  cell.getNumericCellValue(),
                  cell.getCellStyle().getDataFormat(),
                  cell.getCellStyle().getDataFormatString());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
