package org.govindex.indicators.department;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.indicators.registry.Registry;

/**
 * The {@code department_rater_flags} table ({@link Results#DEPARTMENT_RATER_FLAGS}): per registered
 * department and rater group that rated it, how many ratings its raters gave ({@code n_raters}),
 * how many of these raters are straight-liners (same answers to every department they rated), rated
 * a single department (k < 2: no standardised score) or gave every department the same score (zero
 * variance, z = 0). No rater identifier is published. Rows in department-code order, groups in the
 * fixed order 居民代表, 街道, 社区居委会, 驻区单位.
 */
final class RaterFlagCounts {

  private RaterFlagCounts() {}

  static Table compute(List<RaterEffects> raters, Registry registry, String period) {
    Map<String, EnumMap<RaterGroup, Counts>> counts = new HashMap<>();
    for (RaterEffects r : raters) {
      counts
          .computeIfAbsent(r.rating().departmentCode(), d -> new EnumMap<>(RaterGroup.class))
          .computeIfAbsent(r.rating().raterGroup(), g -> new Counts())
          .add(r);
    }
    Table.Builder table = Table.builder(Results.DEPARTMENT_RATER_FLAGS);
    for (Registry.Department department : registry.departments()) {
      counts
          .getOrDefault(department.code(), new EnumMap<>(RaterGroup.class))
          .forEach(
              (group, c) ->
                  table
                      .row()
                      .set("period", period)
                      .set("department_code", department.code())
                      .set("department_name", department.name())
                      .set("rater_group", group.label())
                      .set("n_raters", c.ratings)
                      .set("n_straightliners", c.straightliners)
                      .set("n_single_department_raters", c.singleDepartment)
                      .set("n_zero_variance_raters", c.zeroVariance)
                      .add());
    }
    return table.build();
  }

  /** The counts of one group of one department. */
  private static final class Counts {
    private long ratings;
    private long straightliners;
    private long singleDepartment;
    private long zeroVariance;

    void add(RaterEffects r) {
      ratings++;
      straightliners += r.straightliner() ? 1 : 0;
      singleDepartment += r.raterDepartments() < 2 ? 1 : 0;
      zeroVariance += r.zeroVariance() ? 1 : 0;
    }
  }
}
