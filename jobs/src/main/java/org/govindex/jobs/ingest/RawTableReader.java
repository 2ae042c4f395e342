package org.govindex.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one data file into a {@link RawTable} (the read edge of ingestion).
 *
 * <p>CSV: the header record is read on the driver with the detected encoding; the rows by Spark
 * with that {@code encoding}, every column a string, {@code multiLine} (quoted fields may hold line
 * breaks, so a file is one partition) and row numbers from {@code zipWithIndex} (record 0 is the
 * header, so the index is the 1-based data row number). XLSX: read on the driver with POI (exports
 * are small), cells as Excel displays them (so a code stored as a number shows as {@code
 * 4.40104E+11} and is rejected), date cells as {@code yyyy-MM-dd HH:mm:ss}.
 */
public final class RawTableReader {

  private static final DateTimeFormatter XLSX_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final SparkSession spark;

  public RawTableReader(SparkSession spark) {
    this.spark = spark;
  }

  public RawTable read(DropFile file) {
    FileFingerprint fingerprint = FileFingerprint.of(file.path());
    return file.isXlsx() ? readXlsx(file, fingerprint) : readCsv(file, fingerprint);
  }

  private RawTable readCsv(DropFile file, FileFingerprint fingerprint) {
    List<String> headers = csvHeader(file, fingerprint.encoding());
    StructType cells = cellSchema(headers.size());
    Dataset<Row> parsed =
        spark
            .read()
            .schema(cells)
            .option("header", "false")
            .option("encoding", fingerprint.encoding())
            .option("multiLine", "true")
            .option("quote", "\"")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .csv(file.path().toAbsolutePath().toString());
    String source = file.relativePath();
    int width = headers.size();
    JavaRDD<Row> numbered =
        parsed
            .javaRDD()
            .zipWithIndex()
            .filter(pair -> pair._2() > 0)
            .map(
                pair -> {
                  Object[] values = new Object[width + 2];
                  values[0] = source;
                  values[1] = pair._2();
                  for (int i = 0; i < width; i++) {
                    values[i + 2] = pair._1().isNullAt(i) ? "" : pair._1().getString(i);
                  }
                  return RowFactory.create(values);
                });
    return new RawTable(
        file, fingerprint, headers, spark.createDataFrame(numbered, numberedSchema(width)));
  }

  private static List<String> csvHeader(DropFile file, String encoding) {
    try (InputStream in = Files.newInputStream(file.path());
        Reader reader = new InputStreamReader(in, Charset.forName(encoding))) {
      Iterator<CSVRecord> records = CSVFormat.DEFAULT.parse(reader).iterator();
      if (!records.hasNext()) {
        throw new IngestionException(file.relativePath() + ": empty file (no header row)");
      }
      List<String> headers = new ArrayList<>();
      records.next().forEach(cell -> headers.add(cell.replace("\uFEFF", "")));
      return headers;
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new IngestionException(
          file.relativePath() + ": cannot read the CSV header: " + e.getMessage(), e);
    }
  }

  private RawTable readXlsx(DropFile file, FileFingerprint fingerprint) {
    List<String> headers = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    try (Workbook workbook = WorkbookFactory.create(file.path().toFile(), null, true)) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new IngestionException(file.relativePath() + ": workbook has no sheet");
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
      org.apache.poi.ss.usermodel.Row header = sheet.getRow(sheet.getFirstRowNum());
      if (header == null) {
        throw new IngestionException(file.relativePath() + ": empty sheet (no header row)");
      }
      for (int c = 0; c < header.getLastCellNum(); c++) {
        headers.add(text(header.getCell(c), formatter));
      }
      int width = headers.size();
      for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        Object[] values = new Object[width + 2];
        values[0] = file.relativePath();
        values[1] = (long) (r - header.getRowNum());
        boolean blank = true;
        for (int c = 0; c < width; c++) {
          String value = row == null ? "" : text(row.getCell(c), formatter);
          values[c + 2] = value;
          blank &= value.isBlank();
        }
        if (!blank) {
          rows.add(RowFactory.create(values));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof IngestionException ingestion) {
        throw ingestion;
      }
      throw new IngestionException(
          file.relativePath() + ": cannot read the workbook: " + e.getMessage(), e);
    }
    return new RawTable(
        file, fingerprint, headers, spark.createDataFrame(rows, numberedSchema(headers.size())));
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().format(XLSX_TIMESTAMP)
              : formatter.formatRawCellContents(
                  cell.getNumericCellValue(),
                  cell.getCellStyle().getDataFormat(),
                  cell.getCellStyle().getDataFormatString());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }

  private static StructType cellSchema(int width) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      fields.add(DataTypes.createStructField(RawTable.cell(i), DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }

  static StructType numberedSchema(int width) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(RawTable.SOURCE_FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(RawTable.ROW_NUMBER, DataTypes.LongType, false));
    fields.addAll(List.of(cellSchema(width).fields()));
    return DataTypes.createStructType(fields);
  }
}
