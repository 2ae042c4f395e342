package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.contract.GovindexException;
import org.govindex.contract.SpreadsheetText;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.ParquetTables;
import org.govindex.jobs.reduce.PeriodCounts;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus {@code data-samples/bad/}: every case is ingested (ingestion only, on the
 * shared Spark session) and its outcome checked against the case's {@code expect.txt}:
 *
 * <ul>
 *   <li>{@code refused: TEXT} — ingestion (under a Chinese locale, as its users run it) stops with
 *       one line (no stack trace, no line break) containing TEXT;
 *   <li>otherwise exactly the {@code reject: FILE#ROW CODE [| TEXT]} rows are in {@code
 *       rejects.csv} (TEXT in the reason), each {@code accepted: FILE N} file has N accepted rows,
 *       {@code in-period: DATASET YEAR N} rows are counted in the period, {@code kept: DATASET
 *       COLUMN VALUE} is a value of the dataset; and for every case, every file balances (rows read
 *       = accepted + rejected, and its rejected rows are those of {@code rejects.csv}), no cell of
 *       {@code rejects.csv} is formula-like, and no phone or ID number of the inputs is in any
 *       output (rejects, decoded Parquet).
 * </ul>
 *
 * A case holds the files of its drop, laid over the registry of {@code base/} (unless {@code base:
 * no}); {@code generated: NAME} cases are written by this test (binary, huge or zipped inputs).
 */
class BadInputCorpusTest {

