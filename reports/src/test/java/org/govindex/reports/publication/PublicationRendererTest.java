package org.govindex.reports.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.fonts.CjkFont;
import org.govindex.reports.fonts.CjkFontLocator;
import org.govindex.reports.model.ReportDataException;
import org.govindex.reports.pdf.PageFlow;
import org.govindex.reports.pdf.PageNumbering;
import org.govindex.reports.tables.AppraisalRow;
import org.govindex.reports.tables.ResultTables;
import org.govindex.reports.testing.PdfInspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the publication from {@link SamplePublicationData} and checks it as a reader would: page
 * counts, embedded subset fonts, no missing glyph, the contents pointing at the right pages,
 * running headers and footers, no text outside the content box, the methodology appendix matching
 * the configuration, and a golden image of a scorecard.
 *
 * <p>Golden image: {@code src/test/resources/publication/golden-street-scorecard.png}. After an
 * intended layout change, regenerate it with {@code mvn -pl reports test
 * -Dtest=PublicationRendererTest -Dgovindex.updateGolden=true}, look at the new PNG, and commit it.
 */
class PublicationRendererTest {

  private static final Path OUT = Path.of("target/test-reports/publication");
  private static final Path GOLDEN =
      Path.of("src/test/resources/publication/golden-street-scorecard.png");

  /** Mean absolute grey difference (0-255) tolerated against the golden image. */
  private static final double GOLDEN_TOLERANCE = 1.0;

  private static PublicationInputs inputs;
  private static ResultTables tables;
  private static CjkFont font;

  @BeforeAll
  static void render() throws Exception {
    Path data = Files.createDirectories(OUT.resolve("data"));
    inputs = SamplePublicationData.write(data);
    tables = ResultTables.read(inputs.tablesDir(), code -> code);
    font = CjkFontLocator.defaultFont();
    new PublicationRenderer(font).renderAll(inputs, OUT);
  }

  private static PDDocument open(String name) throws Exception {
    return Loader.loadPDF(OUT.resolve(name).toFile());
  }

  private static final List<String> ALL =
      List.of(
          PublicationRenderer.ANNUAL_REPORT,
          PublicationRenderer.STREET_SCORECARDS,
          PublicationRenderer.COMMUNITY_SCORECARDS,
          PublicationRenderer.DEPARTMENT_SCORECARDS);

  @Test
  void scorecardsHaveOnePagePerUnit() throws Exception {
    try (PDDocument streets = open(PublicationRenderer.STREET_SCORECARDS);
        PDDocument communities = open(PublicationRenderer.COMMUNITY_SCORECARDS);
        PDDocument departments = open(PublicationRenderer.DEPARTMENT_SCORECARDS)) {
      assertThat(streets.getNumberOfPages()).isEqualTo(SamplePublicationData.STREETS.length);
      assertThat(communities.getNumberOfPages()).isEqualTo(SamplePublicationData.COMMUNITIES);
      assertThat(departments.getNumberOfPages())
          .isEqualTo(SamplePublicationData.DEPARTMENTS.length);
    }
  }

  @Test
  void annualReportHasCoverContentsAndEverySection() throws Exception {
    try (PDDocument document = open(PublicationRenderer.ANNUAL_REPORT)) {
      List<String> pages = PdfInspection.pageTexts(document);
      // the cover: title, issuer and date from the configuration; no program version, nothing
      // about being generated (the version is in the methodology appendix)
      assertThat(pages.get(0))
          .contains("城乡社区治理和服务")
          .contains(SamplePublicationData.REPORT.issuer())
          .contains("2027年1月15日")
          .doesNotContain("1.2.3-test")
          .doesNotContain("自动生成")
          .doesNotContain("版本");
      assertThat(String.join("", pages)).contains("计算程序版本 1.2.3-test");
      assertThat(pages.get(1)).contains(TableOfContents.TITLE);
      List<PDOutlineItem> items = outline(document);
      assertThat(items.stream().map(PDOutlineItem::getTitle))
          .containsExactly(
              "一、总体情况",
              "二、街道考评排名",
              "三、社区考评排名",
              "四、创新指数",
              "五、部门双向考评",
              "六、以奖代补",
              "附录一 方法说明",
              "附录二 数据质量");
      assertThat(document.getNumberOfPages()).isGreaterThan(2 + items.size() - 1);
    }
  }

