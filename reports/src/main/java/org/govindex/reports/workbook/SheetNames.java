package org.govindex.reports.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Hands out sheet names that Excel accepts: at most 31 characters, none of {@code []:*?/\}, and
 * unique ignoring case (a repeated name gets a numbered suffix, e.g. {@code 考评结果 (2)}).
 */
final class SheetNames {

  /** Longest sheet name Excel accepts. */
  static final int MAX_LENGTH = 31;

  private final Set<String> taken = new HashSet<>();

  /** A valid, not yet used sheet name as close to {@code wanted} as possible. */
  String claim(String wanted) {
    String base = WorkbookUtil.createSafeSheetName(wanted);
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = truncate(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    return name;
  }

  private static String truncate(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }
}
