package org.govindex.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.govindex.reports.ReportException;
import org.govindex.reports.fonts.CjkFontLocator;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ChartFilesTest {

  @TempDir Path dir;

  /** The rank-interval chart of the annual report for three streets. */
  private static JFreeChart chart() {
    return chartOf(
        List.of(
            new RankIntervalChart.UnitRank("东湖街道", 1, 1.0, 2.0),
            new RankIntervalChart.UnitRank("西关街道", 2, 1.0, 3.0),
            new RankIntervalChart.UnitRank("南岸街道", 3, null, null)));
  }

  private static JFreeChart chartOf(List<RankIntervalChart.UnitRank> units) {
    return RankIntervalChart.applyTheme(
        RankIntervalChart.createChart(
            RankIntervalChart.createDataset(units), units, "街道创新指数排名区间", units.size()),
        new GovindexChartTheme(CjkFontLocator.defaultFont()));
  }

  @Test
  void writesPngAt300DpiOfThePrintedSizeAndSvgAtTheSize() throws Exception {
    List<Path> files = ChartFiles.write(chart(), dir.resolve("charts"), "street_scores", 480, 260);
    Path png = dir.resolve("charts/street_scores.png");
    Path svg = dir.resolve("charts/street_scores.svg");
    assertThat(files).containsExactly(png, svg);
    BufferedImage image = ImageIO.read(png.toFile());
    // 480 × 260 points = 6.67 × 3.61 inches; at 300 dpi: 2000 × 1084 (rounded up) pixels
    assertThat(image.getWidth()).isEqualTo(2000);
    assertThat(image.getHeight()).isEqualTo(1084);
    javax.imageio.ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
    try (var stream = ImageIO.createImageInputStream(png.toFile())) {
      reader.setInput(stream);
      org.w3c.dom.Node tree = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      org.w3c.dom.Element physical =
          (org.w3c.dom.Element) ((Element) tree).getElementsByTagName("pHYs").item(0);
      // 300 dpi = 11811 pixels per metre
      assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
      assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
    } finally {
      reader.dispose();
    }
    Element root = parse(Files.readString(svg, StandardCharsets.UTF_8)).getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(numbers(root.getAttribute("viewBox"))).containsExactly(0.0, 0.0, 480.0, 260.0);
    assertThat(numbers(root.getAttribute("width"))).containsExactly(480.0);
    assertThat(numbers(root.getAttribute("height"))).containsExactly(260.0);
    try (Stream<Path> listed = Files.list(dir.resolve("charts"))) {
      assertThat(listed).containsExactlyInAnyOrder(png, svg);
    }
  }

  @Test
  void svgDrawsTextsAsOutlines() throws Exception {
    String svg = Files.readString(ChartFiles.write(chart(), dir, "chart", 480, 260).get(1));
    Document document = parse(svg);
    assertThat(document.getElementsByTagNameNS("*", "text").getLength()).isZero();
    assertThat(svg).doesNotContain("<text").doesNotContain("街道");
    // every text is a glyph outline path: the title, the subtitle, the axis label, three street
    // names and three tick labels (1, 2, 3)
    assertThat(document.getElementsByTagNameNS("*", "path").getLength()).isGreaterThanOrEqualTo(9);
  }

  @Test
  void svgOutlinesAreTheGlyphsOfTheChartFontNotMissingGlyphBoxes() {
    // a font the SVG canvas cannot find draws every ideograph as the same box: different
    // names would give identical documents
    String east = ChartFiles.toSvg(chartOf("东湖街道"), 480, 160, "t_");
    String west = ChartFiles.toSvg(chartOf("西湖街道"), 480, 160, "t_");
    assertThat(east).isNotEqualTo(west);
    assertThat(ChartFiles.toSvg(chartOf("东湖街道"), 480, 160, "t_")).isEqualTo(east);
  }

  @Test
  void sameChartGivesTheSameSvgBytes() throws Exception {
    Path first = ChartFiles.write(chart(), dir.resolve("a"), "街道得分", 480, 260).get(1);
    Path second = ChartFiles.write(chart(), dir.resolve("b"), "街道得分", 480, 260).get(1);
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(Files.readString(first)).contains("id='govindex_____");
  }

  private static JFreeChart chartOf(String streetName) {
    return chartOf(List.of(new RankIntervalChart.UnitRank(streetName, 1, null, null)));
  }

  @Test
  void withoutTheVectorHintTheSameChartWouldHaveTextElements() throws Exception {
    // control for the test above: the checks do see text elements where there are some
    SVGGraphics2D standard = new SVGGraphics2D(480, 260);
    chart().draw(standard, new Rectangle2D.Double(0, 0, 480, 260));
    Document document = parse(standard.getSVGElement());
    assertThat(document.getElementsByTagNameNS("*", "text").getLength()).isPositive();
  }

  @Test
  void rejectsNamesThatAreNotPlainFileNames() {
    assertThatThrownBy(() -> ChartFiles.write(chart(), dir, "../escape", 100, 100))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("../escape");
    assertThatThrownBy(() -> ChartFiles.write(chart(), dir, "ok", 0, 100))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("0x100");
  }

  /** The numbers in an SVG attribute such as {@code 0 0 480 260} or {@code 480px}. */
  private static List<Double> numbers(String attribute) {
    return Stream.of(attribute.replace("px", "").trim().split("[\\s,]+"))
        .map(Double::valueOf)
        .toList();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
