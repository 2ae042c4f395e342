package org.govindex.reports.appraisal;

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
import javax.imageio.ImageIO;
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
import org.govindex.reports.model.AppraisalReportData;
import org.govindex.reports.model.UnitScore;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.testing.PdfInspection;
import org.govindex.reports.testing.SampleReportData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proves that the report's Chinese text is real, embedded glyphs and not boxes. */
class ChineseGlyphTest {

  private static final Path OUT = Path.of("target/test-reports/glyphs");

  private static CjkFont font;
  private static AppraisalReportData data;
  private static Path pdf;

  @BeforeAll
  static void render() throws Exception {
    font = CjkFontLocator.defaultFont();
    data = SampleReportData.withCommunities(60);
    pdf = OUT.resolve("appraisal.pdf");
    new AppraisalReportRenderer(font).render(data, pdf);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        ImageIO.write(
            renderer.renderImageWithDPI(page, 110),
            "png",
            OUT.resolve("page" + (page + 1) + ".png").toFile());
      }
    }
  }

  /** Chinese texts the report must show. */
  private static List<String> expectedTexts() {
    List<String> texts = new ArrayList<>();
    texts.add(AppraisalReportRenderer.title(data.period()));
    texts.addAll(List.of("一、主要数据", "三、社区满意度得分排名", "四、数据质量", "所属街道", "满意率", "样本不足"));
    data.communities().stream().map(UnitScore::name).forEach(texts::add);
    return texts;
  }

  private static Set<Integer> cjkCodePoints(List<String> texts) {
    return texts.stream()
        .flatMapToInt(String::codePoints)
        .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
        .boxed()
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void fontHasAGlyphForEveryChineseCharacterUsed() {
    Set<Integer> codePoints = cjkCodePoints(expectedTexts());
    assertThat(codePoints).hasSizeGreaterThan(30);
    assertThat(codePoints.stream().filter(cp -> !font.canDisplay(cp)).toList()).isEmpty();
  }

  @Test
  void everyFontInThePdfIsAnEmbeddedTrueTypeSubset() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
      assertThat(fonts).isNotEmpty();
      for (PDFont pdfFont : fonts) {
        assertThat(pdfFont).isInstanceOf(PDType0Font.class);
        assertThat(pdfFont.isEmbedded()).as(pdfFont.getName() + " embedded").isTrue();
        assertThat(((PDType0Font) pdfFont).getDescendantFont()).isInstanceOf(PDCIDFontType2.class);
        // subset fonts carry a six-letter tag, e.g. ABCDEF+NotoSansSC-Regular
        assertThat(pdfFont.getName()).matches("[A-Z]{6}\\+" + font.postScriptName());
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
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      Set<Integer> verified = new TreeSet<>();
      for (PdfInspection.ShownChar shown : PdfInspection.chars(document)) {
        String unicode = shown.position().getUnicode();
        int codePoint = unicode.codePointAt(0);
        if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
          continue;
        }
        PDType0Font pdfFont = (PDType0Font) shown.position().getFont();
        int code = shown.position().getCharacterCodes()[0];
        int gid = pdfFont.getDescendantFont().codeToGID(code);
        assertThat(gid).as("glyph id of %s", unicode).isPositive();
        assertThat(pdfFont.getPath(code).getBounds2D().isEmpty())
            .as("outline of %s", unicode)
            .isFalse();
        verified.add(codePoint);
      }
      assertThat(verified).containsAll(cjkCodePoints(expectedTexts()));
    }
  }

  @Test
  void textExtractionReturnsTheChineseText() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = String.join("\n", PdfInspection.pageTexts(document));
      for (String expected : expectedTexts()) {
        assertThat(text).contains(expected);
      }
      // no radical look-alikes (⾥ ⺠ ⻰) in place of the ideographs shown (里 民 龙)
      assertThat(text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF).toArray()).isEmpty();
      assertThat(text).contains("居民").contains("龙泉街道");
      // chart texts are real text too (vector chart with the same embedded font)
      assertThat(text).contains("街道满意度得分").contains(SampleReportData.STREET_NAMES[0]);
    }
  }

  @Test
  void differentChineseCharactersRenderToDifferentPixelPatterns() throws Exception {
    float size = 40;
    float baseline = 700;
    float[] xs = {100, 200, 300};
    try (PDDocument document = new PDDocument()) {
      try (PageFlow flow = new PageFlow(document, font, font.loadInto(document), null)) {
        flow.text("社", xs[0], baseline, size, Color.BLACK, false);
        flow.text("区", xs[1], baseline, size, Color.BLACK, false);
        flow.text("社", xs[2], baseline, size, Color.BLACK, false);
      }
      Path file = OUT.resolve("two-glyphs.pdf");
      Files.createDirectories(OUT);
      document.save(file.toFile());
    }
    try (PDDocument document = Loader.loadPDF(OUT.resolve("two-glyphs.pdf").toFile())) {
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
