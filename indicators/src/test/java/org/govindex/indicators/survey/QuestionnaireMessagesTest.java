package org.govindex.indicators.survey;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refusals of the questionnaire definition, in English and, under a Chinese locale, in Chinese: a
 * missing column, a short row or a weight that is no number is named by the questionnaire's own
 * words, not by the CSV reader's or the number parser's.
 */
class QuestionnaireMessagesTest {

  private static final String HEADER =
      "item_code,level,dimension,weight,header_pattern,item_name\n";

  private final Locale saved = Locale.getDefault();

  @AfterEach
  void restore() {
    Locale.setDefault(saved);
  }

  private static Questionnaire parse(String csv) {
    return Questionnaire.parse(new StringReader(csv), "questionnaire.csv");
  }

  @Test
  void refusalsReadInEnglish() {
    Locale.setDefault(Locale.ROOT);
    assertThatThrownBy(() -> parse(HEADER + "env,community,环境,heavy,环境卫生,环境卫生\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("questionnaire.csv line 2: weight must be a number, got 'heavy'");
    assertThatThrownBy(() -> parse("item_code,level,dimension,weight\nenv,community,环境,1\n"))
        .hasMessage("questionnaire.csv line 2: missing column 'header_pattern'");
    assertThatThrownBy(() -> parse(HEADER + "env,community,环境,1\n"))
        .hasMessage(
            "questionnaire.csv line 2: no value in column 'header_pattern' (the row has 4 cells)");
    assertThatThrownBy(() -> parse(HEADER + "env,county,环境,1,环境卫生,环境卫生\n"))
        .hasMessage(
            "questionnaire.csv line 2: item level must be 'community' or 'street', got 'county'");
  }

  @Test
  void refusalsReadInChinese() {
    Locale.setDefault(Locale.CHINA);
    assertThatThrownBy(() -> parse(HEADER + "env,community,环境,heavy,环境卫生,环境卫生\n"))
        .hasMessage("questionnaire.csv 第 2 行：weight 须为数字，实际为“heavy”");
    assertThatThrownBy(() -> parse(HEADER + "env,county,环境,1,环境卫生,环境卫生\n"))
        .hasMessage("questionnaire.csv 第 2 行：题目层级须为 community 或 street，实际为“county”");
    assertThatThrownBy(() -> parse(HEADER + "env,community,环境,0,环境卫生,环境卫生\n"))
        .hasMessage("questionnaire.csv 第 2 行：题目 env：weight 须为正数，实际为 0.0");
    Questionnaire q = parse(HEADER + "env,community,环境,1,环境,环境\nsafe,community,治安,1,环境治安,治安\n");
    assertThatThrownBy(() -> q.itemFor("环境治安满意度")).hasMessage("列标题“环境治安满意度”同时匹配多个问卷题目：env, safe");
  }
}
