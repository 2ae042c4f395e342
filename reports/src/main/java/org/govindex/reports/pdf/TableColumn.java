package org.govindex.reports.pdf;

/**
 * A column of a {@link PdfTable}.
 *
 * @param header header text
 * @param weight relative width; the table scales weights to the text width
 * @param align horizontal alignment of the cells
 * @param overflow what to cut when a text is too wide even at the smallest font size
 */
public record TableColumn(String header, float weight, Align align, Overflow overflow) {

  /** Horizontal alignment. */
  public enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /** Which end of a too-long text is replaced by an ellipsis. */
  public enum Overflow {
    /** Keep the start, e.g. names. */
    CUT_END,
    /** Keep the end, e.g. file paths. */
    CUT_START
  }

  /** A left-aligned text column that keeps the start of long texts. */
  public static TableColumn text(String header, float weight) {
    return new TableColumn(header, weight, Align.LEFT, Overflow.CUT_END);
  }

  /** A right-aligned number column. */
  public static TableColumn number(String header, float weight) {
    return new TableColumn(header, weight, Align.RIGHT, Overflow.CUT_END);
  }

  /** A centred column. */
  public static TableColumn centered(String header, float weight) {
    return new TableColumn(header, weight, Align.CENTER, Overflow.CUT_END);
  }
}