  static final Path CORPUS =
      Path.of(System.getProperty("user.dir")).getParent().resolve("data-samples").resolve("bad");
  private static final Pattern PERSONAL =
      Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|\\d{17}[\\dX]|1[3-9]\\d \\d{4} \\d{4})(?!\\d)");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyCaseHasItsExpectedOutcome() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(CORPUS)) {
      cases =
          list.filter(Files::isDirectory)
              .filter(d -> Files.exists(d.resolve("expect.txt")))
              .sorted()
              .toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
    return cases.stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private void check(Path caseDir) throws Exception {
    Expectation expect = Expectation.read(caseDir.resolve("expect.txt"));
    Path drop = temp.resolve(caseDir.getFileName().toString());
    if (!expect.absent) {
      if (expect.base) {
        copyTree(CORPUS.resolve("base"), drop);
      }
      copyTree(caseDir, drop);
      Files.deleteIfExists(drop.resolve("expect.txt"));
      generate(expect.generated, drop);
    }
    Path out = temp.resolve(caseDir.getFileName() + "-out");
    IngestionReport report;
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.CHINA);
    try {
      report = ingestion().ingest(drop, out);
    } catch (GovindexException e) {
      String line = GovindexException.oneLine(e);
      assertThat(expect.refused).as("refused unexpectedly: " + line).isNotNull();
      assertThat(line).contains(expect.refused).doesNotContain("\n").doesNotContain("Exception");
      assertNoPersonalData(line, drop);
      return;
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertThat(expect.refused).as("accepted, expected refusal").isNull();
    List<CSVRecord> rejects = rejects(out);
    Map<String, String> codes = new TreeMap<>();
    Map<String, String> reasons = new TreeMap<>();
    for (CSVRecord r : rejects) {
      codes.put(r.get(0) + "#" + r.get(1), r.get(2));
      reasons.put(r.get(0) + "#" + r.get(1), r.get(3));
      for (String cell : r) {
        assertThat(SpreadsheetText.isFormulaLike(cell)).as(cell).isFalse();
      }
    }
    assertThat(codes).isEqualTo(expect.rejectCodes);
    expect.rejectTexts.forEach((row, text) -> assertThat(reasons.get(row)).contains(text));
    for (InputFileReport file : report.files()) {
      long rejectedHere = rejects.stream().filter(r -> r.get(0).equals(file.path())).count();
      assertThat(file.rowsRead())
          .as(file.path())
          .isEqualTo(file.rowsAccepted() + file.rowsRejected());
      assertThat(file.rowsRejected()).as(file.path()).isEqualTo(rejectedHere);
    }
    expect.accepted.forEach(
        (file, n) ->
            assertThat(report.files())
                .filteredOn(f -> f.path().equals(file))
                .singleElement()
                .extracting(InputFileReport::rowsAccepted)
                .isEqualTo(n));
    StringBuilder outputs = new StringBuilder(Files.readString(out.resolve("rejects.csv")));
    Map<String, List<Map<String, Object>>> datasets = new TreeMap<>();
    for (TableSpec spec : Datasets.INGESTED) {
      List<Map<String, Object>> rows = decoded(out.resolve(spec.name()), spec);
      datasets.put(spec.name(), rows);
      rows.forEach(r -> outputs.append(r).append('\n'));
    }
    for (String[] kept : expect.kept) {
      assertThat(datasets.get(kept[0]))
          .as(kept[0] + "." + kept[1])
          .extracting(r -> r.get(kept[1]))
          .contains(kept[2]);
    }
    for (String[] period : expect.inPeriod) {
      TableSpec spec =
          Datasets.INGESTED.stream().filter(s -> s.name().equals(period[0])).findFirst().get();
      var counts = PeriodCounts.of(spark(), new IngestedDatasets(out));
      assertThat(PeriodCounts.inPeriod(counts, spec, Integer.parseInt(period[1])))
          .isEqualTo(Long.parseLong(period[2]));
    }
    assertNoPersonalData(outputs.toString(), drop);
  }

  /**
   * The rows of an ingested dataset, decoded: a table written in plain Java (one part file) is read
   * without Spark, one written by Spark with it (only the kinds that had files).
   */
  private static List<Map<String, Object>> decoded(Path dir, TableSpec spec) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (Files.exists(dir.resolve(ParquetTables.PART))) {
      Table table = ParquetTables.read(dir, spec);
      for (int r = 0; r < table.size(); r++) {
        Map<String, Object> row = new TreeMap<>();
        for (int c = 0; c < spec.columns().size(); c++) {
          row.put(spec.columns().get(c).name(), table.value(r, c));
        }
        rows.add(row);
      }
      return rows;
    }
    for (org.apache.spark.sql.Row r : spark().read().parquet(dir.toString()).collectAsList()) {
      Map<String, Object> row = new TreeMap<>();
      for (String name : r.schema().fieldNames()) {
        row.put(name, r.getAs(name));
      }
      rows.add(row);
    }
    return rows;
  }

  /** No phone or ID number written in the drop's text files appears in the text. */
  private static void assertNoPersonalData(String text, Path drop) throws IOException {
    Set<String> personal = new TreeSet<>();
    if (Files.isDirectory(drop)) {
      try (Stream<Path> walk = Files.walk(drop)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          if (Files.size(file) < 1 << 20) {
            Matcher m =
                PERSONAL.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            while (m.find()) {
              personal.add(m.group(1));
            }
          }
        }
      }
    }
    for (String value : personal) {
      assertThat(text).as("output holds " + value).doesNotContain(value);
    }
  }

  private static List<CSVRecord> rejects(Path out) throws IOException {
    try (var reader = Files.newBufferedReader(out.resolve("rejects.csv"))) {
      List<CSVRecord> rows =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(reader)
              .getRecords();
      return rows;
    }
  }

  private static DropIngestion ingestion() throws Exception {
    return new DropIngestion(
        spark(),
        new IngestionSettings(
            DropIngestionTest.questionnaire(),
            new Pseudonymizer(DropIngestionTest.KEY),
            DropIngestionTest.bundledProfiles()));
  }

  private static SparkSession spark() {
    return SparkTestSession.get();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  // ---------- generated cases ----------

  static final String HOTLINE_HEADER = DropIngestionTest.HOTLINE_HEADER;
  static final String ORDER =
      "GD%d,2026-03-01 10:00:00,%s,投诉,噪音,,440101001,440101001001,44010101,,,,,办理中,否,否,否,未回访,未评价\n";

  private static void generate(String name, Path drop) throws IOException {
    switch (name) {
      case "" -> {}
      case "field-too-long" -> {
        Path projects = drop.resolve("facts/projects_2026.csv");
        Files.createDirectories(projects.getParent());
        try (var out = Files.newBufferedWriter(projects, StandardCharsets.UTF_8)) {
          out.write("项目编号,社区代码,年度,项目名称,项目类型,居民满意度得分,社会效果评价得分\n");
          out.write("XM1,440101001001,2026,长者饭堂,为老服务,90,80\n");
          out.write("XM2,440101001001,2026,");
          char[] block = new char[100_000];
          java.util.Arrays.fill(block, 'x');
          for (int i = 0; i < 50; i++) {
            out.write(block);
          }
          out.write(",为老服务,90,80\n");
        }
        Path hotline = drop.resolve("cases/hotline_2026.csv");
        Files.createDirectories(hotline.getParent());
        Files.writeString(
            hotline,
            HOTLINE_HEADER
                + "\n"
                + ORDER.formatted(1, "电话")
                + ORDER.formatted(2, "电".repeat(Datasets.MAX_FIELD_CHARS + 1)));
      }
      case "xlsx-zip-bomb" -> writeZipBomb(drop.resolve("cases/hotline_2026.xlsx"));
      case "xlsx-doctype" -> writeDoctypeWorkbook(drop.resolve("cases/hotline_2026.xlsx"));
      case "binary-named-csv" -> {
        byte[] bytes = new byte[1 << 16];
        new Random(13).nextBytes(bytes);
        Files.createDirectories(drop.resolve("cases"));
        Files.write(drop.resolve("cases/hotline_2026.csv"), bytes);
      }
      default -> throw new IllegalArgumentException("no generator " + name);
    }
  }

  /** A valid workbook whose sheet XML is padded with 20 MB of white space (ratio far under 1%). */
  private static void writeZipBomb(Path file) throws IOException {
    Path plain = file.resolveSibling("plain.xlsx.tmp");
    writeHotlineWorkbook(plain);
    rewriteSheet(
        plain,
        file,
        xml -> {
          int at = xml.indexOf("<sheetData>");
          return xml.substring(0, at) + " ".repeat(20_000_000) + xml.substring(at);
        });
    Files.delete(plain);
  }

  /** A valid workbook whose sheet XML declares a DOCTYPE with an external entity (XXE). */
  private static void writeDoctypeWorkbook(Path file) throws IOException {
    Path plain = file.resolveSibling("plain.xlsx.tmp");
    writeHotlineWorkbook(plain);
    rewriteSheet(
        plain,
        file,
        xml -> {
          int at = xml.indexOf("?>") + 2;
          return xml.substring(0, at)
              + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
              + xml.substring(at).replace("<sheetData>", "<sheetData>&xxe;");
        });
    Files.delete(plain);
  }

  private static void writeHotlineWorkbook(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("工单");
      String[] header = HOTLINE_HEADER.split(",");
      String[] row = ORDER.formatted(1, "电话").strip().split(",", -1);
      var h = sheet.createRow(0);
      var r = sheet.createRow(1);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
        r.createCell(i).setCellValue(row[i]);
      }
      book.write(out);
    }
  }

  private static void rewriteSheet(
      Path from, Path to, java.util.function.UnaryOperator<String> change) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/sheet")) {
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
  }

  // ---------- expect.txt ----------

  /** The parsed {@code expect.txt} of a case. */
  static final class Expectation {
    boolean base = true;
    boolean absent;
    String generated = "";
    String refused;
    final Map<String, String> rejectCodes = new TreeMap<>();
    final Map<String, String> rejectTexts = new TreeMap<>();
    final Map<String, Long> accepted = new TreeMap<>();
    final List<String[]> inPeriod = new ArrayList<>();
    final List<String[]> kept = new ArrayList<>();

    static Expectation read(Path file) throws IOException {
      Expectation e = new Expectation();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        switch (key) {
          case "base" -> e.base = !value.equals("no");
          case "drop" -> e.absent = value.equals("absent");
          case "generated" -> e.generated = value;
          case "refused" -> e.refused = value;
          case "accepted" -> {
            String[] parts = value.split(" ");
            e.accepted.put(parts[0], Long.parseLong(parts[1]));
          }
          case "in-period" -> e.inPeriod.add(value.split(" "));
          case "kept" -> e.kept.add(value.split(" ", 3));
          case "reject" -> {
            String[] rule = value.split("\\s*\\|\\s*", 2);
            String[] parts = rule[0].split(" ");
            e.rejectCodes.put(parts[0], parts[1]);
            if (rule.length > 1) {
              e.rejectTexts.put(parts[0], rule[1]);
            }
          }
          default -> throw new IllegalArgumentException(file + ": unknown key " + key);
        }
      }
      return e;
    }
  }
}
