package org.govindex.reports.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.govindex.contract.Messages;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.model.ReportDataException;

/**
 * The result tables of one run that the publication shows, read from the CSV files of a {@code
 * tables} directory by their contract ({@link Results}) into typed, immutable rows. {@link
 * Results#APPRAISAL} is required; every other table is optional: when its file is absent its list
 * is empty and its file name is in {@link #missing()}, so the report can say which section is
 * omitted and why.
 *
 * @param innovationSpec the spec the innovation index was read with: its dimension columns are
 *     those of the file ({@link #innovationSpec(Path, Function)}); none when the file is absent
 * @param missing file names of the optional tables that were absent, sorted
 */
public record ResultTables(
    List<AppraisalRow> appraisal,
    List<ContributionRow> contributions,
    List<IndicatorValueRow> indicatorValues,
    List<SatisfactionItemRow> satisfactionItems,
    List<SurveyQualityRow> surveyQuality,
    List<DepartmentRow> departments,
    List<DepartmentStreetCell> departmentStreetMatrix,
    List<StreetRatingGivenRow> streetRatingGiven,
    TableSpec innovationSpec,
    List<InnovationRow> innovation,
    List<CoherenceRow> innovationCoherence,
    List<AwardRow> awards,
    List<AwardsByUnitRow> awardsByUnit,
    Set<String> missing) {

  public ResultTables {
    appraisal = List.copyOf(appraisal);
    contributions = List.copyOf(contributions);
    indicatorValues = List.copyOf(indicatorValues);
    satisfactionItems = List.copyOf(satisfactionItems);
    surveyQuality = List.copyOf(surveyQuality);
    departments = List.copyOf(departments);
    departmentStreetMatrix = List.copyOf(departmentStreetMatrix);
    streetRatingGiven = List.copyOf(streetRatingGiven);
    innovation = List.copyOf(innovation);
    innovationCoherence = List.copyOf(innovationCoherence);
    awards = List.copyOf(awards);
    awardsByUnit = List.copyOf(awardsByUnit);
    missing = Collections.unmodifiableSet(new TreeSet<>(missing));
  }

  /**
   * Reads the tables of {@code tablesDir}.
   *
   * @param dimensionTitles the Chinese name of an innovation dimension code (the title of its
   *     column)
   * @throws ReportDataException when the appraisal table is absent, a present table lacks a
   *     required column, or a field does not fit its column
   */
  public static ResultTables read(Path tablesDir, Function<String, String> dimensionTitles) {
    Path appraisalFile = tablesDir.resolve(Results.APPRAISAL.csvFileName());
    if (!Files.isRegularFile(appraisalFile)) {
      throw new ReportDataException(Messages.text("reports.table.notFound", appraisalFile));
    }
    Reader reader = new Reader(tablesDir, new TreeSet<>());
    TableSpec noDimensions = Results.innovationIndex(Map.of());
    Path innovationFile = tablesDir.resolve(noDimensions.csvFileName());
    TableSpec innovationSpec =
        Files.isRegularFile(innovationFile)
            ? innovationSpec(innovationFile, dimensionTitles)
            : noDimensions;
    List<String> dimensions = dimensionColumns(innovationSpec);
    return new ResultTables(
        reader.rows(Results.APPRAISAL, AppraisalRow::from),
        reader.rows(Results.APPRAISAL_CONTRIBUTIONS, ContributionRow::from),
        reader.rows(Results.INDICATOR_VALUES, IndicatorValueRow::from),
        reader.rows(Results.SATISFACTION_ITEMS, SatisfactionItemRow::from),
        reader.rows(Results.SURVEY_QUALITY, SurveyQualityRow::from),
        reader.rows(Results.DEPARTMENT_RATING, DepartmentRow::from),
        reader.rows(Results.DEPARTMENT_STREET_MATRIX, DepartmentStreetCell::from),
        reader.rows(Results.STREET_RATING_GIVEN, StreetRatingGivenRow::from),
        innovationSpec,
        reader.rows(innovationSpec, row -> InnovationRow.from(row, dimensions)),
        reader.rows(Results.INNOVATION_COHERENCE, CoherenceRow::from),
        reader.rows(Results.AWARDS, AwardRow::from),
        reader.rows(Results.AWARDS_BY_UNIT, AwardsByUnitRow::from),
        reader.missing());
  }

  /**
   * The spec of the innovation index file {@code file}: {@link Results#innovationIndex} with the
   * dimension columns the file has between {@link Results#INNOVATION_BEFORE_DIMENSIONS} and {@link
   * Results#INNOVATION_AFTER_DIMENSIONS}, in file order.
   *
   * @param dimensionTitles the Chinese name of a dimension code
   * @throws ReportDataException when the file is absent or lacks either bounding column
   */
  public static TableSpec innovationSpec(Path file, Function<String, String> dimensionTitles) {
    List<String> header = TableReader.header(file);
    int start = header.indexOf(Results.INNOVATION_BEFORE_DIMENSIONS);
    int end = header.indexOf(Results.INNOVATION_AFTER_DIMENSIONS);
    if (start < 0 || end <= start) {
      throw new ReportDataException(
          Messages.text(
              "reports.table.dimensionColumns",
              file,
              Results.INNOVATION_BEFORE_DIMENSIONS,
              Results.INNOVATION_AFTER_DIMENSIONS,
              header));
    }
    Map<String, String> dimensions = new LinkedHashMap<>();
    for (String code : header.subList(start + 1, end)) {
      dimensions.put(code, dimensionTitles.apply(code));
    }
    return Results.innovationIndex(dimensions);
  }

  /** The dimension codes of the innovation index, in column order. */
  public List<String> innovationDimensions() {
    return dimensionColumns(innovationSpec);
  }

  private static List<String> dimensionColumns(TableSpec innovationSpec) {
    List<String> names = innovationSpec.names();
    return names.subList(
        names.indexOf(Results.INNOVATION_BEFORE_DIMENSIONS) + 1,
        names.indexOf(Results.INNOVATION_AFTER_DIMENSIONS));
  }

  /** Appraisal rows of one level. */
  public List<AppraisalRow> appraisal(UnitLevel level) {
    return appraisal.stream().filter(row -> row.level() == level).toList();
  }

  /** Whether the optional table of {@code spec} was absent. */
  public boolean isMissing(TableSpec spec) {
    return missing.contains(spec.csvFileName());
  }

  /** Reads tables of one directory, recording the absent ones. */
  private record Reader(Path dir, Set<String> missing) {

    <T> List<T> rows(TableSpec spec, Function<Table.Row, T> mapper) {
      Path file = dir.resolve(spec.csvFileName());
      if (!Files.isRegularFile(file)) {
        missing.add(spec.csvFileName());
        return List.of();
      }
      Table table = TableReader.read(file, spec);
      List<T> rows = new ArrayList<>(table.size());
      for (Table.Row row : table.rows()) {
        try {
          rows.add(mapper.apply(row));
        } catch (ReportDataException e) {
          throw new ReportDataException(
              Messages.text("reports.table.rowProblem", file, row.index() + 1, e.getMessage()));
        }
      }
      return rows;
    }
  }
}
