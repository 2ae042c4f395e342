package org.govindex.reports.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes text cells that a spreadsheet never evaluates: a text starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (which Excel and other programs may take for a
 * formula, e.g. from a CSV export of the workbook) is stored with a leading apostrophe in a
 * quote-prefixed style. Formula cells are never written.
 */
final class SafeText {

  /** Most characters an Excel cell holds. */
  static final int MAX_LENGTH = 32_767;

  private SafeText() {}

  /** Whether {@code text} could be taken for a formula. */
  static boolean isFormulaLike(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** The text as stored: with a leading apostrophe when it is formula-like. */
  static String neutralise(String text) {
    return isFormulaLike(text) ? "'" + text : text;
  }

  /** Whether {@code text}, once neutralised, fits into one cell. */
  static boolean fits(String text) {
    return neutralise(text).length() <= MAX_LENGTH;
  }

  /**
   * Sets {@code cell} to {@code text} in style {@code plain}, or, for a formula-like text, to the
   * neutralised text in style {@code quoted} (which must be quote-prefixed).
   */
  static void write(Cell cell, String text, CellStyle plain, CellStyle quoted) {
    if (isFormulaLike(text)) {
      cell.setCellValue(neutralise(text));
      cell.setCellStyle(quoted);
    } else {
      cell.setCellValue(text);
      cell.setCellStyle(plain);
    }
  }
}
