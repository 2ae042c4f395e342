package org.govindex.reports.pdf;

import java.util.List;

/**
 * A row of a {@link PdfTable}.
 *
 * @param cells one text per column
 * @param muted shown in grey (e.g. units below the minimum sample)
 */
public record TableRow(List<String> cells, boolean muted) {

  public TableRow {
    cells = List.copyOf(cells);
  }
}
