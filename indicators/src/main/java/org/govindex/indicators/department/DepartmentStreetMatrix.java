package org.govindex.indicators.department;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.indicators.registry.Registry;

/**
 * The street × department matrix ({@link Results#DEPARTMENT_STREET_MATRIX}, methodology §4): for
 * each rater street (评议人所在街道) and department, {@code mean_score} = mean of the rater scores of the
 * street's raters of that department (all rater groups together, added in ascending order) and
 * {@code n_raters} = number of those raters with a score. Cells without any rating are absent; a
 * cell whose ratings have no scored item has mean_score null. Only registered streets and
 * departments have cells; rows in street-code, then department-code order.
 */
final class DepartmentStreetMatrix {

  private DepartmentStreetMatrix() {}

  static Table compute(List<RaterScore> ratings, Registry registry, String period) {
    Map<String, TreeMap<String, List<Double>>> cells = new HashMap<>();
    for (RaterScore r : ratings) {
      if (r.raterStreetCode() == null) {
        continue;
      }
      List<Double> scores =
          cells
              .computeIfAbsent(r.raterStreetCode(), s -> new TreeMap<>())
              .computeIfAbsent(r.departmentCode(), d -> new ArrayList<>());
      if (r.raterScore() != null) {
        scores.add(r.raterScore());
      }
    }
    Map<String, Registry.Department> departments = registry.departmentsByCode();
    Table.Builder table = Table.builder(Results.DEPARTMENT_STREET_MATRIX);
    for (Registry.Street street : registry.streets()) {
      cells
          .getOrDefault(street.code(), new TreeMap<>())
          .forEach(
              (code, scores) -> {
                Registry.Department department = departments.get(code);
                if (department != null) {
                  table
                      .row()
                      .set("period", period)
                      .set("street_code", street.code())
                      .set("street_name", street.name())
                      .set("department_code", code)
                      .set("department_name", department.name())
                      .set("mean_score", OrderedMean.of(scores))
                      .set("n_raters", (long) scores.size())
                      .add();
                }
              });
    }
    return table.build();
  }
}
