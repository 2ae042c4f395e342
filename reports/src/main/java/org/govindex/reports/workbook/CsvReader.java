package org.govindex.reports.workbook;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 CSV file (RFC 4180: comma-separated, fields with commas, quotes or line breaks in
 * double quotes, a quote inside them doubled) one record at a time, so tables of any length stream
 * through. A leading byte order mark is skipped, records may end with CRLF or LF, blank lines are
 * skipped. Not thread-safe.
 */
final class CsvReader implements Closeable {

  private static final int END = -1;
  private static final int NOTHING_PUSHED_BACK = -2;

  private final Path file;
  private final Reader in;
  private long line = 1;
  private long recordLine;
  private int pushedBack = NOTHING_PUSHED_BACK;

  private CsvReader(Path file, Reader in) {
    this.file = file;
    this.in = in;
  }

  /** Opens {@code file}; a missing file is a {@link TableFileException}. */
  static CsvReader open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TableFileException(file, "not found");
    }
    try {
      BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      CsvReader csv = new CsvReader(file, reader);
      csv.skipByteOrderMark();
      return csv;
    } catch (IOException e) {
      throw new TableFileException(file, e);
    }
  }

  /** The fields of the next record, or null at the end of the file. */
  List<String> next() {
    try {
      while (true) {
        int c = read();
        if (c == END) {
          return null;
        }
        if (c == '\n' || c == '\r') {
          endLine(c);
          continue;
        }
        recordLine = line;
        return readRecord(c);
      }
    } catch (IOException e) {
      throw new TableFileException(file, e);
    }
  }

  /** The line on which the record last returned by {@link #next()} starts (1-based). */
  long recordLine() {
    return recordLine;
  }

  /** The file read. */
  Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new TableFileException(file, e);
    }
  }

  private List<String> readRecord(int first) throws IOException {
    List<String> fields = new ArrayList<>();
    int c = first;
    while (true) {
      StringBuilder value = new StringBuilder();
      c = c == '"' ? readQuoted(value) : readPlain(c, value);
      fields.add(value.toString());
      if (c == ',') {
        c = read();
        continue;
      }
      if (c == '\n' || c == '\r') {
        endLine(c);
      } else if (c != END) {
        throw new TableFileException(file, line, "text after the closing quote of a field");
      }
      return fields;
    }
  }

  /** Reads an unquoted field starting with {@code c}; returns the character after it. */
  private int readPlain(int c, StringBuilder value) throws IOException {
    int current = c;
    while (current != ',' && current != '\n' && current != '\r' && current != END) {
      if (current == '"') {
        throw new TableFileException(file, line, "quote inside an unquoted field");
      }
      value.append((char) current);
      current = read();
    }
    return current;
  }

  /** Reads a quoted field after its opening quote; returns the character after the closing one. */
  private int readQuoted(StringBuilder value) throws IOException {
    long start = line;
    while (true) {
      int c = read();
      if (c == END) {
        throw new TableFileException(file, start, "quoted field not closed before the end");
      }
      if (c == '"') {
        int after = read();
        if (after != '"') {
          return after;
        }
      } else if (c == '\n') {
        line++;
      }
      value.append((char) c);
    }
  }

  /** Counts a line break that started with {@code c}, consuming the LF of a CRLF. */
  private void endLine(int c) throws IOException {
    if (c == '\r') {
      int after = read();
      if (after != '\n') {
        pushedBack = after;
      }
    }
    line++;
  }

  private void skipByteOrderMark() throws IOException {
    int first = read();
    if (first != '\uFEFF') {
      pushedBack = first;
    }
  }

  private int read() throws IOException {
    if (pushedBack != NOTHING_PUSHED_BACK) {
      int c = pushedBack;
      pushedBack = NOTHING_PUSHED_BACK;
      return c;
    }
    return in.read();
  }
}
