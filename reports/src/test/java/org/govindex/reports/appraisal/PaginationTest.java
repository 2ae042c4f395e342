package org.govindex.reports.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govindex.reports.fonts.CjkFontLocator;
import org.govindex.reports.model.AppraisalReportData;
import org.govindex.reports.model.UnitScore;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.PageNumbering;
import org.govindex.reports.testing.PdfInspection;
import org.govindex.reports.testing.SampleReportData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private static final int COMMUNITIES = 200;
  private static final Pattern NAME = Pattern.compile("幸福里\\d{3}社区");

  private static AppraisalReportData data;
  private static Path pdf;

  @BeforeAll
  static void render() {
    data = SampleReportData.withCommunities(COMMUNITIES);
    pdf = Path.of("target/test-reports/pagination/appraisal-200.pdf");
    new AppraisalReportRenderer(CjkFontLocator.defaultFont()).render(data, pdf);
  }

  @Test
  void everyCommunityAppearsExactlyOnceInRankingOrderAcrossPages() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      List<String> pages = PdfInspection.pageTexts(document);
      List<String> shown = new ArrayList<>();
      List<Integer> pagesWithRows = new ArrayList<>();
      for (int page = 0; page < pages.size(); page++) {
        Matcher matcher = NAME.matcher(pages.get(page));
        boolean any = false;
        while (matcher.find()) {
          shown.add(matcher.group());
          any = true;
        }
        if (any) {
          pagesWithRows.add(page + 1);
          // the header row is repeated on every page of the table
          assertThat(pages.get(page)).contains("所属街道").contains("满意度得分");
        }
      }
      List<String> expectedOrder =
          AppraisalReportRenderer.sortedForRanking(data.communities()).stream()
              .map(UnitScore::name)
              .toList();
      assertThat(expectedOrder).hasSize(COMMUNITIES).doesNotHaveDuplicates();
      assertThat(shown).containsExactlyElementsOf(expectedOrder);
      assertThat(pagesWithRows).hasSizeGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void noTextIsClippedIntoTheMarginsAndEveryPageIsNumbered() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int total = document.getNumberOfPages();
      float pageHeight = PageFlow.PAGE.getHeight();
      List<PdfInspection.ShownChar> chars = PdfInspection.chars(document);
      for (PdfInspection.ShownChar shown : chars) {
        float x = shown.position().getXDirAdj();
        assertThat(x)
            .as("x of %s", shown)
            .isBetween(PageFlow.MARGIN_LEFT - 1, PageFlow.PAGE.getWidth() - PageFlow.MARGIN_RIGHT);
        // body text stays above the bottom margin; only the page number sits inside it
        if (shown.pdfY() < PageFlow.MARGIN_BOTTOM) {
          assertThat(shown.pdfY()).as("footer line of %s", shown).isBetween(30f, 40f);
        }
        assertThat(shown.pdfY()).isLessThan(pageHeight - 20);
      }
      List<String> pages = PdfInspection.pageTexts(document);
      for (int page = 1; page <= total; page++) {
        assertThat(pages.get(page - 1)).contains(PageNumbering.label(page, total));
      }
    }
  }

  @Test
  void sameDataGiveTheSameBytes() throws Exception {
    Path again = pdf.resolveSibling("appraisal-200-again.pdf");
    new AppraisalReportRenderer(CjkFontLocator.defaultFont()).render(data, again);
    assertThat(sha256(again)).isEqualTo(sha256(pdf));
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
