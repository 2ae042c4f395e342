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
 * A workbook column that is not in the CSV table: the Chinese reading of a code column, so that a
 * reader does not have to decode codes. Level codes get their Chinese name ({@code community} →
 * 社区), flag codes their short Chinese names ({@code low_objective_coverage} → 客观数据不足, details kept
 * in brackets), coherence measures theirs ({@code cronbach_alpha} → 克朗巴赫 α 系数), a unit code of a
 * table without unit names the name from the tables that have them, a unit code of a table without
 * parents its parent's name (which tells two 和路社区 apart), and indicator, question and
 * innovation-node codes their names from the configuration used.
 *
 * @param source the code column whose cell the label reads
 * @param after the column the label follows in the sheet (the source, or the unit's name)
 * @param code the machine name shown in the code row ({@code <source>_label}, {@code unit_name},
 *     {@code parent_name}, {@code <source>_name})
 * @param title the Chinese column title (from the contract)
 * @param label the label of a code cell's text, empty when there is none
 */
record LabelColumn(
    String source,
    String after,
    String code,
    String title,
    Function<String, Optional<String>> label) {

  /** Separator of the flag names in a label cell. */
  static final String FLAG_SEPARATOR = "；";

  /** Code columns whose values are indicator, question or innovation-node codes. */
  private static final List<String> NAMED_CODE_COLUMNS =
      List.of("indicator_code", "item_code", "node", "first", "second");

  /**
   * What the label columns look up, each from the run's own tables or configuration.
   *
   * @param unitNames unit code → name, from the tables that carry both
   * @param parentNames unit code → its parent's name (street of a community, district of a street),
   *     from the tables that carry both
   * @param codeNames indicator, question and innovation-node code → name
   */
  record Lookups(
      Map<String, String> unitNames,
      Map<String, String> parentNames,
      Map<String, String> codeNames) {}

  /** The label columns of {@code spec}, in column order. */
  static List<LabelColumn> of(TableSpec spec, Lookups lookups) {
    List<LabelColumn> out = new ArrayList<>();
    for (String column : spec.names()) {
      if (column.equals("level")) {
        out.add(
            same(
                column,
                "level_label",
                Results.LEVEL_LABEL_TITLE,
                code -> UnitLevel.fromCode(code).map(UnitLevel::label)));
      } else if (column.equals("flags") || column.equals("flag")) {
        out.add(same(column, column + "_label", Results.FLAGS_LABEL_TITLE, LabelColumn::flagNames));
      } else if (column.equals("measure")) {
        out.add(
            same(
                column,
                "measure_label",
                Results.MEASURE_LABEL_TITLE,
                code -> Optional.ofNullable(Results.COHERENCE_MEASURES.get(code))));
      } else if (column.equals("unit_code")) {
        unitLabels(spec, lookups, out);
      } else if (NAMED_CODE_COLUMNS.contains(column) && !spec.has(nameColumn(column))) {
        out.add(
            same(
                column,
                nameColumn(column),
                spec.column(column).title().replace("代码", "") + "名称",
                code -> Optional.ofNullable(lookups.codeNames().get(code))));
      }
    }
    return out;
  }

  private static void unitLabels(TableSpec spec, Lookups lookups, List<LabelColumn> out) {
    String after = "unit_code";
    if (spec.has("unit_name")) {
      after = "unit_name";
    } else {
      out.add(
          same(
              "unit_code",
              "unit_name",
              Results.APPRAISAL.column("unit_name").title(),
              code -> Optional.ofNullable(lookups.unitNames().get(code))));
    }
    if (!spec.has("parent_name")) {
      out.add(
          new LabelColumn(
              "unit_code",
              after,
              "parent_name",
              Results.APPRAISAL.column("parent_name").title(),
              code -> Optional.ofNullable(lookups.parentNames().get(code))));
    }
  }

  private static LabelColumn same(
      String column, String code, String title, Function<String, Optional<String>> label) {
    return new LabelColumn(column, column, code, title, label);
  }

  /** {@code indicator_code} → {@code indicator_name}, {@code node} → {@code node_name}. */
  private static String nameColumn(String codeColumn) {
    return codeColumn.replaceFirst("_code$", "") + "_name";
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
