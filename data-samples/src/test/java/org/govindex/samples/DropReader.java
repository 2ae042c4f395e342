package org.govindex.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a drop file back the way the input contract says a reader must, independently of the
 * generator's writers: CSV encoding by byte-order mark, else strict UTF-8, else GB18030; XLSX via
 * POI; headers normalised (surrounding spaces incl. full-width, question-number prefix,
 * decorations).
 */
final class DropReader {

  static final Charset GB18030 = Charset.forName("GB18030");

  /** A parsed table: normalised header and raw data rows (same width as the header). */
  record Table(List<String> rawHeader, List<String> header, List<List<String>> rows) {

    int column(String normalisedHeader) {
      int index = header.indexOf(normalisedHeader);
      if (index < 0) {
        throw new AssertionError("no column " + normalisedHeader + " in " + header);
      }
      return index;
    }

    /** The single column whose normalised header contains {@code text}. */
    int columnContaining(String text) {
      int found = -1;
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).contains(text)) {
          if (found >= 0) {
            throw new AssertionError("two columns contain " + text + ": " + header);
          }
          found = i;
        }
      }
      if (found < 0) {
        throw new AssertionError("no column contains " + text + " in " + header);
      }
      return found;
    }
  }

  private DropReader() {}

  /** The encoding the contract's detection finds: utf-8-bom, utf-8, gb18030 (or xlsx). */
  static String detectEncoding(Path file) throws IOException {
    if (file.toString().endsWith(".xlsx")) {
      return "xlsx";
    }
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return "utf-8-bom";
    }
    return isStrictUtf8(bytes) ? "utf-8" : "gb18030";
  }

  static boolean isStrictUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static Table read(Path file) throws IOException {
    List<List<String>> all = file.toString().endsWith(".xlsx") ? readXlsx(file) : readCsv(file);
    List<String> raw = all.get(0);
    List<String> header = new ArrayList<>();
    for (String cell : raw) {
      header.add(normalise(cell));
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : all.subList(1, all.size())) {
      List<String> padded = new ArrayList<>(row);
      while (padded.size() < raw.size()) {
        padded.add("");
      }
      rows.add(padded);
    }
    return new Table(raw, header, rows);
  }

  private static List<List<String>> readCsv(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String encoding = detectEncoding(file);
    String text =
        switch (encoding) {
          case "utf-8-bom" -> new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
          case "utf-8" -> new String(bytes, StandardCharsets.UTF_8);
          default -> new String(bytes, GB18030);
        };
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
    }
    return rows;
  }

  private static List<List<String>> readXlsx(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      int width = sheet.getRow(0).getLastCellNum();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < width; i++) {
          Cell cell = row.getCell(i);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /**
   * Header normalisation as the contract describes: trim (incl. U+3000), drop a question-number
   * prefix {@code 12、 12. 12：}, then drop decorations {@code （单选题）} and a trailing {@code ？}.
   */
  static String normalise(String header) {
    String text = header.strip();
    text = text.replaceFirst("^\\d+\\s*[、.．：:]\\s*", "");
    text = text.replace("（单选题）", "");
    if (text.endsWith("？") || text.endsWith("?")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.strip();
  }
}
