package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.govindex.contract.UnitLevel;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.ingest.source.IngestionException;
import org.govindex.jobs.ingest.validation.RowValidator;
import org.govindex.jobs.ingest.validation.TableSpecs;
import org.govindex.jobs.ingest.validation.Unit;
import org.govindex.jobs.ingest.validation.UnitRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers fuzzed for a bounded time (three seconds per format): garbage and mutated copies of a
 * valid CSV and XLSX work-order file go through the task of one file ({@link FileParser}, as
 * ingestion runs it, on the driver). Each input must either be read to its end with every row
 * accepted or rejected with a reason code (rows read = accepted + rejected), or be refused with one
 * {@link IngestionException} line; any other exception is a crash. Seeded: a failure names the
 * iteration, which replays it.
 */
class ReaderFuzzTest {

  private static final long BUDGET_NANOS = 3_000_000_000L;
  private static final Charset GBK = Charset.forName("GBK");
  private static final String VALID =
      DropIngestionTest.HOTLINE_HEADER
          + "\n"
          + "GD1,2026-03-01 10:00:00,电话,投诉,\"楼下噪音,请处理\n谢谢\",13700000001,440101001,440101001001,"
          + "44010101,2026-03-02 10:00:00,2026-03-01 12:00:00,2026-03-31 10:00:00,"
          + "2026-03-10 10:00:00,已办结,否,否,否,已解决,满意\n"
          + "GD2,2026/3/1 11:00:00,网络,咨询,问,,东街道,,44010101,,,,,办理中,否,否,否,未回访,未评价\n";
  private static final UnitRegistry UNITS =
      new UnitRegistry(
          List.of(
              new Unit(UnitLevel.DISTRICT, "440101", "甲区", ""),
              new Unit(UnitLevel.STREET, "440101001", "东街道", "440101"),
              new Unit(UnitLevel.COMMUNITY, "440101001001", "和平社区", "440101001"),
              new Unit(UnitLevel.DEPARTMENT, "44010101", "民政局", "440101")));

  @TempDir Path dir;

  @Test
  void csvReaderNeverCrashesOnGarbage() throws Exception {
    byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
    int iterations = fuzz("cases/hotline_fuzz.csv", false, valid);
    assertThat(iterations).isGreaterThan(10);
  }

  @Test
  void xlsxReaderNeverCrashesOnGarbage() throws Exception {
    int iterations = fuzz("cases/hotline_fuzz.xlsx", true, validWorkbook());
    assertThat(iterations).isGreaterThan(3);
  }

  /** Runs mutated inputs until the time budget is spent; returns how many ran. */
  private int fuzz(String relativePath, boolean xlsx, byte[] valid) throws Exception {
    Path file = dir.resolve(xlsx ? "fuzz.xlsx" : "fuzz.csv");
    long end = System.nanoTime() + BUDGET_NANOS;
    int i = 0;
    for (; System.nanoTime() < end; i++) {
      Random random = new Random(1_000_003L * i + (xlsx ? 1 : 0));
      Files.write(file, mutate(valid, random));
      parse(new FileTask(file.toString(), relativePath, xlsx), i);
    }
    return i;
  }

  private static void parse(FileTask task, int iteration) {
    RowValidator validator = TableSpecs.hotline(new Pseudonymizer("fuzz"));
    CollectionAccumulator<FileSummary> summaries = new CollectionAccumulator<>();
    List<Reject> rejects = new ArrayList<>();
    FileParser parser = new FileParser(new FileTask[] {task}, validator, () -> UNITS, summaries);
    long accepted = 0;
    try {
      Iterator<Row> rows = ParsedRows.accepted(parser.call(0L), validator.schema(), rejects::add);
      while (rows.hasNext()) {
        rows.next();
        accepted++;
      }
    } catch (IngestionException refused) {
      assertThat(refused.getMessage())
          .as("iteration %d", iteration)
          .startsWith(task.relativePath())
          .doesNotContain("\n");
      return;
    } catch (Exception | Error crash) {
      fail("iteration " + iteration + " crashed the reader: " + crash, crash);
    }
    assertThat(summaries.value()).as("iteration %d", iteration).hasSize(1);
    FileSummary summary = summaries.value().get(0);
    assertThat(summary.rowsAccepted()).isEqualTo(accepted);
    assertThat(summary.rowsRejected()).isEqualTo(rejects.size());
    for (Reject r : rejects) {
      assertThat(r.reason()).doesNotContain("13700000001");
    }
  }

  /** One of: random bytes, byte flips, cut, spliced garbage, inserted quotes, NUL or GBK. */
  private static byte[] mutate(byte[] valid, Random random) {
    int kind = random.nextInt(7);
    byte[] out = valid.clone();
    switch (kind) {
      case 0 -> {
        out = new byte[random.nextInt(4096)];
        random.nextBytes(out);
      }
      case 1 -> {
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
          out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
      }
      case 2 -> out = java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
      default -> {
        int at = random.nextInt(valid.length);
        byte[] insert =
            switch (kind) {
              case 3 -> "\"".repeat(1 + random.nextInt(3)).getBytes(StandardCharsets.US_ASCII);
              case 4 -> new byte[] {0};
              case 5 -> "楼下,\"噪音\n".getBytes(GBK);
              default -> {
                byte[] garbage = new byte[random.nextInt(64)];
                random.nextBytes(garbage);
                yield garbage;
              }
            };
        ByteArrayOutputStream spliced = new ByteArrayOutputStream();
        spliced.write(valid, 0, at);
        spliced.writeBytes(insert);
        spliced.write(valid, at, valid.length - at);
        out = spliced.toByteArray();
      }
    }
    return out;
  }

  private static byte[] validWorkbook() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("工单");
      List<String> lines = VALID.lines().toList();
      String[] header = lines.get(0).split(",");
      var h = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      String[] row = lines.get(lines.size() - 1).split(",", -1);
      var r = sheet.createRow(1);
      for (int c = 0; c < row.length; c++) {
        r.createCell(c).setCellValue(row[c]);
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
