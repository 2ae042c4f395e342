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
