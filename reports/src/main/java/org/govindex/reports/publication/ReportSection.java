package org.govindex.reports.publication;

import java.io.IOException;

/** A numbered section of the annual report; it starts on a new page. */
interface ReportSection {

  /** The title, as in the table of contents and the running header. */
  String title();

  /** Lays out the section from the top of a fresh page (the title included). */
  void render(Typesetter out) throws IOException;
}
