package org.govindex.reports.tables;

import org.govindex.contract.Messages;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.model.ReportDataException;

/** Values of a table row as the row records hold them. */
final class RowValues {

  private RowValues() {}

  /** The unit level of the row's {@code level} column. */
  static UnitLevel level(Table.Row row) {
    String code = row.string("level");
    return UnitLevel.fromCode(code)
        .orElseThrow(() -> new ReportDataException(Messages.text("reports.row.notLevel", code)));
  }

  /** The name, or the code when the name is empty. */
  static String nameOr(String name, String code) {
    return name == null || name.isEmpty() ? code : name;
  }

  /** The text, or null when it is empty. */
  static String nonEmpty(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
