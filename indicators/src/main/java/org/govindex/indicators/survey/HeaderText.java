package org.govindex.indicators.survey;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises the header text of an export column so that columns are found by their text.
 *
 * <p>Exports carry surrounding spaces, full-width punctuation (NFKC folds it to ASCII) and a
 * question-number prefix such as {@code 12、}, {@code 12.} or {@code 12：}. The normalised text is
 * NFKC-folded, stripped of all white space and of that prefix.
 */
public final class HeaderText {

  private static final Pattern QUESTION_PREFIX = Pattern.compile("^\\d+\\s*[、.．:：)）]\\s*");
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000\\uFEFF]+");

  private HeaderText() {}

  /** Returns the normalised text of a header cell; null becomes the empty string. */
  public static String normalise(String header) {
    if (header == null) {
      return "";
    }
    String folded = Normalizer.normalize(header, Normalizer.Form.NFKC);
    String compact = WHITE_SPACE.matcher(folded).replaceAll("");
    return QUESTION_PREFIX.matcher(compact).replaceFirst("");
  }

  /** True when the normalised header contains the normalised fragment. */
  public static boolean contains(String header, String fragment) {
    return normalise(header).contains(normalise(fragment));
  }
}
