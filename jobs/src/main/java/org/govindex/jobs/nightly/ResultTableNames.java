package org.govindex.jobs.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The result tables in the order analysts read them (the workbook's sheet order). */
final class ResultTableNames {

  /** Every table the compute step writes, in reading order. */
  static final List<String> ORDER =
      List.of(
          "appraisal",
          "appraisal_contributions",
          "satisfaction_items",
          "indicator_values",
          "survey_quality",
          "department_rating",
          "department_street_matrix",
          "street_rating_given",
          "department_rater_flags",
          "innovation_index",
          "innovation_coherence",
          "awards",
          "awards_by_unit");

  private ResultTableNames() {}

  /** The tables of {@link #ORDER} that exist as {@code <name>.csv} in {@code tablesDir}. */
  static List<String> present(Path tablesDir) {
    return ORDER.stream().filter(t -> Files.isRegularFile(tablesDir.resolve(t + ".csv"))).toList();
  }
}
