package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The message language from LC_ALL, LC_MESSAGES and LANG, the first non-empty one winning. */
class UserLocaleTest {

  @Test
  void theFirstNonEmptyVariableDecides() {
    assertThat(UserLocale.of(Map.of("LANG", "zh_CN.UTF-8"), Locale.ROOT))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(UserLocale.of(Map.of("LANG", "C.UTF-8"), Locale.CHINA)).isEqualTo(Locale.ENGLISH);
    assertThat(UserLocale.of(Map.of("LC_ALL", "C.UTF-8", "LANG", "zh_CN.UTF-8"), Locale.ROOT))
        .isEqualTo(Locale.ENGLISH);
    assertThat(UserLocale.of(Map.of("LC_ALL", "", "LC_MESSAGES", "zh_TW.UTF-8"), Locale.ROOT))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(UserLocale.of(Map.of(), Locale.GERMAN)).isEqualTo(Locale.GERMAN);
  }
}
