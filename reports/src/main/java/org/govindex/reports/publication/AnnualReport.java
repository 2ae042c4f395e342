package org.govindex.reports.publication;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.chart.GovindexChartTheme;
import org.govindex.reports.fonts.CjkFont;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.TextWrap;

/**
 * The annual report: cover, table of contents, the numbered sections and the two appendices, each
 * section on new pages, with running headers (title left, section right) and page numbers. The
 * contents page is reserved before the sections are laid out and filled in when their first pages
 * are known.
 */
final class AnnualReport {

  private static final Color TEXT = new Color(0x22, 0x22, 0x22);
  private static final Color GREY = new Color(0x66, 0x66, 0x66);

  private final CjkFont font;
  private final GovindexChartTheme theme;

  AnnualReport(CjkFont font, GovindexChartTheme theme) {
    this.font = font;
    this.theme = theme;
  }

  /** The report title, e.g. {@code 2026年度城乡社区治理和服务考评与创新指数报告}. */
  static String title(String period) {
    return period + "年度城乡社区治理和服务考评与创新指数报告";
  }

  /** The sections in report order. */
  static List<ReportSection> sections(PublicationData data) {
    return List.of(
        new SummarySection(data),
        new RankingSection(data, UnitLevel.STREET, "二、街道考评排名"),
        new RankingSection(data, UnitLevel.COMMUNITY, "三、社区考评排名"),
        new InnovationSection(data),
        new DepartmentSection(data),
        new AwardsSection(data),
        new MethodologyAppendix(data),
        new DataQualityAppendix(data));
  }

  /** Lays out the whole report into {@code document}; charts also go to {@code chartsDir}. */
  void compose(PDDocument document, PublicationData data, Path chartsDir) throws IOException {
    PDType0Font pdfFont = font.loadInto(document);
    String title = data.inputs().report().titleFor(data.period());
    List<String> sectionOfPage = new ArrayList<>();
    List<TableOfContents.Entry> entries = new ArrayList<>();
    try (PageFlow flow = new PageFlow(document, font, pdfFont, null)) {
      cover(flow, data, title);
      flow.newPage();
      int tocPage = document.getNumberOfPages() - 1;
      Typesetter out = new Typesetter(flow, theme, chartsDir);
      try {
        for (ReportSection section : sections(data)) {
          flow.newPage();
          entries.add(new TableOfContents.Entry(section.title(), document.getNumberOfPages() - 1));
          section.render(out);
        }
      } finally {
        out.awaitChartFiles();
      }
      flow.close();
      sectionOfPage.add("");
      sectionOfPage.add(TableOfContents.TITLE);
      for (int i = 0; i < entries.size(); i++) {
        int end =
            i + 1 < entries.size() ? entries.get(i + 1).pageIndex() : document.getNumberOfPages();
        for (int page = entries.get(i).pageIndex(); page < end; page++) {
          sectionOfPage.add(entries.get(i).title());
        }
      }
      TableOfContents.draw(document, pdfFont, tocPage, entries);
    }
    PageDecorations.stamp(document, pdfFont, title, sectionOfPage);
  }

  private void cover(PageFlow flow, PublicationData data, String title) throws IOException {
    float top = flow.y();
    var content = flow.content();
    content.setNonStrokingColor(GovindexChartTheme.PRIMARY);
    content.addRect(0, top - 40, PageFlow.PAGE.getWidth(), 8);
    content.fill();
    float y = top - 200;
    List<String> lines =
        title.equals(title(data.period()))
            ? List.of(data.period() + "年度", "城乡社区治理和服务", "考评与创新指数报告")
            : TextWrap.wrap(flow, title, 28, flow.width() - 60);
    for (String line : lines) {
      flow.textCentered(line, y, 28, TEXT, true);
      y -= 46;
    }
    ReportSettings report = data.inputs().report();
    float infoY = Math.min(y - 120, top - 460);
    if (report.issuer() != null && !report.issuer().isBlank()) {
      flow.textCentered(report.issuer().strip(), infoY, 16, TEXT, true);
      infoY -= 30;
    }
    flow.textCentered(report.dateFor(data.inputs().runDate()), infoY, 13, GREY, false);
    flow.textCentered("考评期：" + data.period() + " 年", infoY - 24, 11, GREY, false);
  }
}
