package org.govindex.reports.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.AtomicFileWriter;
import org.govindex.reports.ReportException;
import org.govindex.reports.ReportRenderingException;
import org.govindex.reports.chart.GovindexChartTheme;
import org.govindex.reports.fonts.CjkFont;
import org.govindex.reports.fonts.CjkFontLocator;
import org.govindex.reports.pdf.ToUnicodeRepair;

/**
 * Renders the publication PDFs of a run from its result tables: the annual report ({@value
 * #ANNUAL_REPORT}), one-page scorecards of every street ({@value #STREET_SCORECARDS}), community
 * ({@value #COMMUNITY_SCORECARDS}) and department ({@value #DEPARTMENT_SCORECARDS}), and the annual
 * report's charts as PNG and SVG in {@value #CHARTS_DIR}/. Every file is written atomically; the
 * CJK font is embedded as a subset, loaded once per document.
 */
public final class PublicationRenderer {

  public static final String ANNUAL_REPORT = "annual-report.pdf";
  public static final String STREET_SCORECARDS = "scorecards-streets.pdf";
  public static final String COMMUNITY_SCORECARDS = "scorecards-communities.pdf";
  public static final String DEPARTMENT_SCORECARDS = "scorecards-departments.pdf";
  public static final String CHARTS_DIR = "charts";

  private static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Shanghai");

  private final CjkFont font;
  private final GovindexChartTheme theme;

  /** A renderer that sets all text, in PDFs and charts, in {@code font}. */
  public PublicationRenderer(CjkFont font) {
    this.font = Objects.requireNonNull(font, "font");
    this.theme = new GovindexChartTheme(font);
  }

  /** Renders with the font of {@link CjkFontLocator#defaultFont()}. */
  public static void render(PublicationInputs in, Path reportsDir) {
    new PublicationRenderer(CjkFontLocator.defaultFont()).renderAll(in, reportsDir);
  }

  /**
   * Writes all publication files of {@code in} into {@code reportsDir}.
   *
   * @throws org.govindex.reports.model.ReportDataException when a table is missing or malformed
   * @throws ReportRenderingException when a file cannot be rendered or written
   */
  public void renderAll(PublicationInputs in, Path reportsDir) {
    PublicationData data = PublicationData.read(in);
    Path charts = reportsDir.resolve(CHARTS_DIR);
    try {
      Files.createDirectories(charts);
    } catch (IOException e) {
      throw new ReportRenderingException(charts, e);
    }
    write(
        reportsDir.resolve(ANNUAL_REPORT),
        in.report().titleFor(in.period()),
        in,
        document -> new AnnualReport(font, theme).compose(document, data, charts));
    Scorecards scorecards = new Scorecards(font, theme, data);
    write(
        reportsDir.resolve(STREET_SCORECARDS),
        "街道考评记分卡",
        in,
        document -> scorecards.units(document, UnitLevel.STREET));
    write(
        reportsDir.resolve(COMMUNITY_SCORECARDS),
        "社区考评记分卡",
        in,
        document -> scorecards.units(document, UnitLevel.COMMUNITY));
    write(reportsDir.resolve(DEPARTMENT_SCORECARDS), "部门考评记分卡", in, scorecards::departments);
  }

  /** Lays out a document. */
  @FunctionalInterface
  interface Composer {
    void compose(PDDocument document) throws IOException;
  }

  private void write(Path pdf, String title, PublicationInputs in, Composer composer) {
    try {
      AtomicFileWriter.write(
          pdf,
          out -> {
            try (PDDocument document = new PDDocument()) {
              describe(document, title, in);
              composer.compose(document);
              ToUnicodeRepair.save(document, font, out);
            }
          });
    } catch (ReportException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ReportRenderingException(pdf, e);
    }
  }

  private static void describe(PDDocument document, String title, PublicationInputs in) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(in.period() + "年度" + title.replaceFirst("^" + in.period() + "年度", ""));
    info.setCreator("govindex " + in.codeVersion());
    info.setProducer("govindex reports (Apache PDFBox)");
    try {
      LocalDate runDate = LocalDate.parse(in.runDate());
      info.setCreationDate(GregorianCalendar.from(runDate.atStartOfDay(REPORT_ZONE)));
    } catch (DateTimeParseException e) {
      // no creation date rather than the wall clock: the same inputs give the same file
    }
  }
}
