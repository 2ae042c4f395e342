package org.govindex.reports.workbook;

/**
 * Width of a text in character cells as a spreadsheet shows it: CJK ideographs, kana, hangul and
 * full-width forms take two cells, everything else one.
 */
final class DisplayWidth {

  private DisplayWidth() {}

  /** Display width of {@code text} (0 for null). */
  static int of(String text) {
    if (text == null) {
      return 0;
    }
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += isWide(codePoint) ? 2 : 1;
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /** Whether a code point is East Asian wide or full-width. */
  static boolean isWide(int codePoint) {
    return (codePoint >= 0x1100 && codePoint <= 0x115F)
        || (codePoint >= 0x2E80 && codePoint <= 0x303E)
        || (codePoint >= 0x3041 && codePoint <= 0xA4CF)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
  }
}
