package org.govindex.reports.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govindex.reports.fonts.CjkFont;
import org.govindex.reports.fonts.CjkFontLocator;
import org.govindex.reports.pdf.PageFlow;
import org.junit.jupiter.api.Test;

class WrapTest {

  @Test
  void linesFitAndClosingPunctuationNeverStartsALine() throws Exception {
    CjkFont font = CjkFontLocator.defaultFont();
    try (PDDocument document = new PDDocument();
        PageFlow flow = new PageFlow(document, font, font.loadInto(document), null)) {
      String text = "样本不足的社区照常计算得分，但不参与排名。".repeat(7);
      float width = 9 * 20; // 20 ideographs of 9 pt (each 1 em wide)
      List<String> lines = AppraisalReportRenderer.wrap(flow, text, 9, width);
      assertThat(String.join("", lines)).isEqualTo(text);
      for (String line : lines) {
        assertThat(line).doesNotStartWith("，").doesNotStartWith("。");
        // a line may exceed the width only by one hanging punctuation mark
        String body =
            line.endsWith("，") || line.endsWith("。") ? line.substring(0, line.length() - 1) : line;
        assertThat(flow.textWidth(body, 9)).isLessThanOrEqualTo(width);
      }
      // each repetition is 20 ideographs wide plus 。, which hangs instead of opening a line
      assertThat(lines).hasSize(7).allSatisfy(line -> assertThat(line).endsWith("。"));
    }
  }
}
