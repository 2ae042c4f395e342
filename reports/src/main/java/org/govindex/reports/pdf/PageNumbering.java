package org.govindex.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Stamps {@code 第 i 页 / 共 n 页} centred in the bottom margin of every page. */
public final class PageNumbering {

  private static final float SIZE = 8;
  private static final float BASELINE = 34;
  private static final Color GREY = new Color(0x66, 0x66, 0x66);

  private PageNumbering() {}

  /** The label of page {@code number} (1-based) of {@code total}. */
  public static String label(int number, int total) {
    return "第 " + number + " 页 / 共 " + total + " 页";
  }

  /**
   * Stamps all pages of {@code document}, walking the page tree once (its iterator: {@code
   * getPage(i)} walks the tree from the root every time, which makes tens of thousands of pages
   * quadratic).
   */
  public static void stamp(PDDocument document, PDType0Font font) throws IOException {
    int total = document.getNumberOfPages();
    int index = -1;
    for (PDPage page : document.getPages()) {
      index++;
      String label = label(index + 1, total);
      float width = font.getStringWidth(label) / 1000f * SIZE;
      float x = (page.getMediaBox().getWidth() - width) / 2;
      try (PDPageContentStream stream =
          new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        stream.beginText();
        stream.setFont(font, SIZE);
        stream.setNonStrokingColor(GREY);
        stream.newLineAtOffset(x, BASELINE);
        stream.showText(label);
        stream.endText();
      }
    }
  }
}
