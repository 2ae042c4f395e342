package org.govindex.reports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Line breaking and fitting of Chinese text in the report font: break between any two characters
 * except before closing punctuation, which hangs at the end of the line instead; shrink a line to a
 * width; shorten with an ellipsis as the last resort.
 */
public final class TextWrap {

  /** Characters that never start a line. */
  private static final String NO_LINE_START = "。，、；：？！）》」』】”’.,;:?!)]}%";

  private static final String ELLIPSIS = "…";

  private TextWrap() {}

  /** Breaks {@code text} into lines of at most {@code width} points at {@code size}. */
  public static List<String> wrap(PageFlow flow, String text, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    for (int codePoint : flow.displayable(text).codePoints().toArray()) {
      if (codePoint == '\n') {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
        continue;
      }
      String glyph = new String(Character.toChars(codePoint));
      float glyphWidth = flow.textWidth(glyph, size);
      boolean closing = NO_LINE_START.indexOf(codePoint) >= 0;
      if (line.length() > 0 && lineWidth + glyphWidth > width) {
        int carryFrom = carryFrom(line, codePoint, closing);
        if (carryFrom >= 0) {
          String carried = line.substring(carryFrom);
          lines.add(line.substring(0, carryFrom));
          line.setLength(0);
          line.append(carried);
          lineWidth = flow.textWidth(carried, size);
        }
      }
      line.appendCodePoint(codePoint);
      lineWidth += glyphWidth;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Where to break a full line before {@code next}: the line's length (break before {@code next}),
   * an earlier offset whose tail moves to the next line, or −1 to let {@code next} hang. Closing
   * punctuation never starts a line: it takes the characters before it along, as many as needed so
   * that the new line does not start with closing punctuation either (e.g. {@code 计）；}). A Latin
   * word is never split: its letters move to the next line together.
   */
  private static int carryFrom(StringBuilder line, int next, boolean closing) {
    int length = line.codePointCount(0, line.length());
    if (closing) {
      int from = line.length();
      int carried = 0;
      do {
        from = line.offsetByCodePoints(from, -1);
        carried++;
      } while (carried < length - 1 && NO_LINE_START.indexOf(line.codePointAt(from)) >= 0);
      // the word or number before the punctuation goes along whole (e.g. 20260601）)
      while (from > 0
          && isWordChar(line.codePointAt(from))
          && isWordChar(line.codePointBefore(from))) {
        from = line.offsetByCodePoints(from, -1);
      }
      return from > 0 && carried < length ? from : -1;
    }
    if (isWordChar(next)) {
      int from = line.length();
      while (from > 0 && isWordChar(line.codePointBefore(from))) {
        from = line.offsetByCodePoints(from, -1);
      }
      if (from > 0 && from < line.length()) {
        return from;
      }
    }
    return line.length();
  }

  /**
   * Characters of a Latin word or a number, which is never split: letters, digits and the marks
   * inside numbers and ranges ({@code 5.9}, {@code 20%}, {@code 1,472}, {@code 6–10}).
   */
  private static boolean isWordChar(int codePoint) {
    return (codePoint < 0x80
            && (Character.isLetterOrDigit(codePoint) || "'_.%,".indexOf(codePoint) >= 0))
        || codePoint == '–'
        || codePoint == '‒';
  }

  /**
   * The largest size from {@code size} down to {@code minSize} at which {@code text} fits into
   * {@code width} points ({@code minSize} when it never does).
   */
  public static float fitSize(PageFlow flow, String text, float size, float minSize, float width)
      throws IOException {
    float natural = flow.textWidth(text, size);
    if (natural <= width) {
      return size;
    }
    return Math.max(minSize, size * width / natural);
  }

  /**
   * {@code text}, or its longest prefix with an ellipsis that fits {@code width} at {@code size}.
   */
  public static String shorten(PageFlow flow, String text, float size, float width)
      throws IOException {
    String shown = flow.displayable(text);
    if (flow.textWidth(shown, size) <= width) {
      return shown;
    }
    int[] codePoints = shown.codePoints().toArray();
    for (int keep = codePoints.length - 1; keep > 0; keep--) {
      String candidate = new String(codePoints, 0, keep) + ELLIPSIS;
      if (flow.textWidth(candidate, size) <= width) {
        return candidate;
      }
    }
    return ELLIPSIS;
  }
}
