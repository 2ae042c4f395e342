package org.govindex.reports.fonts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.govindex.contract.Messages;

/**
 * Decides whether a font file (TrueType {@code .ttf} or collection {@code .ttc}) can serve the
 * reports: TrueType outlines (PDFBox embeds and subsets only {@code glyf} fonts, not CFF ones),
 * embedding and subsetting permitted by its OS/2 {@code fsType}, and a glyph for every code point
 * of a probe text. For a collection the first qualifying face is chosen.
 */
final class FontFileInspector {

  /** Characters every report needs; a font without one of them is not a usable CJK font. */
  static final String PROBE_TEXT = "年度社区居民满意度测评报告街道排名样本不足第页共0123456789.%";

  /** OS/2 fsType: restricted licence embedding. */
  private static final int FS_TYPE_RESTRICTED = 0x0002;

  /** OS/2 fsType: no subsetting. */
  private static final int FS_TYPE_NO_SUBSETTING = 0x0100;

  /** OS/2 fsType: bitmap embedding only. */
  private static final int FS_TYPE_BITMAP_ONLY = 0x0200;

  /** The usable face of a file, or why none is usable. */
  record Verdict(String postScriptName, boolean collection, String rejection) {
    boolean usable() {
      return rejection == null;
    }
  }

  private FontFileInspector() {}

  static Verdict inspect(byte[] data) {
    String tag = data.length < 4 ? "" : new String(data, 0, 4, StandardCharsets.ISO_8859_1);
    try {
      if (tag.equals("ttcf")) {
        return inspectCollection(data);
      }
      if (tag.equals("OTTO")) {
        return new Verdict(null, false, Messages.text("reports.font.cffOutlines"));
      }
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
        String rejection = rejection(font);
        return new Verdict(rejection == null ? font.getName() : null, false, rejection);
      }
    } catch (IOException | RuntimeException e) {
      return new Verdict(null, false, Messages.text("reports.font.unreadableFile", e.getMessage()));
    }
  }

  private static Verdict inspectCollection(byte[] data) throws IOException {
    List<String> usable = new ArrayList<>();
    List<String> rejections = new ArrayList<>();
    try (TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data))) {
      collection.processAllFonts(
          font -> {
            String rejection = rejection(font);
            if (rejection == null) {
              usable.add(font.getName());
            } else {
              rejections.add(Messages.text("reports.font.rejected", font.getName(), rejection));
            }
          });
    }
    if (!usable.isEmpty()) {
      return new Verdict(usable.get(0), true, null);
    }
    return new Verdict(
        null, true, Messages.text("reports.font.noUsableFace", Messages.list(rejections)));
  }

  /** Why a face is not usable, or null when it is. */
  static String rejection(TrueTypeFont font) throws IOException {
    if (!font.getTableMap().containsKey("glyf")) {
      return Messages.text("reports.font.noGlyf");
    }
    OS2WindowsMetricsTable os2 = font.getOS2Windows();
    if (os2 != null) {
      int fsType = os2.getFsType();
      if ((fsType & 0x000F) == FS_TYPE_RESTRICTED || (fsType & FS_TYPE_BITMAP_ONLY) != 0) {
        return Messages.text("reports.font.noEmbedding", fsType);
      }
      if ((fsType & FS_TYPE_NO_SUBSETTING) != 0) {
        return Messages.text("reports.font.noSubsetting", fsType);
      }
    }
    CmapLookup cmap = font.getUnicodeCmapLookup(false);
    if (cmap == null) {
      return Messages.text("reports.font.noCmap");
    }
    int[] missing =
        PROBE_TEXT.codePoints().filter(codePoint -> cmap.getGlyphId(codePoint) == 0).toArray();
    if (missing.length > 0) {
      return Messages.text("reports.font.missingGlyphs", new String(missing, 0, missing.length));
    }
    return null;
  }
}