  @Test
  void contentsEntriesPointToThePageWhereTheSectionStarts() throws Exception {
    try (PDDocument document = open(PublicationRenderer.ANNUAL_REPORT)) {
      List<String> pages = PdfInspection.pageTexts(document);
      for (PDOutlineItem item : outline(document)) {
        int index =
            document.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage());
        String body = bodyText(pages.get(index));
        assertThat(body).as("page %d for %s", index + 1, item.getTitle()).contains(item.getTitle());
        // the contents page prints the same (1-based) page number
        assertThat(pages.get(1).replaceAll("[ .]", ""))
            .contains(item.getTitle().replace(" ", "") + (index + 1));
      }
    }
  }

  @Test
  void everyPageButTheCoverHasRunningHeaderAndPageNumber() throws Exception {
    try (PDDocument document = open(PublicationRenderer.ANNUAL_REPORT)) {
      List<String> pages = PdfInspection.pageTexts(document);
      int total = pages.size();
      for (int i = 1; i < total; i++) {
        assertThat(pages.get(i))
            .as("page %d", i + 1)
            .contains(AnnualReport.title(SamplePublicationData.PERIOD))
            .contains(PageNumbering.label(i + 1, total));
      }
      assertThat(pages.get(0)).doesNotContain(PageNumbering.label(1, total));
    }
  }

  @Test
  void everyFontIsAnEmbeddedSubsetOfTheReportFont() throws Exception {
    for (String name : ALL) {
      try (PDDocument document = open(name)) {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
          collectFonts(page.getResources(), fonts);
        }
        assertThat(fonts).as(name).isNotEmpty();
        for (PDFont pdfFont : fonts) {
          assertThat(pdfFont).isInstanceOf(PDType0Font.class);
          assertThat(pdfFont.isEmbedded()).as(name + " " + pdfFont.getName()).isTrue();
          assertThat(pdfFont.getName()).matches("[A-Z]{6}\\+" + font.postScriptName());
        }
      }
    }
  }

  @Test
  void noGlyphIsMissing() throws Exception {
    for (String name : ALL) {
      try (PDDocument document = open(name)) {
        int checked = 0;
        for (PdfInspection.ShownChar shown : PdfInspection.chars(document)) {
          String unicode = shown.position().getUnicode();
          if (unicode.isBlank()) {
            continue;
          }
          PDType0Font pdfFont = (PDType0Font) shown.position().getFont();
          int code = shown.position().getCharacterCodes()[0];
          assertThat(pdfFont.getDescendantFont().codeToGID(code))
              .as("%s: glyph of '%s' on page %d", name, unicode, shown.page())
              .isPositive();
          assertThat(unicode).as("%s page %d", name, shown.page()).isNotEqualTo("?");
          checked++;
        }
        assertThat(checked).as(name).isGreaterThan(100);
      }
    }
  }

  @Test
  void noTextLeavesTheContentBox() throws Exception {
    float left = PageFlow.MARGIN_LEFT - 1;
    float right = PageFlow.PAGE.getWidth() - PageFlow.MARGIN_RIGHT + 1;
    for (String name : ALL) {
      try (PDDocument document = open(name)) {
        for (PdfInspection.ShownChar shown : PdfInspection.chars(document)) {
          float x = shown.position().getXDirAdj();
          float end = x + shown.position().getWidthDirAdj();
          assertThat(x)
              .as("%s page %d '%s'", name, shown.page(), shown.position().getUnicode())
              .isGreaterThanOrEqualTo(left);
          assertThat(end)
              .as("%s page %d '%s'", name, shown.page(), shown.position().getUnicode())
              .isLessThanOrEqualTo(right);
          assertThat(shown.pdfY()).isBetween(20f, PageFlow.PAGE.getHeight() - 20);
        }
      }
    }
  }

  @Test
  void smallSampleUnitsAreMarkedAndLongNamesShown() throws Exception {
    try (PDDocument document = open(PublicationRenderer.COMMUNITY_SCORECARDS)) {
      String text = String.join("\n", PdfInspection.pageTexts(document));
      long small =
          tables.appraisal(UnitLevel.COMMUNITY).stream()
              .filter(r -> r.insufficientSample())
              .count();
      assertThat(small).isPositive();
      assertThat(text.split("得分仅供参考", -1)).hasSize((int) small + 1);
      // the long name is shrunk to fit on its header line, not cut
      assertThat(text).contains(SamplePublicationData.LONG_NAME);
    }
  }

  @Test
  void methodologyAppendixStatesEveryIndicatorWithWeightsAsPercentagesAndCitedSources()
      throws Exception {
    JsonNode config = new ObjectMapper().readTree(inputs.methodologyJson().toFile());
    try (PDDocument document = open(PublicationRenderer.ANNUAL_REPORT)) {
      String text = ReportText.joined(ReportText.section(document, "附录一 方法说明", "附录二 数据质量"));
      assertThat(config.path("catalogue")).hasSize(SamplePublicationData.INDICATORS.length);
      // weights as shares of O, computed here from the configuration (1.1 .. 1.5 and 0.3 .. 0.7)
      double community = 0;
      double street = 0;
      for (JsonNode indicator : config.path("catalogue")) {
        community += indicator.path("weight_community").asDouble();
        street += indicator.path("weight_street").asDouble();
      }
      for (JsonNode indicator : config.path("catalogue")) {
        assertThat(text)
            .contains(indicator.path("indicator_name").asText())
            .contains("社区" + percent(indicator.path("weight_community").asDouble() / community))
            .contains("街道" + percent(indicator.path("weight_street").asDouble() / street))
            .contains("最佳" + indicator.path("goal_best").asText() + "%");
      }
      assertThat(text)
          .contains("社区70%，街道50%")
          .contains("正向指标")
          .contains("非常满意100分")
          .contains("居民代表40%")
          .contains("《南京市深化街道和社区体制改革实施方案》")
          .contains("志愿者注册登记率不低于10%")
          .contains("经验取值")
          .contains("基期为2024年");
      // no configuration keys, brackets, file paths or notes meant for the analysts
      assertThat(text)
          .doesNotContain("[")
          .doesNotContain("weight_community")
          .doesNotContain("goal_best")
          .doesNotContain("shared/policy")
          .doesNotContain("methodology.json")
          .doesNotContain("future_setting_xyz");
    }
  }

  /** A share as the appendix prints it, formatted independently: 1 decimal, no trailing .0. */
  private static String percent(double share) {
    String shown =
        new java.math.BigDecimal(Double.toString(share * 100))
            .setScale(1, java.math.RoundingMode.HALF_UP)
            .toPlainString();
    return (shown.endsWith(".0") ? shown.substring(0, shown.length() - 2) : shown) + "%";
  }

  @Test
  void reportTextHasNoEnglishWordsOutsideCodesAndUnits() throws Exception {
    for (String pdf : ALL) {
      try (PDDocument document = open(pdf)) {
        List<String> words =
            ReportText.englishWords(String.join("\n", PdfInspection.pageTexts(document)));
        assertThat(words).as(pdf).isEmpty();
      }
    }
  }

  @Test
  void paragraphsBreakNoNumberAndStartNoLineWithClosingPunctuation() throws Exception {
    try (PDDocument document = open(PublicationRenderer.ANNUAL_REPORT)) {
      List<String> lines = new ArrayList<>();
      lines.addAll(ReportText.section(document, "一、总体情况", "二、街道考评排名"));
      lines.addAll(ReportText.section(document, "附录一 方法说明", "附录二 数据质量"));
      assertThat(ReportText.brokenNumbers(lines)).isEmpty();
      assertThat(ReportText.closingAtLineStart(lines)).isEmpty();
    }
  }

  @Test
  void repeatedNamesCarryTheirParentAndRankIntervalsAreWholeRanks() throws Exception {
    List<AppraisalRow> twins =
        tables.appraisal(UnitLevel.COMMUNITY).stream()
            .filter(r -> r.unitName().equals(SamplePublicationData.REPEATED_NAME))
            .toList();
    assertThat(twins).hasSize(2);
    try (PDDocument document = open(PublicationRenderer.ANNUAL_REPORT)) {
      String innovation = String.join("\n", ReportText.section(document, "四、创新指数", "五、部门双向考评"));
      for (AppraisalRow twin : twins) {
        assertThat(innovation).contains(twin.unitName() + "（" + twin.parentName() + "）");
      }
      // every rank interval of the innovation tables is whole ranks: 3–7, never 3.4–7
      java.util.regex.Matcher interval =
          java.util.regex.Pattern.compile(
                  "(\\d+(?:\\.\\d+)?)[–‒](\\d+(?:\\.\\d+)?)\\s*$",
                  java.util.regex.Pattern.MULTILINE)
              .matcher(innovation);
      int found = 0;
      while (interval.find()) {
        found++;
        assertThat(interval.group()).as("rank interval").matches("\\d+[–‒]\\d+\\s*");
      }
      assertThat(found).isGreaterThanOrEqualTo(SamplePublicationData.COMMUNITIES / 2);
    }
  }

  @Test
  void chartsAreWrittenAsPngAndSvg() throws Exception {
    Path charts = OUT.resolve(PublicationRenderer.CHARTS_DIR);
    for (String base :
        List.of("grade-distribution", "innovation-radar-street", "innovation-trend-district")) {
      assertThat(charts.resolve(base + ".png")).isRegularFile();
      assertThat(charts.resolve(base + ".svg")).isRegularFile();
      assertThat(ImageIO.read(charts.resolve(base + ".png").toFile()).getWidth())
          .isGreaterThan(600);
    }
    assertThat(Files.list(charts).filter(p -> p.toString().contains("department-heatmap")).count())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void rankIntervalIsShownOnScorecardsAndInTheRankingTables() throws Exception {
    AppraisalRow first =
        tables.appraisal(UnitLevel.STREET).stream()
            .filter(r -> r.rank() != null && r.rank() == 1)
            .findFirst()
            .orElseThrow();
    assertThat(first.hasRankInterval()).isTrue();
    // the dash may come back from the text layer as any dash punctuation
    String interval = "95%区间 第 " + first.rankLow() + "\\p{Pd}" + first.rankHigh() + " 名";
    try (PDDocument streets = open(PublicationRenderer.STREET_SCORECARDS);
        PDDocument communities = open(PublicationRenderer.COMMUNITY_SCORECARDS);
        PDDocument report = open(PublicationRenderer.ANNUAL_REPORT)) {
      String streetText = String.join("\n", PdfInspection.pageTexts(streets));
      assertThat(streetText).containsPattern(interval);
      assertThat(String.join("\n", PdfInspection.pageTexts(communities)))
          .contains("95%区间 第 ")
          // the innovation index's interval stays in the innovation part, labelled as such
          .contains("创新指数排名区间");
      String reportText = String.join("\n", PdfInspection.pageTexts(report));
      assertThat(reportText.split("排名区间", -1).length).isGreaterThan(3);
    }
  }

  @Test
  void scorecardsBreakTheSurveyScoreDownByQuestionBesideTheLevelMean() throws Exception {
    try (PDDocument communities = open(PublicationRenderer.COMMUNITY_SCORECARDS);
        PDDocument streets = open(PublicationRenderer.STREET_SCORECARDS)) {
      List<String> pages = PdfInspection.pageTexts(communities);
      // page i is not community i (pages follow the rank), so find the pages by their code
      for (int i : new int[] {1, 2, 3}) {
        String page =
            pages.stream()
                .filter(p -> p.contains(SamplePublicationData.communityCode(i)))
                .findFirst()
                .orElseThrow();
        assertThat(page).contains("群众主观评价分项");
        assertThat(page.replace("\n", " "))
            .contains(
                String.format(
                    Locale.ROOT,
                    "社区治安状况 %.1f（%s）",
                    SamplePublicationData.safetyScore(i),
                    SamplePublicationData.SAFETY_MEAN))
            .contains(i == 3 ? "社区环境卫生 无评分（9 人回答“不了解”）" : "社区环境卫生 70.0（70.0）");
      }
      assertThat(String.join("\n", PdfInspection.pageTexts(streets))).contains("街道工作总体 81.5（81.5）");
    }
  }

  @Test
  void rankIntervalColumnsAreOptional(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("appraisal.csv"),
        "period,level,unit_code,unit_name,subjective_score,objective_score,total_score,"
            + "subjective_weight,n_valid,ci_low,ci_high,satisfaction_rate,rank,grade,flags\n"
            + "2026,street,440103001,滨埔街道,80,70,77,0.7,300,78,82,0.9,1,良好,\n");
    AppraisalRow old = ResultTables.read(dir, code -> code).appraisal().get(0);
    assertThat(old.rankLow()).isNull();
    assertThat(old.rankHigh()).isNull();
    assertThat(old.hasRankInterval()).isFalse();
    Files.writeString(
        dir.resolve("appraisal.csv"),
        "period,level,unit_code,unit_name,subjective_score,objective_score,total_score,"
            + "subjective_weight,n_valid,ci_low,ci_high,satisfaction_rate,rank,grade,flags,"
            + "rank_low,rank_high\n"
            + "2026,street,440103001,滨埔街道,80,70,77,0.7,300,78,82,0.9,1,良好,,1,3\n"
            + "2026,street,440103002,白田街道,,,,0.7,3,,,,,样本不足,insufficient_sample,,\n");
    List<AppraisalRow> rows = ResultTables.read(dir, code -> code).appraisal();
    assertThat(rows.get(0).rankLow()).isEqualTo(1);
    assertThat(rows.get(0).rankHigh()).isEqualTo(3);
    assertThat(rows.get(1).hasRankInterval()).isFalse();
  }

  @Test
  void dataQualityAppendixListsTheSuspiciousSurveysWithTheirCauses() throws Exception {
    try (PDDocument document = open(PublicationRenderer.ANNUAL_REPORT)) {
      String text = String.join("\n", PdfInspection.pageTexts(document));
      String appendix = text.substring(text.lastIndexOf("问卷质量标记"));
      assertThat(appendix)
          .contains("共检查 2 个单位的问卷，其中 1 个单位有质量标记")
          .contains(SamplePublicationData.STREETS[1] + "（街道）：答题过快的问卷比例偏高；同一 IP 短时集中提交")
          .doesNotContain(SamplePublicationData.STREETS[0] + "（街道）");
    }
  }

  @Test
  void innovationSectionShowsTheCoherenceChecks() throws Exception {
    try (PDDocument document = open(PublicationRenderer.ANNUAL_REPORT)) {
      String text = String.join("\n", PdfInspection.pageTexts(document));
      assertThat(text).contains("指数的统计一致性").contains("Cronbach α").contains("标记的相关系数");
      // the flag of the weak correlation in words (contract.Flag), not its code
      assertThat(text).contains("相关偏弱").contains("0.08").doesNotContain("weak");
    }
  }

  @Test
  void aMissingRequiredColumnNamesFileAndColumn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("appraisal.csv"), "period,level,unit_code\n2026,community,1\n");
    assertThatThrownBy(() -> ResultTables.read(dir, code -> code))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("appraisal.csv")
        .hasMessageContaining("header row")
        .hasMessageContaining("no column 'subjective_weight'");
  }

  @Test
  void withoutTheAppraisalThereIsNoPublication(@TempDir Path dir) {
    assertThatThrownBy(() -> ResultTables.read(dir, code -> code))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("appraisal.csv")
        .hasMessageContaining("not found");
  }

  @Test
  void anUnknownLevelNamesFileRowAndColumn(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("appraisal.csv"),
        "period,level,unit_code,subjective_weight,n_valid,flags\n"
            + "2026,street,440103001,0.5,300,\n"
            + "2026,town,440103002,0.5,300,\n");
    assertThatThrownBy(() -> ResultTables.read(dir, code -> code))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("appraisal.csv row 2")
        .hasMessageContaining("column 'level'")
        .hasMessageContaining("'town'");
  }

  @Test
  void optionalTablesThatAreAbsentAreListedAndTheirSectionsSaySo(@TempDir Path dir)
      throws Exception {
    PublicationInputs sample = SamplePublicationData.write(dir);
    Files.delete(sample.tablesDir().resolve("department_rating.csv"));
    Files.delete(sample.tablesDir().resolve("innovation_index.csv"));
    ResultTables read = ResultTables.read(sample.tablesDir(), code -> code);
    assertThat(read.missing()).containsExactly("department_rating.csv", "innovation_index.csv");
    assertThat(read.isMissing(read.innovationSpec())).isTrue();
    assertThat(read.departments()).isEmpty();
    assertThat(read.innovationDimensions()).isEmpty();
    Path out = dir.resolve("out");
    new PublicationRenderer(font).renderAll(sample, out);
    try (PDDocument document =
        Loader.loadPDF(out.resolve(PublicationRenderer.ANNUAL_REPORT).toFile())) {
      String text = String.join("\n", PdfInspection.pageTexts(document));
      assertThat(text)
          .contains("本期未提供部门考评结果表（department_rating.csv），本节从略。")
          .contains("本期未提供创新指数结果表（innovation_index.csv），本节从略。")
          .contains("以下结果表本期不存在，相应内容从略：department_rating.csv、innovation_index.csv。");
    }
    try (PDDocument departments =
        Loader.loadPDF(out.resolve(PublicationRenderer.DEPARTMENT_SCORECARDS).toFile())) {
      assertThat(String.join("\n", PdfInspection.pageTexts(departments))).contains("本期没有部门考评结果。");
    }
  }

  @Test
  void innovationDimensionsAreTheColumnsBetweenTheContractsBounds() {
    assertThat(tables.innovationDimensions()).containsExactly(SamplePublicationData.DIMENSIONS);
    assertThat(tables.innovationSpec().names())
        .startsWith(
            "period", "level", "unit_code", "unit_name", SamplePublicationData.DIMENSIONS[0])
        .contains("index", "flags");
    assertThat(tables.innovation()).hasSize(3 * (SamplePublicationData.COMMUNITIES + 6 + 2));
  }

  @Test
  void streetScorecardMatchesTheGoldenImage() throws Exception {
    BufferedImage actual;
    try (PDDocument document = open(PublicationRenderer.STREET_SCORECARDS)) {
      actual = grey(new PDFRenderer(document).renderImage(0, 0.5f, ImageType.GRAY));
    }
    if (Boolean.getBoolean("govindex.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      ImageIO.write(actual, "png", GOLDEN.toFile());
    }
    assertThat(GOLDEN)
        .as("golden image; create it with -Dgovindex.updateGolden=true (see class comment)")
        .isRegularFile();
    BufferedImage golden = ImageIO.read(GOLDEN.toFile());
    assertThat(golden.getWidth()).isEqualTo(actual.getWidth());
    assertThat(golden.getHeight()).isEqualTo(actual.getHeight());
    ImageIO.write(actual, "png", OUT.resolve("actual-street-scorecard.png").toFile());
    assertThat(meanAbsoluteDifference(golden, actual)).isLessThan(GOLDEN_TOLERANCE);
  }

  @Test
  void goldenComparisonDetectsALayoutChange() throws Exception {
    try (PDDocument document = open(PublicationRenderer.STREET_SCORECARDS)) {
      PDFRenderer renderer = new PDFRenderer(document);
      BufferedImage first = grey(renderer.renderImage(0, 0.5f, ImageType.GRAY));
      assertThat(meanAbsoluteDifference(first, first)).isZero();
      // the same page with its content moved down by 4 pixels (about 8 pt)
      BufferedImage shifted =
          new BufferedImage(first.getWidth(), first.getHeight(), first.getType());
      java.awt.Graphics2D g = shifted.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, shifted.getWidth(), shifted.getHeight());
      g.drawImage(first, 0, 4, null);
      g.dispose();
      assertThat(meanAbsoluteDifference(first, shifted)).isGreaterThan(GOLDEN_TOLERANCE);
    }
  }

  /** Downscaled (2×2 box) grey image: removes sub-pixel rasterisation noise. */
  private static BufferedImage grey(BufferedImage image) {
    int width = image.getWidth() / 2;
    int height = image.getHeight() / 2;
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int sum = 0;
        for (int dy = 0; dy < 2; dy++) {
          for (int dx = 0; dx < 2; dx++) {
            sum += image.getRaster().getSample(2 * x + dx, 2 * y + dy, 0);
          }
        }
        out.getRaster().setSample(x, y, 0, sum / 4);
      }
    }
    return out;
  }

  private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
    long sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        sum += Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0));
      }
    }
    return (double) sum / (a.getWidth() * a.getHeight());
  }

  /** The text of a page without its running header line. */
  private static String bodyText(String page) {
    return page.replace(AnnualReport.title(SamplePublicationData.PERIOD), "");
  }

  private static List<PDOutlineItem> outline(PDDocument document) {
    List<PDOutlineItem> items = new ArrayList<>();
    document.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
    return items;
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
}
