package org.govindex.jobs.compute.innovation;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * 以奖代补 of the period: one {@link ProjectAward} per project of the period (projects whose 年度 is the
 * period), and the totals per community, street and district.
 */
final class Awards {

  private Awards() {}

  static List<ProjectAward> of(InnovationInputs in, InnovationSettings s) {
    List<ProjectAward> out = new ArrayList<>();
    for (Row r :
        in.projects()
            .where(col("year").cast("int").equalTo(s.periodYear()))
            .select(
                col("project_code"),
                col("project_name"),
                col("community_code"),
                col("resident_satisfaction").cast("double"),
                col("social_effect").cast("double"))
            .orderBy(col("project_code"))
            .collectAsList()) {
      out.add(
          ProjectAward.of(
              s.period(),
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.isNullAt(3) ? null : r.getDouble(3),
              r.isNullAt(4) ? null : r.getDouble(4),
              s.awards(),
              s.grades()));
    }
    return out;
  }

  /**
   * Rows of {@code awards_by_unit} ({@link InnovationColumns#AWARDS_BY_UNIT}) for every registered
   * community, street and district: projects, scored projects, eligible projects, 优秀 and 良好
   * projects, and the award total in 元.
   */
  static List<Row> byUnit(String period, List<ProjectAward> awards, UnitDirectory directory) {
    Map<String, UnitDirectory.Community> communities = directory.byCode();
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, Double> totals = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (UnitDirectory.Community c : directory.communities()) {
      names.put("community|" + c.code(), c.name());
    }
    directory.streetNames().forEach((code, name) -> names.put("street|" + code, name));
    directory.districtNames().forEach((code, name) -> names.put("district|" + code, name));
    names
        .keySet()
        .forEach(
            k -> {
              counts.put(k, new long[5]);
              totals.put(k, 0.0);
            });
    for (ProjectAward a : awards) {
      UnitDirectory.Community c = communities.get(a.unitCode());
      List<String> keys = new ArrayList<>();
      keys.add("community|" + a.unitCode());
      if (c != null) {
        keys.add("street|" + c.streetCode());
        if (c.districtCode() != null) {
          keys.add("district|" + c.districtCode());
        }
      }
      for (String k : keys) {
        long[] n = counts.get(k);
        if (n == null) {
          continue;
        }
        n[0]++;
        if (a.projectScore() != null) {
          n[1]++;
        }
        if (a.eligible()) {
          n[2]++;
        }
        if ("优秀".equals(a.grade())) {
          n[3]++;
        }
        if ("良好".equals(a.grade())) {
          n[4]++;
        }
        totals.put(k, totals.get(k) + a.awardAmount());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (String level : List.of("community", "street", "district")) {
      for (Map.Entry<String, String> e : names.entrySet()) {
        if (!e.getKey().startsWith(level + "|")) {
          continue;
        }
        long[] n = counts.get(e.getKey());
        rows.add(
            RowFactory.create(
                period,
                level,
                e.getKey().substring(level.length() + 1),
                e.getValue(),
                n[0],
                n[1],
                n[2],
                n[3],
                n[4],
                totals.get(e.getKey())));
      }
    }
    return rows;
  }
}
