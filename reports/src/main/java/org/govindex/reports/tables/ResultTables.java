package org.govindex.reports.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.govindex.reports.model.ReportDataException;

/**
 * The result tables of one run, read from the CSV files of a {@code tables} directory into typed,
 * immutable rows. {@code appraisal.csv} is required; every other table is optional: when its file
 * is absent its list is empty and its file name is in {@link #missing()}, so the report can say
 * which section is omitted and why.
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
    List<InnovationRow> innovation,
    List<String> innovationDimensions,
    List<CoherenceRow> innovationCoherence,
    List<AwardRow> awards,
    List<AwardsByUnitRow> awardsByUnit,
    Set<String> missing) {

  public static final String APPRAISAL = "appraisal.csv";
  public static final String CONTRIBUTIONS = "appraisal_contributions.csv";
  public static final String INDICATOR_VALUES = "indicator_values.csv";
  public static final String SATISFACTION_ITEMS = "satisfaction_items.csv";
  public static final String SURVEY_QUALITY = "survey_quality.csv";
  public static final String DEPARTMENT_RATING = "department_rating.csv";
  public static final String DEPARTMENT_STREET_MATRIX = "department_street_matrix.csv";
  public static final String STREET_RATING_GIVEN = "street_rating_given.csv";
  public static final String INNOVATION_INDEX = "innovation_index.csv";
  public static final String INNOVATION_COHERENCE = "innovation_coherence.csv";
  public static final String AWARDS = "awards.csv";
  public static final String AWARDS_BY_UNIT = "awards_by_unit.csv";

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
    innovationDimensions = List.copyOf(innovationDimensions);
    innovationCoherence = List.copyOf(innovationCoherence);
    awards = List.copyOf(awards);
    awardsByUnit = List.copyOf(awardsByUnit);
    missing = Set.copyOf(missing);
  }

  /**
   * Reads the tables of {@code tablesDir}.
   *
   * @throws ReportDataException when appraisal.csv is absent, a present table lacks a required
   *     column, or a field is not of its type
   */
  public static ResultTables read(Path tablesDir) {
    if (!Files.isRegularFile(tablesDir.resolve(APPRAISAL))) {
      throw new ReportDataException("Result table " + tablesDir.resolve(APPRAISAL) + " not found");
    }
    Set<String> missing = new TreeSet<>();
    Reader reader = new Reader(tablesDir, missing);
    CsvTable departmentTable = reader.table(DEPARTMENT_RATING, DepartmentRow.REQUIRED);
    List<String> groups =
        departmentTable == null ? List.of() : DepartmentRow.groupColumns(departmentTable);
    CsvTable innovationTable = reader.table(INNOVATION_INDEX, InnovationRow.REQUIRED);
    List<String> dimensions =
        innovationTable == null ? List.of() : InnovationRow.dimensionColumns(innovationTable);
    return new ResultTables(
        reader.rows(APPRAISAL, AppraisalRow.REQUIRED, AppraisalRow::from),
        reader.rows(CONTRIBUTIONS, ContributionRow.REQUIRED, ContributionRow::from),
        reader.rows(INDICATOR_VALUES, IndicatorValueRow.REQUIRED, IndicatorValueRow::from),
        reader.rows(SATISFACTION_ITEMS, SatisfactionItemRow.REQUIRED, SatisfactionItemRow::from),
        reader.rows(SURVEY_QUALITY, SurveyQualityRow.REQUIRED, SurveyQualityRow::from),
        departmentTable == null
            ? List.of()
            : departmentTable.map(r -> DepartmentRow.from(r, groups)),
        reader.rows(
            DEPARTMENT_STREET_MATRIX, DepartmentStreetCell.REQUIRED, DepartmentStreetCell::from),
        reader.rows(STREET_RATING_GIVEN, StreetRatingGivenRow.REQUIRED, StreetRatingGivenRow::from),
        innovationTable == null
            ? List.of()
            : innovationTable.map(r -> InnovationRow.from(r, dimensions)),
        dimensions,
        reader.rows(INNOVATION_COHERENCE, CoherenceRow.REQUIRED, CoherenceRow::from),
        reader.rows(AWARDS, AwardRow.REQUIRED, AwardRow::from),
        reader.rows(AWARDS_BY_UNIT, AwardsByUnitRow.REQUIRED, AwardsByUnitRow::from),
        missing);
  }

  /** Appraisal rows of one level ({@code community} or {@code street}). */
  public List<AppraisalRow> appraisal(String level) {
    return appraisal.stream().filter(row -> level.equals(row.level())).toList();
  }

  /** Whether the optional table {@code fileName} was absent. */
  public boolean isMissing(String fileName) {
    return missing.contains(fileName);
  }

  /** Reads tables of one directory, recording the absent ones. */
  private record Reader(Path dir, Set<String> missing) {

    CsvTable table(String fileName, List<String> required) {
      Path file = dir.resolve(fileName);
      if (!Files.isRegularFile(file)) {
        missing.add(fileName);
        return null;
      }
      return CsvTable.read(file, required);
    }

    <T> List<T> rows(String fileName, List<String> required, Function<CsvRow, T> mapper) {
      CsvTable table = table(fileName, required);
      return table == null ? new ArrayList<>() : table.map(mapper);
    }
  }
}
