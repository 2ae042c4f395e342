package org.govindex.reports.fonts;

import org.govindex.reports.ReportException;

/** No usable font with Chinese glyphs was found; the message says where it looked and the fix. */
public class CjkFontNotFoundException extends ReportException {

  public CjkFontNotFoundException(String message) {
    super(message);
  }
}
