package org.govindex.reports.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.govindex.reports.fonts.CjkFont;
import org.govindex.reports.fonts.CjkFontLocator;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.testing.PdfInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the Chinese text of the published PDFs (the annual report and the community
 * scorecards) is real, embedded glyphs of the one CJK font, not boxes, and reads back as the text
 * that was shown.
 */
class ChineseGlyphTest {

  private static final Path OUT = Path.of("target/test-reports/glyphs");

  private static CjkFont font;
  private static List<Path> pdfs;

  @BeforeAll
  static void render() throws Exception {
    font = CjkFontLocator.defaultFont();
    PublicationInputs inputs =
        SamplePublicationData.write(Files.createDirectories(OUT.resolve("data")));
    new PublicationRenderer(font).renderAll(inputs, OUT);
    pdfs =
        List.of(
            OUT.resolve(PublicationRenderer.ANNUAL_REPORT),
            OUT.resolve(PublicationRenderer.COMMUNITY_SCORECARDS));
  }

  /** Chinese texts the documents must show. */
  private static List<String> expectedTexts() {
    List<String> texts = new ArrayList<>();
    texts.add(AnnualReport.title(SamplePublicationData.PERIOD));
    texts.addAll(List.of("一、总体情况", "三、社区考评排名", "附录二 数据质量", "所属街道", "满意率", "样本不足"));
    texts.addAll(List.of(SamplePublicationData.STREETS));
    texts.addAll(List.of(SamplePublicationData.DEPARTMENTS));
    for (int i = 1; i <= SamplePublicationData.COMMUNITIES; i++) {
      if (i != 5 && i != 8 && i != 9) {
        texts.add(String.format("幸福里%03d社区", i));
      }
    }
    texts.add(SamplePublicationData.LONG_NAME);
    texts.add(SamplePublicationData.REPEATED_NAME);
    return texts;
  }

