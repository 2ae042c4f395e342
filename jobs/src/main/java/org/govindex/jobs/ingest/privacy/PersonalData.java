package org.govindex.jobs.ingest.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that may be personal data whatever column it sits in: a run of seven or more digits (spaces
 * or hyphens allowed between them), which covers mobile and fixed-line phone numbers ({@code
 * 13812345678}, {@code 138-1234-5678}, {@code 020 8123 4567}), the 15- and 18-digit identity card
 * numbers (the last may be {@code X}) and bank or QQ numbers; and an e-mail address.
 */
public final class PersonalData {

  /** Shown in kept free text in place of personal data. */
  public static final String REDACTED = "〔已隐去〕";

  private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ \\-]?\\d){6,}[Xx]?");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  private PersonalData() {}

  /** Whether the text holds something that looks like a phone, ID number or e-mail address. */
  public static boolean looksPersonal(String text) {
    return text != null && (DIGIT_RUN.matcher(text).find() || EMAIL.matcher(text).find());
  }

  /**
   * The text with every phone-, ID- or e-mail-like part replaced by {@link #REDACTED}; the text
   * itself when it has none. For free-text columns that are kept (纠纷类型, 项目名称, ...).
   */
  public static String redact(String text) {
    if (!looksPersonal(text)) {
      return text;
    }
    String digitsGone = DIGIT_RUN.matcher(text).replaceAll(Matcher.quoteReplacement(REDACTED));
    return EMAIL.matcher(digitsGone).replaceAll(Matcher.quoteReplacement(REDACTED));
  }
}
