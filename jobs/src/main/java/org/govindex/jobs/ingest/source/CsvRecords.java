package org.govindex.jobs.ingest.source;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV file, streamed with univocity (the parser Spark itself uses): RFC 4180
 * quoting ({@code "} quotes, {@code ""} escapes; quoted fields may hold line breaks), LF or CRLF
 * line ends, empty lines skipped (they are no rows), no comment lines (a record may start with
 * {@code #}), cells as written (no trimming). The encoding is decided from the first bytes ({@link
 * TextEncoding}) and the rest decoded strictly, so a file mixing encodings is refused with the line
 * named.
 */
public final class CsvRecords implements RecordSource {

  /** Longest cell accepted; a longer one means a runaway quote or a pathological export. */
  public static final int MAX_CELL_CHARS = 1 << 20;

  private final String file;
  private final InputStream in;
  private final CsvParser parser;
  private final String encoding;
  private final List<String> header;
  private long rowNumber;

  /**
   * Opens the stream (closed with this source).
   *
   * @param file the drop-relative path, for messages
   */
  public CsvRecords(String file, InputStream raw) throws IOException {
    this.file = file;
    BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
    this.in = buffered;
    TextEncoding.Sniffed sniffed = TextEncoding.sniff(buffered);
    this.encoding = sniffed.encoding();
    if (sniffed.bom()) {
      buffered.skipNBytes(3);
    }
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    settings.getFormat().setDelimiter(',');
    settings.getFormat().setComment('\0'); // univocity's default '#' would drop rows unseen
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setSkipEmptyLines(true);
    settings.setMaxCharsPerColumn(MAX_CELL_CHARS);
    settings.setMaxColumns(4096);
    settings.setReadInputOnSeparateThread(false);
    settings.setAutoClosingEnabled(false);
    settings.setErrorContentLength(0);
    this.parser = new CsvParser(settings);
    try {
      parser.beginParsing(TextEncoding.reader(buffered, encoding));
    } catch (TextParsingException e) {
      throw failure(e);
    }
    String[] first = read();
    if (first == null) {
      throw new IngestionException(file + ": empty file (no header row)");
    }
    List<String> cells = new ArrayList<>();
    for (String cell : first) {
      cells.add(cell == null ? "" : cell.replace("\uFEFF", ""));
    }
    this.header = List.copyOf(cells);
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public String[] next() {
    String[] record = read();
    if (record != null) {
      rowNumber++;
    }
    return record;
  }

  @Override
  public long rowNumber() {
    return rowNumber;
  }

  @Override
  public String encoding() {
    return encoding;
  }

  private String[] read() {
    try {
      return parser.parseNext();
    } catch (TextParsingException e) {
      throw failure(e);
    }
  }

  private IngestionException failure(TextParsingException e) {
    long line = e.getLineIndex() + 1;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TextEncoding.MalformedText malformed) {
        return new IngestionException(
            file
                + ": line "
                + malformed.line()
                + " is not valid "
                + encoding
                + " text: a file must be in one encoding (save it again as UTF-8 or GB18030)");
      }
    }
    if (e.getMessage() != null && e.getMessage().contains("exceeds the maximum")) {
      return new IngestionException(
          file + ": line " + line + " has a cell longer than " + MAX_CELL_CHARS + " characters");
    }
    return new IngestionException(file + ": line " + line + " cannot be read as CSV");
  }

  @Override
  public void close() throws IOException {
    parser.stopParsing();
    in.close();
  }
}
