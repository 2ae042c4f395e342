package org.govindex.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an XLSX workbook with Apache POI's streaming SXSSF API (constant memory). Every cell is a
 * text cell except those of {@code numericColumn} (问卷星's 序号), so codes keep their leading digits.
 * The package is made byte-reproducible: a fixed creation date and fixed ZIP entry times.
 */
final class XlsxSink implements TableSink {

  private final Path file;
  private final LocalDateTime fixedTime;
  private final int numericColumn;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final SXSSFSheet sheet;
  private int nextRow;

  /**
   * @param fixedTime creation time recorded in the package (derived from the period, never the
   *     clock)
   * @param numericColumn index of a column written as numbers, or -1
   */
  XlsxSink(Path file, String sheetName, LocalDateTime fixedTime, int numericColumn) {
    this.file = file;
    this.fixedTime = fixedTime;
    this.numericColumn = numericColumn;
    this.sheet = workbook.createSheet(sheetName);
  }

  @Override
  public void header(String... cells) {
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < cells.length; i++) {
      row.createCell(i).setCellValue(cells[i]);
    }
  }

  @Override
  public void row(String... cells) {
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < cells.length; i++) {
      String value = cells[i] == null ? "" : cells[i];
      if (value.isEmpty()) {
        continue;
      }
      if (i == numericColumn && isSmallInteger(value)) {
        row.createCell(i).setCellValue(Integer.parseInt(value));
      } else {
        row.createCell(i).setCellValue(value);
      }
    }
  }

  private static boolean isSmallInteger(String value) {
    if (value.isEmpty() || value.length() > 9) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public int rows() {
    return Math.max(0, nextRow - 1);
  }

  @Override
  public void close() throws IOException {
    try {
      Date created = Date.from(fixedTime.toInstant(ZoneOffset.ofHours(8)));
      workbook
          .getXSSFWorkbook()
          .getProperties()
          .getCoreProperties()
          .setCreated(Optional.of(created));
      Path raw = Files.createTempFile(file.getParent(), ".govindex-", ".xlsx.tmp");
      try {
        try (OutputStream out = Files.newOutputStream(raw)) {
          workbook.write(out);
        }
        DeterministicZip.rewrite(raw, file, fixedTime);
      } finally {
        Files.deleteIfExists(raw);
      }
    } finally {
      workbook.close();
    }
  }
}
