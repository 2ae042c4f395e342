package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.govindex.contract.RejectReason;
import org.govindex.jobs.ingest.validation.CellRejection;
import org.govindex.jobs.ingest.validation.Projection;
import org.govindex.jobs.ingest.validation.RowValidator;
import org.govindex.jobs.ingest.validation.UnitRegistry;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task of one file, run directly on the driver (no Spark job): its summary (SHA-256 over all
 * the file's bytes, encoding, rows read and accepted) and its rejected rows, with a validator that
 * keeps the first cell and rejects cells starting with {@code bad}.
 */
class FileParserTest {

  @TempDir Path dir;

  /** Keeps column 0 of each record; a cell starting with "bad" is bad_value, salvaging it. */
  static final class FirstCell implements RowValidator {
    private static final long serialVersionUID = 1L;

    @Override
    public String dataset() {
      return "first_cells";
    }

    @Override
    public StructType schema() {
      return DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("source_file", DataTypes.StringType, false),
              DataTypes.createStructField("row_number", DataTypes.LongType, false),
              DataTypes.createStructField("cell", DataTypes.StringType, true)));
    }

    @Override
    public Projection project(String file, List<String> headers) {
      return new Projection(new int[] {0}, new String[] {""});
    }

    @Override
    public Object[] validate(String[] cells, String file, long rowNumber, UnitRegistry registry) {
      if (cells[0].startsWith("bad")) {
        throw new CellRejection(RejectReason.BAD_VALUE, "cell: '" + cells[0] + "' is bad")
            .withSalvaged(new Object[] {null, null, cells[0]});
      }
      return new Object[] {file, rowNumber, cells[0]};
    }
  }

  /** The accepted rows (the validator's columns) and the rejected ones as the task emits them. */
  record Parsed(FileSummary summary, List<Row> rows, List<Row> rejects) {}

  private static Parsed parse(Path file, String relativePath) throws Exception {
    SparkSession spark = SparkTestSession.get();
    CollectionAccumulator<FileSummary> summaries = spark.sparkContext().collectionAccumulator();
    List<Row> rejects = new ArrayList<>();
    Broadcast<UnitRegistry> registry =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(UnitRegistry.empty());
    FileTask task =
        new FileTask(
            file.toAbsolutePath().toString(), relativePath, relativePath.endsWith(".xlsx"));
    FileParser parser =
        new FileParser(new FileTask[] {task}, new FirstCell(), registry::value, summaries);
    List<Row> rows = new ArrayList<>();
    for (Iterator<Row> it = parser.call(0L); it.hasNext(); ) {
      Row row = it.next();
      if (row.isNullAt(3)) {
        rows.add(RowFactory.create(row.get(0), row.get(1), row.get(2)));
      } else {
        rejects.add(row);
      }
    }
    registry.destroy();
    assertThat(summaries.value()).hasSize(1);
    return new Parsed(summaries.value().get(0), rows, List.copyOf(rejects));
  }

  private static String sha256sum(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void sha256OfKnownContent() throws Exception {
    // SHA-256("abc") from FIPS 180-2, appendix B.1; a CSV of header "abc" and no row
    Path file = dir.resolve("abc.csv");
    Files.write(file, "abc".getBytes(StandardCharsets.US_ASCII));
    Parsed parsed = parse(file, "facts/abc.csv");
    assertThat(parsed.summary().sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(parsed.summary().rowsRead()).isZero();
  }

  @Test
  void aCsvLargerThanTheEncodingLookAheadIsHashedOverAllItsBytes() throws Exception {
    // 1.5 MiB: beyond the 1 MiB look-ahead of the encoding decision and every read buffer
    StringBuilder text = new StringBuilder("序号,内容\n");
    int rows = 0;
    while (text.length() < 1_000_000) {
      rows++;
      text.append(rows).append(",满意满意\n");
    }
    Path file = dir.resolve("big.csv");
    Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(Files.size(file)).isGreaterThan(3 << 19);
    Parsed parsed = parse(file, "facts/big.csv");
    assertThat(parsed.summary().sha256()).isEqualTo(sha256sum(file));
    assertThat(parsed.summary().encoding()).isEqualTo("UTF-8");
    assertThat(parsed.summary().rowsRead()).isEqualTo(rows);
    assertThat(parsed.rows()).hasSize(rows);
    assertThat(parsed.rows().get(rows - 1).getString(2)).isEqualTo(String.valueOf(rows));
  }

  @Test
  void anXlsxIsHashedOverAllItsBytes() throws Exception {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("s");
      sheet.createRow(0).createCell(0).setCellValue("项目编号");
      sheet.createRow(1).createCell(0).setCellValue("XM1");
      sheet.createRow(2).createCell(0).setCellValue("bad XM2");
      book.write(out);
    }
    Parsed parsed = parse(file, "facts/projects_x.xlsx");
    assertThat(parsed.summary().sha256()).isEqualTo(sha256sum(file));
    assertThat(parsed.summary().encoding()).isEqualTo("xlsx");
    assertThat(parsed.summary().rowsRead()).isEqualTo(2);
    assertThat(parsed.summary().rowsAccepted()).isEqualTo(1);
  }

  @Test
  void anXlsxRowWithTextPastTheHeaderIsRejectedNotCut() throws Exception {
    Path file = dir.resolve("wide.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("s");
      sheet.createRow(0).createCell(0).setCellValue("项目编号");
      sheet.createRow(1).createCell(0).setCellValue("XM1");
      org.apache.poi.ss.usermodel.Row shifted = sheet.createRow(2);
      shifted.createCell(0).setCellValue("XM2");
      shifted.createCell(2).setCellValue("13700000001");
      org.apache.poi.ss.usermodel.Row blankPast = sheet.createRow(3);
      blankPast.createCell(0).setCellValue("XM3");
      blankPast.createCell(4).setCellValue("  ");
      book.write(out);
    }
    Parsed parsed = parse(file, "facts/projects_w.xlsx");
    assertThat(parsed.summary().rowsRead()).isEqualTo(3);
    assertThat(parsed.rows()).extracting(r -> r.getString(2)).containsExactly("XM1", "XM3");
    assertThat(parsed.rejects())
        .extracting(r -> r.getLong(1) + " " + r.getString(3) + " " + r.getString(4))
        .containsExactly("2 field_count 本行在表头以外的第 3 列有内容，表头只有 1 列");
  }

  @Test
  void rowsAreNumberedAndEveryRowIsAcceptedOrRejected() throws Exception {
    Path file = dir.resolve("gb.csv");
    // GB18030; an empty line between rows 1 and 2 is not a row
    Files.write(
        file, "编号\n甲\n\nbad 乙\n丙\nbad 丁\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
    Parsed parsed = parse(file, "facts/gb.csv");
    assertThat(parsed.summary().sha256()).isEqualTo(sha256sum(file));
    assertThat(parsed.summary().encoding()).isEqualTo("GB18030");
    assertThat(parsed.summary().rowsRead()).isEqualTo(4);
    assertThat(parsed.summary().rowsAccepted()).isEqualTo(2);
    assertThat(parsed.summary().rowsRejected()).isEqualTo(2);
    assertThat(parsed.rows())
        .extracting(r -> r.getString(0) + "#" + r.getLong(1) + "=" + r.getString(2))
        .containsExactly("facts/gb.csv#1=甲", "facts/gb.csv#3=丙");
    // rejected rows carry their place and the salvaged values, stamped with file and row
    assertThat(parsed.rejects())
        .extracting(
            r ->
                r.getString(0)
                    + "#"
                    + r.getLong(1)
                    + " "
                    + r.getString(3)
                    + " "
                    + r.get(0)
                    + "/"
                    + r.get(1)
                    + "/"
                    + r.get(2))
        .containsExactly(
            "facts/gb.csv#2 bad_value facts/gb.csv/2/bad 乙",
            "facts/gb.csv#4 bad_value facts/gb.csv/4/bad 丁");
  }
}
