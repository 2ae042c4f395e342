package org.govindex.reports.publication;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.tables.AppraisalRow;
import org.govindex.reports.tables.ContributionRow;
import org.govindex.reports.tables.InnovationRow;
import org.govindex.reports.tables.RejectRow;
import org.govindex.reports.tables.ResultTables;
import org.govindex.reports.tables.SatisfactionItemRow;

/**
 * The publication's data, read once: the result tables, the configuration used, the rejects, and
 * look-ups by unit shared by the annual report and the scorecards.
 */
final class PublicationData {

  private final PublicationInputs inputs;
  private final ResultTables tables;
  private final Methodology methodology;
  private final List<RejectRow> rejects;
  private final Map<String, List<ContributionRow>> contributions;
  private final Map<String, List<InnovationRow>> innovationByUnit;
  private final Map<String, List<SatisfactionItemRow>> itemsByUnit;
  private final Map<String, AppraisalRow> appraisalByKey = new java.util.HashMap<>();
  private final Map<String, Double> rawValues = new java.util.HashMap<>();
  private final java.util.Set<String> repeatedNames = new java.util.HashSet<>();
  private final Map<String, java.util.Set<String>> departmentDistricts = new java.util.HashMap<>();

  PublicationData(
      PublicationInputs inputs,
      ResultTables tables,
      Methodology methodology,
      List<RejectRow> rejects) {
    this.inputs = inputs;
    this.tables = tables;
    this.methodology = methodology;
    this.rejects = List.copyOf(rejects);
    this.contributions =
        tables.contributions().stream()
            .collect(
                Collectors.groupingBy(
                    c -> key(c.level(), c.unitCode()), LinkedHashMap::new, Collectors.toList()));
    this.innovationByUnit =
        tables.innovation().stream()
            .sorted(Comparator.comparing(InnovationRow::period))
            .collect(
                Collectors.groupingBy(
                    r -> key(r.level(), r.unitCode()), LinkedHashMap::new, Collectors.toList()));
    this.itemsByUnit =
        tables.satisfactionItems().stream()
            .collect(
                Collectors.groupingBy(
                    r -> key(r.level(), r.unitCode()), LinkedHashMap::new, Collectors.toList()));
    java.util.Set<String> names = new java.util.HashSet<>();
    for (AppraisalRow unit : tables.appraisal()) {
      appraisalByKey.put(key(unit.level(), unit.unitCode()), unit);
      if (!names.add(key(unit.level(), unit.unitName()))) {
        repeatedNames.add(key(unit.level(), unit.unitName()));
      }
    }
    for (var value : tables.indicatorValues()) {
      if (value.rawValue() != null) {
        rawValues.put(
            key(value.level(), value.unitCode()) + "/" + value.indicatorCode(), value.rawValue());
      }
    }
    for (var cell : tables.departmentStreetMatrix()) {
      AppraisalRow street = appraisalByKey.get(key(UnitLevel.STREET, cell.streetCode()));
      departmentDistricts
          .computeIfAbsent(cell.departmentCode(), d -> new java.util.TreeSet<>())
          .add(street == null || street.parentName() == null ? "" : street.parentName());
    }
  }

  /** Reads everything {@code inputs} names. */
  static PublicationData read(PublicationInputs inputs) {
    Methodology methodology = Methodology.read(inputs.methodologyJson());
    return new PublicationData(
        inputs,
        ResultTables.read(inputs.tablesDir(), methodology::name),
        methodology,
        RejectRow.read(inputs.rejectsCsv()));
  }

  private static String key(UnitLevel level, String code) {
    return level + "/" + code;
  }

  PublicationInputs inputs() {
    return inputs;
  }

  String period() {
    return inputs.period();
  }

  ResultTables tables() {
    return tables;
  }

  Methodology methodology() {
    return methodology;
  }

  List<RejectRow> rejects() {
    return rejects;
  }