  private static Set<Integer> cjkCodePoints(List<String> texts) {
    return texts.stream()
        .flatMapToInt(String::codePoints)
        .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
        .boxed()
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return String.join("\n", PdfInspection.pageTexts(document));
    }
  }

  @Test
  void fontHasAGlyphForEveryChineseCharacterUsed() {
    Set<Integer> codePoints = cjkCodePoints(expectedTexts());
    assertThat(codePoints).hasSizeGreaterThan(60);
    assertThat(codePoints.stream().filter(cp -> !font.canDisplay(cp)).toList()).isEmpty();
  }

  @Test
  void everyFontInThePdfsIsAnEmbeddedTrueTypeSubset() throws Exception {
    for (Path pdf : pdfs) {
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
          collectFonts(page.getResources(), fonts);
        }
        assertThat(fonts).as(pdf.toString()).isNotEmpty();
        for (PDFont pdfFont : fonts) {
          assertThat(pdfFont).isInstanceOf(PDType0Font.class);
          assertThat(pdfFont.isEmbedded()).as(pdfFont.getName() + " embedded").isTrue();
          assertThat(((PDType0Font) pdfFont).getDescendantFont())
              .isInstanceOf(PDCIDFontType2.class);
          // subset fonts carry a six-letter tag, e.g. ABCDEF+NotoSansSC-Regular
          assertThat(pdfFont.getName()).matches("[A-Z]{6}\\+" + font.postScriptName());
        }
      }
    }
  }

  private static void collectFonts(PDResources resources, List<PDFont> fonts) throws Exception {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xObject = resources.getXObject(name);
      if (xObject instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts);
      }
    }
  }

  @Test
  void everyChineseCharacterShownMapsToARealGlyphOfTheEmbeddedFont() throws Exception {
    Set<Integer> verified = new TreeSet<>();
    for (Path pdf : pdfs) {
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        for (PdfInspection.ShownChar shown : PdfInspection.chars(document)) {
          String unicode = shown.position().getUnicode();
          int codePoint = unicode.codePointAt(0);
          if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
            continue;
          }
          PDType0Font pdfFont = (PDType0Font) shown.position().getFont();
          int code = shown.position().getCharacterCodes()[0];
          assertThat(pdfFont.getDescendantFont().codeToGID(code))
              .as("glyph id of %s", unicode)
              .isPositive();
          assertThat(pdfFont.getPath(code).getBounds2D().isEmpty())
              .as("outline of %s", unicode)
              .isFalse();
          verified.add(codePoint);
        }
      }
    }
    assertThat(verified).containsAll(cjkCodePoints(expectedTexts()));
  }

  @Test
  void textExtractionReturnsTheChineseText() throws Exception {
    String text = text(pdfs.get(0)) + "\n" + text(pdfs.get(1));
    for (String expected : expectedTexts()) {
      assertThat(text).contains(expected);
    }
    // no radical look-alikes (⾥ ⺠ ⻰) in place of the ideographs shown (里 民 龙)
    assertThat(text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF).toArray()).isEmpty();
    assertThat(text).contains("居民").contains("龙泉街道").contains("幸福里");
    // chart texts are real text too (vector charts with the same embedded font)
    assertThat(text(pdfs.get(0))).contains("各等级单位占本级比例");
  }

  @Test
  void differentChineseCharactersRenderToDifferentPixelPatterns() throws Exception {
    float size = 40;
    float baseline = 700;
    float[] xs = {100, 200, 300};
    Path file = Files.createDirectories(OUT).resolve("two-glyphs.pdf");
    try (PDDocument document = new PDDocument()) {
      try (PageFlow flow = new PageFlow(document, font, font.loadInto(document), null)) {
        flow.text("社", xs[0], baseline, size, Color.BLACK, false);
        flow.text("区", xs[1], baseline, size, Color.BLACK, false);
        flow.text("社", xs[2], baseline, size, Color.BLACK, false);
      }
      document.save(file.toFile());
    }
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      int scale = 2;
      BufferedImage image = new PDFRenderer(document).renderImage(0, scale);
      float pageHeight = document.getPage(0).getMediaBox().getHeight();
      boolean[][] she1 = ink(image, xs[0], baseline, size, pageHeight, scale);
      boolean[][] qu = ink(image, xs[1], baseline, size, pageHeight, scale);
      boolean[][] she2 = ink(image, xs[2], baseline, size, pageHeight, scale);
      int inkShe = count(she1);
      int inkQu = count(qu);
      assertThat(inkShe).as("ink of 社").isGreaterThan(150);
      assertThat(inkQu).as("ink of 区").isGreaterThan(150);
      // the same character twice: the same pattern, so the comparison itself is sound
      assertThat(differing(she1, she2)).isZero();
      // boxes (.notdef) would be identical; real glyphs differ in a large share of their ink
      assertThat(differing(she1, qu)).isGreaterThan(Math.min(inkShe, inkQu) / 3);
    }
  }

  /** Dark pixels of the em square of a glyph drawn at (x, baseline) in PDF user space. */
  private static boolean[][] ink(
      BufferedImage image, float x, float baseline, float size, float pageHeight, int scale) {
    int left = Math.round(x * scale);
    int top = Math.round((pageHeight - baseline - size * 0.9f) * scale);
    int side = Math.round(size * 1.1f * scale);
    boolean[][] ink = new boolean[side][side];
    for (int dy = 0; dy < side; dy++) {
      for (int dx = 0; dx < side; dx++) {
        int rgb = image.getRGB(left + dx, top + dy);
        int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
        ink[dy][dx] = grey < 128;
      }
    }
    return ink;
  }

  private static int count(boolean[][] ink) {
    int n = 0;
    for (boolean[] row : ink) {
      for (boolean pixel : row) {
        n += pixel ? 1 : 0;
      }
    }
    return n;
  }

  private static int differing(boolean[][] a, boolean[][] b) {
    int n = 0;
    for (int y = 0; y < a.length; y++) {
      for (int x = 0; x < a[y].length; x++) {
        n += a[y][x] != b[y][x] ? 1 : 0;
      }
    }
    return n;
  }
}
