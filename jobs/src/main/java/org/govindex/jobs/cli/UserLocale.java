package org.govindex.jobs.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The language of the messages, from the POSIX locale variables as the C library reads them: the
 * first non-empty of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG}; Chinese when it starts
 * with {@code zh} (e.g. {@code zh_CN.UTF-8}), English for any other value. The JVM derives its own
 * default from the same variables only when the system has that locale installed, which a server
 * often has not; without any of the variables, the JVM's default stays.
 */
final class UserLocale {

  private UserLocale() {}

  static Locale of(Map<String, String> environment, Locale fallback) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = environment.get(name);
      if (value != null && !value.isBlank()) {
        return value.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      }
    }
    return fallback;
  }
}
