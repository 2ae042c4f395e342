package org.govindex.reports.publication;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.govindex.reports.pdf.PageFlow;

/**
 * The table of contents (目录), drawn on a page reserved before the sections were laid out, once
 * their first pages are known: one line per section with dot leaders and the page number, each line
 * a link to its page; the same entries become the PDF outline (bookmarks).
 */
final class TableOfContents {

  /** Title of the contents page. */
  static final String TITLE = "目录";

  /** A section and the index (0-based) of its first page. */
  record Entry(String title, int pageIndex) {}

  private static final float SIZE = 11.5f;
  private static final float LINE_HEIGHT = 28;
  private static final Color TEXT = new Color(0x22, 0x22, 0x22);

  private TableOfContents() {}

  /** Draws the entries on page {@code tocPageIndex} and adds the outline. */
  static void draw(PDDocument document, PDType0Font font, int tocPageIndex, List<Entry> entries)
      throws IOException {
    PDPage tocPage = document.getPage(tocPageIndex);
    float left = PageFlow.MARGIN_LEFT + 20;
    float right = PageFlow.PAGE.getWidth() - PageFlow.MARGIN_RIGHT - 20;
    float y = PageFlow.PAGE.getHeight() - PageFlow.MARGIN_TOP - 30;
    PDDocumentOutline outline = new PDDocumentOutline();
    try (PDPageContentStream stream =
        new PDPageContentStream(document, tocPage, AppendMode.APPEND, true, true)) {
      show(stream, font, TITLE, (PageFlow.PAGE.getWidth() - 2 * SIZE * 1.6f) / 2, y, SIZE * 1.6f);
      y -= 50;
      for (Entry entry : entries) {
        String number = Integer.toString(entry.pageIndex() + 1);
        float numberWidth = PageDecorations.width(font, number, SIZE);
        float titleWidth = PageDecorations.width(font, entry.title(), SIZE);
        show(stream, font, entry.title(), left, y, SIZE);
        show(stream, font, number, right - numberWidth, y, SIZE);
        leaders(stream, left + titleWidth + 6, right - numberWidth - 6, y);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(left, y - 6, right - left, SIZE + 10));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(destination(document, entry.pageIndex()));
        link.setAction(action);
        tocPage.getAnnotations().add(link);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(entry.title());
        item.setDestination(destination(document, entry.pageIndex()));
        outline.addLast(item);
        y -= LINE_HEIGHT;
      }
    }
    document.getDocumentCatalog().setDocumentOutline(outline);
  }

  private static PDPageFitDestination destination(PDDocument document, int pageIndex) {
    PDPageFitDestination destination = new PDPageFitDestination();
    destination.setPage(document.getPage(pageIndex));
    return destination;
  }

  private static void leaders(PDPageContentStream stream, float from, float to, float y)
      throws IOException {
    if (to <= from) {
      return;
    }
    stream.setStrokingColor(new Color(0x99, 0x99, 0x99));
    stream.setLineWidth(0.8f);
    stream.setLineDashPattern(new float[] {0.8f, 3f}, 0);
    stream.moveTo(from, y + 2);
    stream.lineTo(to, y + 2);
    stream.stroke();
    stream.setLineDashPattern(new float[] {}, 0);
  }

  private static void show(
      PDPageContentStream stream, PDType0Font font, String text, float x, float y, float size)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.setNonStrokingColor(TEXT);
    stream.newLineAtOffset(x, y);
    stream.showText(text);
    stream.endText();
  }
}
