package org.govindex.reports.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Text of a PDF with the position and page of every character. */
public final class PdfInspection {

  /** A character as shown on a page; {@code pdfY} is the baseline in PDF user space. */
  public record ShownChar(int page, TextPosition position, float pdfY) {}

  private PdfInspection() {}

  /** Every character shown in {@code document}, in reading order. */
  public static List<ShownChar> chars(PDDocument document) throws IOException {
    List<ShownChar> chars = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
              float pageHeight = position.getPageHeight();
              chars.add(
                  new ShownChar(getCurrentPageNo(), position, pageHeight - position.getYDirAdj()));
            }
          }
        };
    stripper.setSortByPosition(true);
    stripper.getText(document);
    return chars;
  }

  /** The text of each page (index 0 = page 1). */
  public static List<String> pageTexts(PDDocument document) throws IOException {
    List<String> pages = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      pages.add(stripper.getText(document));
    }
    return pages;
  }
}
