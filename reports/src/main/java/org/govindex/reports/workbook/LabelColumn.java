package org.govindex.reports.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.govindex.contract.Flag;
import org.govindex.contract.Results;
import org.govindex.contract.TableSpec;
import org.govindex.contract.UnitLevel;

/**
 * A workbook column that is not in the CSV table: the Chinese reading of the code column just
 * before it, so that a reader does not have to decode codes. Level codes get their Chinese name
 * ({@code community} → 社区), flag codes their short Chinese names ({@code low_objective_coverage} →
 * 客观数据不足, details kept in brackets), and a unit code of a table without unit names the name from
 * the tables that have them.
 *
 * @param source the code column the label follows
 * @param code the machine name shown in the code row ({@code <source>_label} or {@code unit_name})
 * @param title the Chinese column title (from the contract)
 * @param label the label of a code cell's text, empty when there is none
 */
record LabelColumn(
    String source, String code, String title, Function<String, Optional<String>> label) {

  /** Separator of the flag names in a label cell. */
  static final String FLAG_SEPARATOR = "；";

  /**
   * The label columns of {@code spec}, in column order.
   *
   * @param unitNames unit code → name, from the tables that carry both
   */
  static List<LabelColumn> of(TableSpec spec, Map<String, String> unitNames) {
    List<LabelColumn> out = new ArrayList<>();
    for (String column : spec.names()) {
      if (column.equals("level")) {
        out.add(
            new LabelColumn(
                column,
                "level_label",
                Results.LEVEL_LABEL_TITLE,
                code -> UnitLevel.fromCode(code).map(UnitLevel::label)));
      } else if (column.equals("flags") || column.equals("flag")) {
        out.add(
            new LabelColumn(
                column, column + "_label", Results.FLAGS_LABEL_TITLE, LabelColumn::flagNames));
      } else if (column.equals("unit_code") && !spec.has("unit_name")) {
        out.add(
            new LabelColumn(
                column,
                "unit_name",
                Results.APPRAISAL.column("unit_name").title(),
                code -> Optional.ofNullable(unitNames.get(code))));
      }
    }
    return out;
  }

  /**
   * The short Chinese names of the flags of a cell, {@code ；}-separated; a flag's detail in
   * brackets ({@code partial_coverage:3/5} → 指标覆盖不完整（3/5）); an unknown code as it is.
   */
  static Optional<String> flagNames(String cell) {
    List<String> names = new ArrayList<>();
    for (String flag : Flag.split(cell)) {
      int colon = flag.indexOf(':');
      String detail = colon < 0 ? "" : "（" + flag.substring(colon + 1) + "）";
      names.add(Flag.fromCode(flag).map(f -> f.label() + detail).orElse(flag));
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(String.join(FLAG_SEPARATOR, names));
  }
}
