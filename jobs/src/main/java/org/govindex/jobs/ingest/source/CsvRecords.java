package org.govindex.jobs.ingest.source;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.govindex.contract.Messages;

/**
 * The records of a CSV file, streamed with univocity (the parser Spark itself uses): RFC 4180
 * quoting ({@code "} quotes, {@code ""} escapes; quoted fields may hold line breaks), LF or CRLF
 * line ends, empty lines skipped (they are no rows), no comment lines (a record may start with
 * {@code #}), cells as written (no trimming). The encoding is decided from the first bytes ({@link
 * TextEncoding}) and the rest decoded strictly, so a file mixing encodings is refused with the line
 * named.
 *
 * <p>Records are never padded or cut: a record has the fields the file gives it (the reader of the
 * rows rejects a count that differs from the header's). The source reads one record ahead, so that
 * it knows when the record it returns is the file's last; that record is {@link #truncated()} when
 * the file does not end with a line break or ends inside a quoted field (an odd number of quote
 * characters in the file): a file cut mid-row or inside a quote never has its partial row accepted.
 */
public final class CsvRecords implements RecordSource {

  /**
   * Longest cell read (8 Mi characters, at most 16 MB of memory per file being read); a longer one
   * means a runaway quote or a pathological export and refuses the file. Cells longer than the
   * contract's {@link org.govindex.contract.Datasets#MAX_FIELD_CHARS} but within this bound reject
   * their row ({@code field_too_long}).
   */
  public static final int MAX_CELL_CHARS = 1 << 23;

  private final String file;
  private final InputStream in;
  private final CsvParser parser;
  private final String encoding;
  private final List<String> header;
  private final EndOfText end;
  private String[] ahead;
  private boolean truncated;
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
    if (TextEncoding.NOT_TEXT.equals(encoding)) {
      throw new IngestionException(Messages.text("csv.notText", file));
    }
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
      this.end = new EndOfText(TextEncoding.reader(buffered, encoding));
      parser.beginParsing(end);
    } catch (TextParsingException e) {
      throw failure(e);
    }
    String[] first = read();
    if (first == null) {
      throw new IngestionException(Messages.text("csv.empty", file));
    }
    List<String> cells = new ArrayList<>();
    for (String cell : first) {
      cells.add(cell == null ? "" : cell.replace("\uFEFF", ""));
    }
    this.header = List.copyOf(cells);
    this.ahead = read();
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public String[] next() {
    String[] record = ahead;
    if (record != null) {
      rowNumber++;
      ahead = read();
      truncated = ahead == null && end.cutShort();
    }
    return record;
  }

  @Override
  public boolean truncated() {
    return truncated;
  }

  @Override
  public boolean fieldCountKnown() {
    return true;
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
            Messages.text("csv.mixedEncoding", file, malformed.line(), encoding));
      }
    }
    if (e.getMessage() != null && e.getMessage().contains("exceeds the maximum")) {
      return new IngestionException(Messages.text("csv.cellTooLong", file, line, MAX_CELL_CHARS));
    }
    return new IngestionException(Messages.text("csv.unreadable", file, line));
  }

  @Override
  public void close() throws IOException {
    parser.stopParsing();
    in.close();
  }

  /**
   * The decoded text as the parser reads it, watching for how it ends: the last character and the
   * parity of the quote characters seen.
   */
  private static final class EndOfText extends java.io.FilterReader {
    private char last = '\n';
    private boolean oddQuotes;

    EndOfText(java.io.Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] == '"') {
          oddQuotes = !oddQuotes;
        }
      }
      if (n > 0) {
        last = buffer[offset + n - 1];
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        oddQuotes ^= c == '"';
        last = (char) c;
      }
      return c;
    }

    /** Whether the text read so far ends without a line break or inside a quoted field. */
    boolean cutShort() {
      return oddQuotes || (last != '\n' && last != '\r');
    }
  }
}
