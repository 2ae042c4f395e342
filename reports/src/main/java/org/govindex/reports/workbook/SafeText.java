package org.govindex.reports.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.govindex.contract.SpreadsheetText;

/**
 * Writes text cells that a spreadsheet never evaluates: every text is a string cell (never a
 * formula cell), stored exactly as it is; a text a spreadsheet could take for a formula ({@link
 * SpreadsheetText#isFormulaLike}: {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return first) gets in addition a quote-prefixed style, so that editing the cell in Excel keeps it
 * text. No apostrophe is added to the text, so none is shown.
 */
final class SafeText {

  /** Most characters an Excel cell holds. */
  static final int MAX_LENGTH = 32_767;

  private SafeText() {}

  /** Whether {@code text} fits into one cell. */
  static boolean fits(String text) {
    return text.length() <= MAX_LENGTH;
  }

  /**
   * Sets {@code cell} to the string {@code text} in style {@code plain}, or in style {@code quoted}
   * (which must be quote-prefixed) when it is formula-like.
   */
  static void write(Cell cell, String text, CellStyle plain, CellStyle quoted) {
    cell.setCellValue(text);
    cell.setCellStyle(SpreadsheetText.isFormulaLike(text) ? quoted : plain);
  }
}
