package org.govindex.contract;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text a person reads, in the user's language: a message is looked up by its key in the
 * resource bundles of the modules, {@code govindex/messages} (contract and jobs), {@code
 * govindex/indicators-messages}, {@code govindex/index-messages} (the index engine), {@code
 * govindex/reports-messages} and {@code govindex/samples-messages}, each in the default locale's
 * language ({@code *_zh.properties} under a Chinese locale, the bundle without suffix in English
 * otherwise). A key lives in exactly one bundle (a test checks it); a bundle whose module is not on
 * the class path is skipped. Its arguments are filled in with {@link MessageFormat}, numbers
 * formatted as in {@link Locale#ROOT} (no grouping separators that would differ between languages).
 * Codes, reason codes, setting names and paths are passed as arguments and stay as they are.
 */
public final class Messages {

  /** The message bundles, one per module that owns messages. */
  public static final List<String> BUNDLES =
      List.of(
          "govindex.messages",
          "govindex.indicators-messages",
          "govindex.index-messages",
          "govindex.reports-messages",
          "govindex.samples-messages");

  private Messages() {}

  /** The message {@code key} in the default locale's language with its arguments filled in. */
  public static String text(String key, Object... arguments) {
    return text(Locale.getDefault(), key, arguments);
  }

  /** The message {@code key} in {@code locale}'s language with its arguments filled in. */
  public static String text(Locale locale, String key, Object... arguments) {
    return new MessageFormat(pattern(locale, key), Locale.ROOT).format(plain(arguments));
  }

  private static String pattern(Locale locale, String key) {
    for (String name : BUNDLES) {
      ResourceBundle bundle;
      try {
        bundle = ResourceBundle.getBundle(name, locale);
      } catch (MissingResourceException notOnClassPath) {
        continue;
      }
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    throw new MissingResourceException("no message " + key, Messages.class.getName(), key);
  }

  /**
   * The items as a list reads in the default locale's language: {@code a, b, c} in English, {@code
   * a、b、c} in Chinese (the message {@code list.separator}).
   */
  public static String list(java.util.Collection<?> items) {
    return String.join(text("list.separator"), items.stream().map(String::valueOf).toList());
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
