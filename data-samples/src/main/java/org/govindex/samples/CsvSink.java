package org.govindex.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV file as Excel and 问卷星 export it: {@code ,} separated, a field quoted when it holds a
 * comma, a quote or a line break (quotes doubled) or, in {@code quoteAll} files, always; an
 * optional UTF-8 byte-order mark.
 */
final class CsvSink implements TableSink {

  private final Writer writer;
  private final boolean quoteAll;
  private final String lineEnd;
  private int rows;
  private final StringBuilder line = new StringBuilder(512);

  CsvSink(Path file, FileFormat format, boolean quoteAll, boolean crlf) throws IOException {
    if (format.charset() == null) {
      throw new IllegalArgumentException("not a CSV format: " + format);
    }
    this.writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), format.charset()), 1 << 16);
    this.quoteAll = quoteAll;
    this.lineEnd = crlf ? "\r\n" : "\n";
    if (format.byteOrderMark()) {
      writer.write('\uFEFF');
    }
  }

  @Override
  public void header(String... cells) throws IOException {
    writeLine(cells);
  }

  @Override
  public void row(String... cells) throws IOException {
    writeLine(cells);
    rows++;
  }

  @Override
  public int rows() {
    return rows;
  }

  private void writeLine(String[] cells) throws IOException {
    line.setLength(0);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      appendField(cells[i] == null ? "" : cells[i]);
    }
    line.append(lineEnd);
    writer.append(line);
  }

  private void appendField(String value) {
    boolean quote = quoteAll || needsQuotes(value);
    if (!quote) {
      line.append(value);
      return;
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
