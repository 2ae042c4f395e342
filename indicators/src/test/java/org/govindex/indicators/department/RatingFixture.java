package org.govindex.indicators.department;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Table;
import org.govindex.indicators.registry.Registry;

/**
 * Hand-built department ratings, as the Spark stage hands them over ({@link RaterScore}). Answers
 * are option texts scored as in methodology §1: 非常满意 100, 满意 75, 基本满意 50, 不满意 25, 非常不满意 0; 不了解 and
 * (跳过) are not scored. Items are numbered I1, I2, ... in the order given. The rater score and the
 * answer signature are worked out here as the javadoc of {@link RaterScore} defines them (the Spark
 * stage's job): the mean of the scored answers, and the sorted {@code item=answer} pairs.
 */
final class RatingFixture {

  static final String A = "非常满意";
  static final String B = "满意";
  static final String C = "基本满意";
  static final String D = "不满意";
  static final String E = "非常不满意";
  static final String DK = "不了解";
  static final String SKIP = "(跳过)";

  static final String RESIDENTS = "居民代表";
  static final String STREET = "街道";
  static final String COMMITTEE = "社区居委会";
  static final String UNITS = "驻区单位";

  static final String DISTRICT = "320951";

  private static final Map<String, Double> SCORES =
      Map.of(A, 100.0, B, 75.0, C, 50.0, D, 25.0, E, 0.0);

  private final List<RaterScore> ratings = new ArrayList<>();
  private final List<Registry.Department> departments = new ArrayList<>();
  private final List<Registry.Street> streets = new ArrayList<>();
  private final Map<String, DepartmentObjective> objective = new LinkedHashMap<>();

  /** A rating; {@code phone} null means the rater left no phone number. */
  RatingFixture rate(
      String phone, String group, String street, String department, String... items) {
    String id = "surveys/department_test.csv#" + (ratings.size() + 1);
    List<Double> scores = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      String text = items[i];
      if (SCORES.containsKey(text)) {
        scores.add(SCORES.get(text));
      }
      pairs.add("I" + (i + 1) + "=" + (SKIP.equals(text) ? "(skipped)" : text));
    }
    Double score = null;
    if (!scores.isEmpty()) {
      scores.sort(null);
      double sum = 0;
      for (double s : scores) {
        sum += s;
      }
      score = sum / scores.size();
    }
    pairs.sort(null);
    ratings.add(
        new RaterScore(
            id,
            phone == null ? "rating:" + id : "hash-" + phone,
            RaterGroup.of(group),
            street,
            department,
            score,
            String.join("|", pairs)));
    return this;
  }

  /** Several raters of one group with the same answers: phones {@code prefix1, prefix2, ...}. */
  RatingFixture rateMany(
      int raters,
      String phonePrefix,
      String group,
      String street,
      String department,
      String... items) {
    for (int i = 1; i <= raters; i++) {
      rate(phonePrefix + i, group, street, department, items);
    }
    return this;
  }

  RatingFixture department(String code, String name) {
    departments.add(new Registry.Department(code, name, DISTRICT));
    return this;
  }

  RatingFixture street(String code, String name) {
    streets.add(new Registry.Street(code, name, DISTRICT));
    return this;
  }

  /** The objective part of a department (score may be null), with objective flags. */
  RatingFixture objective(String department, Double score, String flags) {
    objective.put(department, new DepartmentObjective(score, flags));
    return this;
  }

  List<RaterScore> ratings() {
    return List.copyOf(ratings);
  }

  Registry registry() {
    return new Registry(
        List.of(new Registry.District(DISTRICT, "测试区", "非中心城区", false)),
        streets,
        List.of(),
        departments);
  }

  DepartmentTables compute(DepartmentRatingSettings settings) {
    return DepartmentRating.compute(ratings(), registry(), objective, settings);
  }

  DepartmentTables compute() {
    return compute(DepartmentRatingSettings.defaults("2026"));
  }

  /** Rows by the values of key columns joined by {@code |}. */
  static Map<String, Table.Row> byKey(Table table, String... keys) {
    Map<String, Table.Row> out = new HashMap<>();
    for (Table.Row row : table.rows()) {
      List<String> key = new ArrayList<>();
      for (String k : keys) {
        key.add(String.valueOf(row.get(k)));
      }
      out.put(String.join("|", key), row);
    }
    return out;
  }
}
