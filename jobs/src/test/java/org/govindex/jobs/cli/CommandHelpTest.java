package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help of {@code govindex generate} and {@code index} from their resource bundles, in English
 * and Chinese.
 */
class CommandHelpTest {

  private static String help(Object command, Locale locale) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return new CommandLine(command).getUsageMessage();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void englishHelpKeepsTheTextAndChineseHelpHasNoEnglishSentences() {
    String english = help(new GenerateCommand(), Locale.ENGLISH);
    String chinese = help(new GenerateCommand(), Locale.CHINA);
    assertThat(english.replaceAll("\\s+", " "))
        .contains("Writes a synthetic export drop in the input contract's format.")
        .contains(
            "Share of rows with a planted defect, 0..0.5 (default 0.02 for small, 0 otherwise).")
        .contains("Appraisal year (default 2026).");
    assertThat(chinese).contains("按输入契约的格式写出一份合成导出数据。").contains("考核年度（默认 2026）。");
    assertThat(chinese).doesNotContain("Random seed").doesNotContain("Drop folder");
  }

  @Test
  void indexHelpInBothLanguages() {
    String english = help(new IndexCommand(), Locale.ENGLISH).replaceAll("\\s+", " ");
    String chinese = help(new IndexCommand(), Locale.CHINA);
    assertThat(english)
        .contains("Computes a composite index from META, DATA and a recipe.")
        .contains("Correlations with flags, Cronbach's alpha, PCA share, leave-one-out.");
    assertThat(chinese).contains("根据 META、DATA 和配方计算综合指数。").doesNotContain("Overrides the recipe");
  }
}