  /** Units of a level, ranked first (by rank, code), then unranked by descending total. */
  List<AppraisalRow> ranked(UnitLevel level) {
    Comparator<AppraisalRow> order =
        Comparator.comparing((AppraisalRow r) -> r.rank() == null)
            .thenComparing(AppraisalRow::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                AppraisalRow::totalScore, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(AppraisalRow::unitCode);
    return tables.appraisal(level).stream().sorted(order).toList();
  }

  /** Number of ranked units of a level. */
  long rankedCount(UnitLevel level) {
    return tables.appraisal(level).stream().filter(r -> r.rank() != null).count();
  }

  /** Contribution rows of one unit. */
  List<ContributionRow> contributions(UnitLevel level, String code) {
    return contributions.getOrDefault(key(level, code), List.of());
  }

  /** The survey questions of one unit, in the table's order (by item code). */
  List<SatisfactionItemRow> satisfactionItems(UnitLevel level, String code) {
    return itemsByUnit.getOrDefault(key(level, code), List.of());
  }

  /** Innovation rows of one unit, by year ascending. */
  List<InnovationRow> innovation(UnitLevel level, String code) {
    return innovationByUnit.getOrDefault(key(level, code), List.of());
  }

  /** Innovation rows of the report period for a level. */
  List<InnovationRow> innovationOfPeriod(UnitLevel level) {
    return tables.innovation().stream()
        .filter(r -> r.level() == level && r.period().equals(period()))
        .sorted(
            Comparator.comparing(
                    InnovationRow::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InnovationRow::unitCode))
        .toList();
  }

  /** The years of the innovation table, ascending. */
  List<String> innovationYears() {
    return tables.innovation().stream().map(InnovationRow::period).distinct().sorted().toList();
  }

  /**
   * The name of a unit as a reader can tell it apart: its name, followed by its parent (street of a
   * community, district of a street) in brackets when another unit of the level has the same name,
   * e.g. {@code 和路社区（华岭街道）}.
   */
  String unitLabel(UnitLevel level, String code, String name) {
    if (!repeatedNames.contains(key(level, name))) {
      return name;
    }
    AppraisalRow unit = appraisalByKey.get(key(level, code));
    String parent = unit == null || unit.parentName() == null ? code : unit.parentName();
    return name + "（" + parent + "）";
  }

  /**
   * The district of a department: the district of the streets whose raters rated it (a district's
   * departments are rated by that district's streets), or null when they are of several districts
   * or unknown.
   */
  String departmentDistrict(String departmentCode) {
    java.util.Set<String> districts = departmentDistricts.get(departmentCode);
    return districts != null && districts.size() == 1 && !districts.contains("")
        ? districts.iterator().next()
        : null;
  }

  /**
   * The measured value of an objective indicator of a unit with its unit of measure, as a reader
   * reads it: rates as percentages ({@code 85.0%}), others with 1 decimal and thousands separators
   * ({@code 18.2 平方米/百户}); null when the unit has no value.
   */
  String measuredValue(UnitLevel level, String code, String indicator) {
    Double value = rawValues.get(key(level, code) + "/" + indicator);
    if (value == null) {
      return null;
    }
    String unit = methodology.unit(indicator);
    if ("比率".equals(unit)) {
      return org.govindex.reports.pdf.DisplayFormat.percent(value);
    }
    String number = String.format(java.util.Locale.ROOT, "%,.1f", value);
    return unit.isEmpty() ? number : number + " " + unit;
  }

  /** A department's name with its district, e.g. {@code 民政局（淳平区）}; the code when unknown. */
  String departmentLabel(String departmentCode, String departmentName) {
    String district = departmentDistrict(departmentCode);
    return departmentName + "（" + (district == null ? departmentCode : district) + "）";
  }

  /** The Chinese name of a code (indicator, dimension, item) from the configuration used. */
  String name(String code) {
    String configured = methodology.name(code);
    if (!configured.equals(code)) {
      return configured;
    }
    return tables.contributions().stream()
        .filter(c -> c.component().equals(code))
        .map(ContributionRow::componentName)
        .findFirst()
        .orElse(code);
  }
}
