package org.govindex.reports.publication;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.chart.GovindexChartTheme;
import org.govindex.reports.fonts.CjkFont;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.PageNumbering;
import org.govindex.reports.tables.AppraisalRow;
import org.govindex.reports.tables.DepartmentRow;

/**
 * The scorecard documents: one page per street, community or department, in ranking order, the font
 * loaded once per document, page numbers at the bottom.
 */
final class Scorecards {

  private final CjkFont font;
  private final GovindexChartTheme theme;
  private final PublicationData data;

  Scorecards(CjkFont font, GovindexChartTheme theme, PublicationData data) {
    this.font = font;
    this.theme = theme;
    this.data = data;
  }

  /** One page per unit of {@code level} (community or street). */
  void units(PDDocument document, UnitLevel level) throws IOException {
    PDType0Font pdfFont = font.loadInto(document);
    List<AppraisalRow> units = data.ranked(level);
    long ranked = data.rankedCount(level);
    try (PageFlow flow = new PageFlow(document, font, pdfFont, null)) {
      CardCanvas canvas = new CardCanvas(flow, theme);
      UnitScorecard card = new UnitScorecard(canvas, theme, data);
      for (AppraisalRow unit : units) {
        flow.newPage();
        card.draw(unit, ranked);
      }
      if (units.isEmpty()) {
        flow.text(
            "本期没有" + level.label() + "的考评结果。",
            flow.left(),
            flow.y() - 12,
            12,
            CardCanvas.TEXT,
            false);
      }
    }
    PageNumbering.stamp(document, pdfFont);
  }

  /** One page per department. */
  void departments(PDDocument document) throws IOException {
    PDType0Font pdfFont = font.loadInto(document);
    List<DepartmentRow> departments =
        data.tables().departments().stream()
            .sorted(
                java.util.Comparator.comparing(
                        DepartmentRow::rank,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                    .thenComparing(DepartmentRow::departmentCode))
            .toList();
    try (PageFlow flow = new PageFlow(document, font, pdfFont, null)) {
      CardCanvas canvas = new CardCanvas(flow, theme);
      DepartmentScorecard card = new DepartmentScorecard(canvas, data);
      long ranked = departments.stream().filter(d -> d.rank() != null).count();
      for (DepartmentRow department : departments) {
        flow.newPage();
        card.draw(department, ranked);
      }
      if (departments.isEmpty()) {
        flow.text("本期没有部门考评结果。", flow.left(), flow.y() - 12, 12, CardCanvas.TEXT, false);
      }
    }
    PageNumbering.stamp(document, pdfFont);
  }
}
