package org.govindex.reports.publication;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.PageNumbering;

/**
 * Running header and footer of the annual report, stamped when all pages exist: the report title on
 * the left and the section of the page on the right above a rule, and {@code 第 N 页 / 共 M 页} centred
 * at the bottom. The cover (page 1) gets neither.
 */
final class PageDecorations {

  static final float HEADER_SIZE = 8;
  private static final float FOOTER_BASELINE = 34;
  private static final Color GREY = new Color(0x66, 0x66, 0x66);

  private PageDecorations() {}

  /**
   * Stamps every page but the first; {@code sectionOfPage.get(i)} is the section name of page index
   * {@code i}.
   */
  static void stamp(PDDocument document, PDType0Font font, String title, List<String> sectionOfPage)
      throws IOException {
    int total = document.getNumberOfPages();
    float left = PageFlow.MARGIN_LEFT;
    float right = PageFlow.PAGE.getWidth() - PageFlow.MARGIN_RIGHT;
    float headerBaseline = PageFlow.PAGE.getHeight() - PageFlow.MARGIN_TOP + 20;
    int index = -1;
    for (PDPage page : document.getPages()) { // one walk of the page tree, not one per page
      if (++index == 0) {
        continue;
      }
      String section = index < sectionOfPage.size() ? sectionOfPage.get(index) : "";
      try (PDPageContentStream stream =
          new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        show(stream, font, title, left, headerBaseline, HEADER_SIZE);
        float sectionWidth = width(font, section, HEADER_SIZE);
        show(stream, font, section, right - sectionWidth, headerBaseline, HEADER_SIZE);
        stream.setStrokingColor(GREY);
        stream.setLineWidth(0.4f);
        stream.moveTo(left, headerBaseline - 5);
        stream.lineTo(right, headerBaseline - 5);
        stream.stroke();
        String footer = PageNumbering.label(index + 1, total);
        float footerX = (PageFlow.PAGE.getWidth() - width(font, footer, HEADER_SIZE)) / 2;
        show(stream, font, footer, footerX, FOOTER_BASELINE, HEADER_SIZE);
      }
    }
  }

  static float width(PDType0Font font, String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000f * size;
  }

  private static void show(
      PDPageContentStream stream, PDType0Font font, String text, float x, float y, float size)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.setNonStrokingColor(GREY);
    stream.newLineAtOffset(x, y);
    stream.showText(text);
    stream.endText();
  }
}
