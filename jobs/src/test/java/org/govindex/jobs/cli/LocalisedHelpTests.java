package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Help in the user's language: Chinese under a Chinese locale, English otherwise, from the resource
 * bundles; both bundles of a command have the same keys, and every option has a description.
 */
class LocalisedHelpTests {

  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  private String help(Locale locale, String... args) {
    Locale.setDefault(locale);
    StringWriter out = new StringWriter();
    Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
    return out.toString();
  }

  @Test
  void nightlyHelpIsChineseUnderAChineseLocaleAndNamesTheKeySetting() {
    String zh = help(Locale.SIMPLIFIED_CHINESE, "nightly", "--help");
    assertThat(zh)
        .startsWith("用法：govindex nightly")
        .contains("对一个数据包运行夜间作业")
        .contains("pseudonymisation.key")
        .contains("GOVINDEX_PSEUDONYM_KEY")
        .contains("数据包文件夹");
    String en = help(Locale.US, "nightly", "--help");
    assertThat(en)
        .startsWith("Usage: govindex nightly")
        .contains("Runs the nightly job on an export drop")
        .contains("pseudonymisation.key")
        .doesNotContain("数据包");
  }

  @Test
  void inspectAndValidateAndTheRootHaveChineseHelp() {
    assertThat(help(Locale.CHINA, "inspect", "--help")).contains("按夜间作业的方式读取整个数据包");
    assertThat(help(Locale.CHINA, "validate", "--help")).contains("检查配置文件");
    assertThat(help(Locale.CHINA, "--help"))
        .contains("街道、社区和区直部门的年度考核")
        .contains("inspect   按夜间作业的方式读取整个数据包");
    assertThat(help(Locale.US, "--help")).contains("inspect   Reads a whole export drop");
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndEveryOptionIsDescribed() {
    for (String command : List.of("govindex", "nightly", "inspect", "validate")) {
      ResourceBundle en = ResourceBundle.getBundle("govindex.cli." + command, Locale.ROOT);
      ResourceBundle zh = ResourceBundle.getBundle("govindex.cli." + command, Locale.CHINESE);
      for (String key : en.keySet()) {
        assertThat(zh.getString(key)).as(command + " " + key).isNotBlank();
        assertThat(zh.getString(key)).as(command + " " + key).isNotEqualTo(en.getString(key));
      }
    }
    for (String command : List.of("nightly", "inspect", "validate")) {
      List<String> lines = help(Locale.US, command, "--help").lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("  ") && line.strip().startsWith("-")) {
          boolean described =
              line.strip().matches(".*\\S\\s{2,}\\S.*")
                  || (i + 1 < lines.size() && lines.get(i + 1).matches("\\s{10,}\\S.*"));
          assertThat(described).as(command + ": " + line).isTrue();
        }
      }
    }
  }
}
