package org.govindex.reports.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govindex.contract.Messages;

/**
 * A font with Chinese glyphs, used alike for charts (AWT) and PDFs (embedded, subset Type 0 font),
 * so that both show the same typeface. Holds the font file in memory; thread-safe.
 */
public final class CjkFont {

  private final FontOrigin origin;
  private final String location;
  private final byte[] data;
  private final boolean collection;
  private final String postScriptName;
  private Font awtBase;
  private TrueTypeFont metricsFont;
  private CmapLookup cmap;

  CjkFont(
      FontOrigin origin, String location, byte[] data, boolean collection, String postScriptName) {
    this.origin = origin;
    this.location = location;
    this.data = data;
    this.collection = collection;
    this.postScriptName = postScriptName;
  }

  /** Where the font was found. */
  public FontOrigin origin() {
    return origin;
  }

  /** The classpath resource ({@code classpath:...}) or file of the font. */
  public String location() {
    return location;
  }

  /** PostScript name of the face used (e.g. {@code NotoSansSC-Regular}). */
  public String postScriptName() {
    return postScriptName;
  }

  /** One-line description for logs and the report colophon. */
  public String describe() {
    return postScriptName + " (" + origin.name().toLowerCase() + ", " + location + ")";
  }

  /** Whether the font has a glyph for a Unicode code point. */
  public synchronized boolean canDisplay(int codePoint) {
    return cmap().getGlyphId(codePoint) != 0;
  }

  /**
   * The code point a glyph stands for in text: of the code points the font's cmap maps to the
   * glyph, the smallest that is not a radical or compatibility ideograph (those share glyphs with
   * unified ideographs: U+2F25 ⾥ and U+91CC 里 are one glyph), else the smallest; -1 when none.
   */
  public synchronized int textCodePoint(int glyphId) {
    List<Integer> codePoints = cmap().getCharCodes(glyphId);
    if (codePoints == null || codePoints.isEmpty()) {
      return -1;
    }
    return codePoints.stream()
        .sorted(Comparator.comparing(CjkFont::isGlyphAlias).thenComparing(cp -> cp))
        .findFirst()
        .orElseThrow();
  }

  /** CJK radicals and compatibility ideographs: code points that alias unified ideographs. */
  static boolean isGlyphAlias(int codePoint) {
    return (codePoint >= 0x2E80 && codePoint <= 0x2FDF)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0x2F800 && codePoint <= 0x2FA1F);
  }

  /** Number of glyphs of the face. */
  public synchronized int glyphCount() {
    cmap();
    try {
      return metricsFont.getNumberOfGlyphs();
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("reports.font.unreadable", location), e);
    }
  }

  private CmapLookup cmap() {
    try {
      if (cmap == null) {
        metricsFont = parseFace();
        cmap = metricsFont.getUnicodeCmapLookup(false);
      }
      return cmap;
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("reports.font.unreadable", location), e);
    }
  }

  /** The font as an AWT font of the given point size, for charts. */
  public Font awtFont(float size) {
    return awtBase().deriveFont(size);
  }

  /** The font as an AWT font of the given style and point size, for charts. */
  public Font awtFont(int style, float size) {
    return awtBase().deriveFont(style, size);
  }

  /**
   * Loads the font into a document as a Type 0 font that is embedded as a subset of the glyphs used
   * (subset at save time). Glyph substitution (GSUB: ligatures, contextual forms) is off: the
   * reports set Chinese and plain Latin text, one glyph per character, and PDFBox's substitution
   * pass compiled regular expressions for every string shown (most of the time of a city's 2,700
   * scorecard pages).
   */
  public PDType0Font loadInto(PDDocument document) throws IOException {
    TrueTypeFont face;
    if (collection) {
      TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(data));
      face = ttc.getFontByName(postScriptName);
      if (face == null) {
        ttc.close();
        throw new IOException(Messages.text("reports.font.faceNotFound", postScriptName, location));
      }
    } else {
      face = new TTFParser().parse(new RandomAccessReadBuffer(data));
    }
    face.setEnableGsub(false);
    // the face reads from its buffer until the document is saved and closed
    document.registerTrueTypeFontForClosing(face);
    return PDType0Font.load(document, face, true);
  }

  private synchronized Font awtBase() {
    if (awtBase == null) {
      try {
        awtBase = collection ? collectionFace() : Font.createFont(Font.TRUETYPE_FONT, stream());
      } catch (IOException | FontFormatException e) {
        throw new IllegalStateException(Messages.text("reports.font.noAwt", location), e);
      }
    }
    return awtBase;
  }

  private Font collectionFace() throws IOException, FontFormatException {
    Font[] faces = Font.createFonts(stream());
    for (Font face : faces) {
      if (face.getPSName().equals(postScriptName)) {
        return face;
      }
    }
    throw new FontFormatException(
        Messages.text("reports.font.faceNotFound", postScriptName, location));
  }

  private TrueTypeFont parseFace() throws IOException {
    if (!collection) {
      return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }
    TrueTypeFont face =
        new TrueTypeCollection(new ByteArrayInputStream(data)).getFontByName(postScriptName);
    if (face == null) {
      throw new IOException(Messages.text("reports.font.faceNotFound", postScriptName, location));
    }
    return face;
  }

  private ByteArrayInputStream stream() {
    return new ByteArrayInputStream(data);
  }
}
