package org.govindex.reports.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.govindex.reports.fonts.CjkFont;

/**
 * Top-to-bottom layout of a document on A4 pages: a cursor {@link #y()} that moves down, new pages
 * when content does not fit ({@link #ensureSpace}), a running header on every page after the first,
 * and text in the one CJK font. Page numbers are stamped at the end by {@link PageNumbering}.
 */
public final class PageFlow implements Closeable {

  /** Page size. */
  public static final PDRectangle PAGE = PDRectangle.A4;

  public static final float MARGIN_LEFT = 56;
  public static final float MARGIN_RIGHT = 56;
  public static final float MARGIN_TOP = 60;

  /** Bottom margin; the page number sits inside it. */
  public static final float MARGIN_BOTTOM = 64;

  private static final float RUNNING_HEADER_SIZE = 8;
  private static final Color GREY = new Color(0x66, 0x66, 0x66);

  private final PDDocument document;
  private final CjkFont cjkFont;
  private final PDType0Font font;
  private final String runningHeader;
  private PDPageContentStream content;
  private float y;

  /**
   * @param document the document to add pages to
   * @param cjkFont the CJK font (for glyph coverage)
   * @param font the same font loaded into {@code document}
   * @param runningHeader text at the top of every page but the first
   */
  public PageFlow(PDDocument document, CjkFont cjkFont, PDType0Font font, String runningHeader) {
    this.document = document;
    this.cjkFont = cjkFont;
    this.font = font;
    this.runningHeader = runningHeader;
  }

  public PDDocument document() {
    return document;
  }

  public PDType0Font font() {
    return font;
  }

  public CjkFont cjkFont() {
    return cjkFont;
  }

  /** The content stream of the current page (starts the first page when needed). */
  public PDPageContentStream content() throws IOException {
    if (content == null) {
      newPage();
    }
    return content;
  }

  /** The cursor: the top of the free space on the current page, in PDF user space. */
  public float y() throws IOException {
    content();
    return y;
  }

  public float left() {
    return MARGIN_LEFT;
  }

  public float right() {
    return PAGE.getWidth() - MARGIN_RIGHT;
  }

  public float width() {
    return right() - left();
  }

  /** Height available on an empty page. */
  public static float pageBodyHeight() {
    return PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
  }

  /** Moves the cursor down. */
  public void advance(float height) throws IOException {
    content();
    y -= height;
  }

  /** Whether {@code height} points fit below the cursor on the current page. */
  public boolean fits(float height) throws IOException {
    return y() - height >= MARGIN_BOTTOM;
  }

  /** Starts a new page unless {@code height} points fit below the cursor. */
  public void ensureSpace(float height) throws IOException {
    if (!fits(height)) {
      newPage();
    }
  }

  /** Ends the current page and starts a new one with the cursor at the top. */
  public void newPage() throws IOException {
    closeContent();
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = PAGE.getHeight() - MARGIN_TOP;
    if (document.getNumberOfPages() > 1 && runningHeader != null) {
      float baseline = PAGE.getHeight() - MARGIN_TOP + 20;
      text(runningHeader, left(), baseline, RUNNING_HEADER_SIZE, GREY, false);
      content.setStrokingColor(GREY);
      content.setLineWidth(0.4f);
      content.moveTo(left(), baseline - 5);
      content.lineTo(right(), baseline - 5);
      content.stroke();
    }
  }

  /**
   * Shows a line of text with its baseline at {@code baseline}. Characters the font lacks are
   * replaced (see {@link #displayable}). Bold is simulated by stroking the glyph outlines.
   */
  public void text(String text, float x, float baseline, float size, Color color, boolean bold)
      throws IOException {
    PDPageContentStream stream = content();
    stream.beginText();
    stream.setFont(font, size);
    stream.setNonStrokingColor(color);
    if (bold) {
      stream.setStrokingColor(color);
      stream.setLineWidth(size * 0.035f);
      stream.setRenderingMode(RenderingMode.FILL_STROKE);
    }
    stream.newLineAtOffset(x, baseline);
    stream.showText(displayable(text));
    if (bold) {
      stream.setRenderingMode(RenderingMode.FILL);
    }
    stream.endText();
  }

  /** Shows a line of text centred between the margins. */
  public void textCentered(String text, float baseline, float size, Color color, boolean bold)
      throws IOException {
    float x = left() + (width() - textWidth(text, size)) / 2;
    text(text, x, baseline, size, color, bold);
  }

  /** Width of a line of text in points. */
  public float textWidth(String text, float size) throws IOException {
    return font.getStringWidth(displayable(text)) / 1000f * size;
  }

  /**
   * The text with control characters as spaces and characters the font has no glyph for as {@code
   * ?} (so one odd character in a unit name cannot abort a report).
   */
  public String displayable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            codePoint -> {
              if (Character.isISOControl(codePoint)) {
                out.append(' ');
              } else if (cjkFont.canDisplay(codePoint)) {
                out.appendCodePoint(codePoint);
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  private void closeContent() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

  /** Closes the content stream of the last page. */
  @Override
  public void close() throws IOException {
    closeContent();
  }
}
