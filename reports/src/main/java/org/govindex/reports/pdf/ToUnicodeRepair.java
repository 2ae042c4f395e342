package org.govindex.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
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

  /**
   * Saves {@code document} to {@code out} with corrected ToUnicode maps for {@code font}.
   *
   * <p>PDFBox subsets the fonts, and writes their ToUnicode maps, when a document is saved; so the
   * document is saved once to a digest (the content hash that names the file, below), its subset
   * fonts' maps are rewritten in memory, and it is saved again to {@code out}: no buffer of the
   * whole file and no second parse of it.
   */
  public static void save(PDDocument document, CjkFont font, OutputStream out) throws IOException {
    MessageDigest digest = sha256();
    document.getDocument().setDocumentID(documentId(new byte[16]));
    try (OutputStream first = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
      document.save(first);
    }
    Map<COSDictionary, Boolean> done = new IdentityHashMap<>();
    for (PDPage page : document.getPages()) {
      repair(page.getResources(), font, done);
    }
    document.getDocument().setDocumentID(documentId(Arrays.copyOf(digest.digest(), 16)));
    document.save(out);
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private static void repair(PDResources resources, CjkFont font, Map<COSDictionary, Boolean> done)
      throws IOException {
    if (resources == null) {
      return;
    }
    COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
    if (fonts != null) {
      for (COSName name : fonts.keySet()) {
        COSDictionary dictionary = fonts.getCOSDictionary(name);
        if (dictionary != null
            && COSName.TYPE0.equals(dictionary.getCOSName(COSName.SUBTYPE))
            && dictionary
                .getNameAsString(COSName.BASE_FONT, "")
                .endsWith("+" + font.postScriptName())
            && done.put(dictionary, Boolean.TRUE) == null) {
          // read afresh from the dictionary: the map PDFBox wrote when it subset the font
          rewrite(new PDType0Font(dictionary), font);
        }
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
