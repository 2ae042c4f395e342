package org.govindex.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govindex.reports.fonts.CjkFont;
import org.govindex.reports.fonts.CjkFontLocator;
import org.junit.jupiter.api.Test;

class TextWrapTest {

  private static final String CLOSING = "。，、；：？！）》」』”’.,;:?!)";

  @Test
  void noLineStartsWithClosingPunctuationEvenAfterAClosingBracket() throws Exception {
    CjkFont font = CjkFontLocator.defaultFont();
    try (PDDocument document = new PDDocument();
        PageFlow flow = new PageFlow(document, font, font.loadInto(document), null)) {
      String text = "评议人不足的组不计）；总分为满意度乘以权重（居民代表）。".repeat(6);
      for (float ideographs = 6; ideographs <= 14; ideographs++) {
        List<String> lines = TextWrap.wrap(flow, text, 9, 9 * ideographs);
        assertThat(String.join("", lines)).isEqualTo(text);
        for (String line : lines) {
          assertThat(CLOSING.indexOf(line.codePointAt(0)))
              .as("line '%s' at width %s", line, ideographs)
              .isNegative();
        }
      }
    }
  }

  @Test
  void linesFitAndClosingPunctuationTakesTheCharacterBeforeItAlong() throws Exception {
    CjkFont font = CjkFontLocator.defaultFont();
    try (PDDocument document = new PDDocument();
        PageFlow flow = new PageFlow(document, font, font.loadInto(document), null)) {
      // 20 ideographs and full-width marks (1 em each), then 。: at 9 pt a line holds exactly 20
      String sentence = "样本不足的社区照常计算得分，但不参与排名。";
      String text = sentence.repeat(7);
      float width = 9 * 20;
      List<String> lines = TextWrap.wrap(flow, text, 9, width);
      assertThat(String.join("", lines)).isEqualTo(text);
      for (String line : lines) {
        assertThat(CLOSING.indexOf(line.codePointAt(0))).as(line).isNegative();
        assertThat(flow.textWidth(line, 9)).as(line).isLessThanOrEqualTo(width);
      }
      // the first line is full after 名; 。 may not open the next line, so 名 moves down with it
      assertThat(lines.get(0)).isEqualTo("样本不足的社区照常计算得分，但不参与排");
      assertThat(lines.get(1)).startsWith("名。样本");
      // 7 × 21 = 147 marks on lines of at most 20, one short line per carried mark: 8 lines
      assertThat(lines).hasSize(8);
    }
  }

  @Test
  void latinWordsAreNotSplit() throws Exception {
    CjkFont font = CjkFontLocator.defaultFont();
    try (PDDocument document = new PDDocument();
        PageFlow flow = new PageFlow(document, font, font.loadInto(document), null)) {
      String text = "群众主观评价权重 (residents' subjective evaluation weighs at least 50%)";
      for (float width = 60; width <= 200; width += 7) {
        List<String> lines = TextWrap.wrap(flow, text, 9, width);
        assertThat(String.join("", lines)).isEqualTo(text);
        for (String word : List.of("residents'", "subjective", "evaluation", "weighs", "least")) {
          assertThat(lines).as("width %s: %s", width, lines).anyMatch(l -> l.contains(word));
        }
      }
    }
  }
}
