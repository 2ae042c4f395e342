package org.govindex.contract;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text a person reads, in the user's language: a message is looked up by its key in the
 * resource bundle {@code govindex/messages} for the default locale ({@code messages_zh.properties}
 * under a Chinese locale, {@code messages.properties} in English otherwise) and its arguments are
 * filled in with {@link MessageFormat}, numbers formatted as in {@link Locale#ROOT} (no grouping
 * separators that would differ between languages). Codes, reason codes, setting names and paths are
 * passed as arguments and stay as they are.
 */
public final class Messages {

  private static final String BUNDLE = "govindex.messages";

  private Messages() {}

  /** The message {@code key} in the default locale's language with its arguments filled in. */
  public static String text(String key, Object... arguments) {
    return text(Locale.getDefault(), key, arguments);
  }

  /** The message {@code key} in {@code locale}'s language with its arguments filled in. */
  public static String text(Locale locale, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return new MessageFormat(pattern, Locale.ROOT).format(plain(arguments));
  }

  /** Numbers as they are written in code ({@code 12345}, not {@code 12,345}), the rest as given. */
  private static Object[] plain(Object[] arguments) {
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] = arguments[i] instanceof Number n ? String.valueOf(n) : arguments[i];
    }
    return shown;
  }
}
