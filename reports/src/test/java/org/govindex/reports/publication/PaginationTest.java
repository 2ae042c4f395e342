package org.govindex.reports.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.govindex.reports.chart.GovindexChartTheme;
import org.govindex.reports.fonts.CjkFont;
import org.govindex.reports.fonts.CjkFontLocator;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.ToUnicodeRepair;
import org.govindex.reports.testing.PdfInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The annual report of a district with 200 communities: the community ranking runs over several
 * pages with its header repeated, every community once in ranking order, text inside the margins,
 * the contents pointing at the right pages, and the same data give the same bytes.
 */
class PaginationTest {

  private static final int COMMUNITIES = 200;
  private static final Pattern NAME = Pattern.compile("幸福里\\d{3}社区");
  private static final Path OUT = Path.of("target/test-reports/pagination");

  private static CjkFont font;
  private static PublicationInputs inputs;
  private static Path pdf;

  @BeforeAll
  static void render() throws Exception {
    font = CjkFontLocator.defaultFont();
    inputs = SamplePublicationData.write(Files.createDirectories(OUT.resolve("data")), COMMUNITIES);
    pdf = compose(OUT.resolve("annual-report-200.pdf"));
  }

  /** The annual report alone, saved as the renderer saves it. */
  private static Path compose(Path file) throws Exception {
    PublicationData data = PublicationData.read(inputs);
    Path charts = Files.createDirectories(file.resolveSibling("charts"));
    try (PDDocument document = new PDDocument();
        OutputStream out = Files.newOutputStream(file)) {
      new AnnualReport(font, new GovindexChartTheme(font)).compose(document, data, charts);
      ToUnicodeRepair.save(document, font, out);
    }
    return file;
  }

  /**
   * The community names in ranking order, from the table file itself: ranked units by rank, then
   * the unranked by descending total, ties by code.
   */
  private static List<String> expectedOrder() throws Exception {
    record Unit(String code, String name, Integer rank, Double total) {}
    List<Unit> units = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(Files.newBufferedReader(inputs.tablesDir().resolve("appraisal.csv")))) {
      for (CSVRecord r : parser) {
        if (r.get("level").equals("community")) {
          units.add(
              new Unit(
                  r.get("unit_code"),
                  r.get("unit_name"),
                  r.get("rank").isEmpty() ? null : Integer.valueOf(r.get("rank")),
                  r.get("total_score").isEmpty() ? null : Double.valueOf(r.get("total_score"))));
        }
      }
    }
    assertThat(units).hasSize(COMMUNITIES);
    units.sort(
        Comparator.comparing((Unit u) -> u.rank() == null)
            .thenComparing(Unit::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Unit::total, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Unit::code));
    return units.stream().map(Unit::name).filter(n -> NAME.matcher(n).matches()).toList();
  }

  @Test
  void everyCommunityAppearsOnceInRankingOrderAcrossPagesWithTheHeaderRepeated() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      List<String> pages = PdfInspection.pageTexts(document);
      int from = sectionStart(document, "三、社区考评排名");
      int to = sectionStart(document, "四、创新指数");
      List<String> shown = new ArrayList<>();
      for (int page = from; page < to; page++) {
        Matcher matcher = NAME.matcher(pages.get(page));
        while (matcher.find()) {
          shown.add(matcher.group());
        }
        // the header row is repeated on every page of the table
        assertThat(pages.get(page)).as("page %d", page + 1).contains("所属街道").contains("总分");
      }
      assertThat(to - from).isGreaterThanOrEqualTo(4);
      List<String> expected = expectedOrder();
      // all but the long name and the two repeated names match NAME
      assertThat(expected).hasSize(COMMUNITIES - 3).doesNotHaveDuplicates();
      assertThat(shown).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void noTextIsClippedIntoTheMarginsAndOnlyTheFooterSitsInTheBottomMargin() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      float pageHeight = PageFlow.PAGE.getHeight();
      for (PdfInspection.ShownChar shown : PdfInspection.chars(document)) {
        float x = shown.position().getXDirAdj();
        assertThat(x)
            .as("x of %s", shown)
            .isBetween(PageFlow.MARGIN_LEFT - 1, PageFlow.PAGE.getWidth() - PageFlow.MARGIN_RIGHT);
        assertThat(x + shown.position().getWidthDirAdj())
            .as("end of %s", shown)
            .isLessThanOrEqualTo(PageFlow.PAGE.getWidth() - PageFlow.MARGIN_RIGHT + 1);
        // body text stays above the bottom margin; only the page number sits inside it
        if (shown.pdfY() < PageFlow.MARGIN_BOTTOM) {
          assertThat(shown.pdfY()).as("footer line of %s", shown).isBetween(30f, 40f);
        }
        assertThat(shown.pdfY()).isLessThan(pageHeight - 20);
      }
    }
  }

  @Test
  void contentsEntriesPointToThePageWhereTheSectionStarts() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      List<String> pages = PdfInspection.pageTexts(document);
      String title = AnnualReport.title(SamplePublicationData.PERIOD);
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        int index = sectionStart(document, item.getTitle());
        // the section's first page has its title twice: as the heading and in the running header
        assertThat(pages.get(index).replace(title, "").split(item.getTitle(), -1))
            .as("page %d for %s", index + 1, item.getTitle())
            .hasSize(3);
        if (index - 1 > 1) {
          // the page before belongs to the previous section
          assertThat(pages.get(index - 1)).doesNotContain(item.getTitle());
        }
        // the contents page prints the same (1-based) page number
        assertThat(pages.get(1).replaceAll("[ .]", ""))
            .contains(item.getTitle().replace(" ", "") + (index + 1));
      }
    }
  }

  @Test
  void sameDataGiveTheSameBytes() throws Exception {
    Path again = compose(OUT.resolve("again/annual-report-200.pdf"));
    assertThat(sha256(again)).isEqualTo(sha256(pdf));
  }

  private static int sectionStart(PDDocument document, String title) {
    for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
      if (item.getTitle().equals(title)) {
        try {
          return document.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    throw new AssertionError("no section " + title);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
