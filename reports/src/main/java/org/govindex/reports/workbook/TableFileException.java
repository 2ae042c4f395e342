package org.govindex.reports.workbook;

import java.nio.file.Path;
import org.govindex.reports.ReportException;

/** A result table file is missing or not valid CSV; the message names the file and line. */
public class TableFileException extends ReportException {

  public TableFileException(Path file, String problem) {
    super("Table file " + file + ": " + problem);
  }

  public TableFileException(Path file, long line, String problem) {
    super("Table file " + file + ", line " + line + ": " + problem);
  }

  public TableFileException(Path file, Throwable cause) {
    super("Table file " + file + ": cannot read (" + describe(cause) + ")", cause);
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName()
        + (message == null ? "" : " " + message.replace('\n', ' '));
  }
}
