package org.govindex.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.govindex.reports.fonts.CjkFont;

/**
 * Makes text copied or extracted from a PDF read as the characters that were shown.
 *
 * <p>PDFBox writes the ToUnicode map of a subset font from the first Unicode value of each glyph in
 * the font's cmap. CJK fonts map radicals (U+2E80–U+2FDF) and compatibility ideographs to the
 * glyphs of unified ideographs, and these smaller code points come first, so 里 民 龙 would be
 * extracted as ⾥ ⺠ ⻰ — wrong in search, copy and screen readers. This rewrites the ToUnicode map of
 * every subset of the report font with {@link CjkFont#textCodePoint(int)}, relying on PDFBox
 * keeping the original glyph ids as character codes (CIDs) of a subset. The file identifier is
 * derived from the content, so equal inputs give byte-identical files.
 */
public final class ToUnicodeRepair {

  private static final int ENTRIES_PER_BLOCK = 100;

  private ToUnicodeRepair() {}

  /** Saves {@code document} to {@code out} with corrected ToUnicode maps for {@code font}. */
  public static void save(PDDocument document, CjkFont font, OutputStream out) throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    document.getDocument().setDocumentID(documentId(new byte[16]));
    document.save(first);
    byte[] firstBytes = first.toByteArray();
    try (PDDocument saved = Loader.loadPDF(firstBytes)) {
      Map<COSDictionary, Boolean> done = new IdentityHashMap<>();
      for (PDPage page : saved.getPages()) {
        repair(page.getResources(), font, done);
      }
      saved.getDocument().setDocumentID(documentId(contentHash(firstBytes)));
      saved.save(out);
    }
  }

  /**
   * The file identifier (PDF 32000 §14.4): derived from the content rather than the clock, so that
   * the same report data give byte-identical files (their sha256 goes into the run manifest).
   */
  private static COSArray documentId(byte[] id) {
    COSArray array = new COSArray();
    array.add(new COSString(id));
    array.add(new COSString(id));
    return array;
  }

  private static byte[] contentHash(byte[] bytes) {
    try {
      return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(bytes), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static void repair(PDResources resources, CjkFont font, Map<COSDictionary, Boolean> done)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont pdfFont = resources.getFont(name);
      if (pdfFont instanceof PDType0Font type0
          && type0.getName() != null
          && type0.getName().endsWith("+" + font.postScriptName())
          && done.put(type0.getCOSObject(), Boolean.TRUE) == null) {
        rewrite(type0, font);
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xObject = resources.getXObject(name);
      if (xObject instanceof PDFormXObject form) {
        repair(form.getResources(), font, done);
      }
    }
  }

  private static void rewrite(PDType0Font type0, CjkFont font) throws IOException {
    TreeMap<Integer, String> mapping = new TreeMap<>();
    int glyphs = Math.min(font.glyphCount(), 0x10000);
    for (int code = 1; code < glyphs; code++) {
      String unicode = type0.toUnicode(code);
      if (unicode == null) {
        continue;
      }
      if (unicode.codePointCount(0, unicode.length()) == 1) {
        int preferred = font.textCodePoint(code);
        if (preferred >= 0) {
          unicode = new String(Character.toChars(preferred));
        }
      }
      mapping.put(code, unicode);
    }
    COSStream stream = type0.getCOSObject().getCOSStream(COSName.TO_UNICODE);
    if (stream == null) {
      stream = new COSStream();
      type0.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(cmap(mapping).getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** A ToUnicode CMap (Adobe Technical Note #5411) of 2-byte codes. */
  static String cmap(TreeMap<Integer, String> mapping) {
    StringBuilder out = new StringBuilder();
    out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    var entries = mapping.entrySet().stream().toList();
    for (int start = 0; start < entries.size(); start += ENTRIES_PER_BLOCK) {
      var block = entries.subList(start, Math.min(entries.size(), start + ENTRIES_PER_BLOCK));
      out.append(block.size()).append(" beginbfchar\n");
      for (var entry : block) {
        out.append(String.format("<%04X> <", entry.getKey()));
        for (char c : entry.getValue().toCharArray()) {
          out.append(String.format("%04X", (int) c));
        }
        out.append(">\n");
      }
      out.append("endbfchar\n");
    }
    out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return out.toString();
  }
}
