package org.govindex.reports;

import java.nio.file.Path;
import org.govindex.contract.Messages;

/** A report could not be rendered or written; the message names the output file. */
public class ReportRenderingException extends ReportException {

  public ReportRenderingException(Path output, Throwable cause) {
    super(Messages.text("reports.render.cannotWrite", output, describe(cause)), cause);
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName()
        + (message == null ? "" : " " + message.replace('\n', ' '));
  }
}
