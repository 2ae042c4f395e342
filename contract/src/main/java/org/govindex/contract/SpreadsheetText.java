package org.govindex.contract;

/**
 * Text that a spreadsheet must not evaluate (CSV formula injection, OWASP): a text starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return may be taken for a formula
 * when a CSV file is opened in Excel or WPS. The one rule of every writer of text cells:
 *
 * <ul>
 *   <li>CSV (result tables, {@code rejects.csv}): such a text is written with one leading
 *       apostrophe ({@link #forCsv}); so is a text that already starts with an apostrophe, so that
 *       {@link #fromCsv} gives back exactly the text written. Only text values pass through here:
 *       numbers are written as numbers ({@code -1.5} stays {@code -1.5}).
 *   <li>XLSX: the text is stored as it is, as a string cell, which a spreadsheet never evaluates
 *       (no apostrophe is shown); see the workbook writer.
 * </ul>
 */
public final class SpreadsheetText {

  private static final char APOSTROPHE = '\'';

  private SpreadsheetText() {}

  /** Whether a spreadsheet could take {@code text} for a formula. */
  public static boolean isFormulaLike(String text) {
    if (text == null || text.isEmpty()) {
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

  /** The CSV cell of a text value: with one leading apostrophe when formula-like or quoted. */
  public static String forCsv(String text) {
    if (text == null) {
      return null;
    }
    boolean prefixed = isFormulaLike(text) || (!text.isEmpty() && text.charAt(0) == APOSTROPHE);
    return prefixed ? APOSTROPHE + text : text;
  }

  /** The text value a CSV cell written by {@link #forCsv} stands for. */
  public static String fromCsv(String cell) {
    if (cell == null || cell.isEmpty() || cell.charAt(0) != APOSTROPHE) {
      return cell;
    }
    return cell.substring(1);
  }
}
