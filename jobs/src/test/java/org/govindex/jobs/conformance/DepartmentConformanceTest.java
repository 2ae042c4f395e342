package org.govindex.jobs.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Table;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.department.DepartmentRating;
import org.govindex.indicators.department.DepartmentRatingSettings;
import org.govindex.indicators.department.RaterGroup;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.reduce.RatingReduction;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * The worked appraisal example of ../shared/reference/appraisal-example: its expected.json {@code
 * department.<code>} holds, from an independent implementation, the scores of the rater groups with
 * at least 3 raters and the satisfaction with the default group weights. The drop is ingested, the
 * ratings reduced in Spark ({@link RatingReduction}) and rated in plain Java ({@link
 * DepartmentRating}); every number is reproduced within 1e-9, groups absent from expected.json are
 * null here. Skipped when the shared folder is absent.
 */
class DepartmentConformanceTest {

  @Test
  void reproducesGroupScoresAndSatisfactionOfTheReferenceExample() {
    Drops.Ingested drop = Drops.reference();
    SparkSession spark = SparkTestSession.get();
    IngestedDatasets ingested = drop.datasets();
    Table rating =
        DropResults.departments(
                spark,
                ingested,
                DropResults.objective(
                        spark,
                        ingested,
                        AppraisalConfiguration.bundledDefaults().catalogue(),
                        "2026")
                    .scores(),
                DepartmentRatingSettings.defaults("2026"))
            .departmentRating();
    Map<String, Table.Row> actual = new HashMap<>();
    rating.rows().forEach(r -> actual.put(r.string("department_code"), r));

    JsonNode expected = Drops.expected().get("department");
    assertThat(expected).isNotNull();
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(() -> expected.fieldNames());
    int compared = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> department = it.next();
      Table.Row row = actual.get(department.getKey());
      JsonNode groups = department.getValue().get("groups");
      for (RaterGroup group : RaterGroup.values()) {
        Double score = row.number(group.scoreColumn());
        String what = department.getKey() + " " + group.label();
        if (groups.has(group.label())) {
          assertThat(score).as(what).isCloseTo(groups.get(group.label()).asDouble(), within(1e-9));
          assertThat(row.longValue(group.countColumn())).as(what).isGreaterThanOrEqualTo(3L);
          compared++;
        } else {
          assertThat(score).as(what).isNull();
        }
      }
      double satisfaction = department.getValue().get("satisfaction_score").asDouble();
      assertThat(row.number("satisfaction_score"))
          .as(department.getKey())
          .isCloseTo(satisfaction, within(1e-9));
      Double objectiveScore = row.number("objective_score");
      assertThat(objectiveScore).as(department.getKey() + " objective").isNotNull();
      assertThat(row.number("total_score"))
          .isCloseTo(0.5 * satisfaction + 0.5 * objectiveScore, within(1e-9));
      compared++;
    }
    // 6 departments: 23 group scores (32095101 has three groups) and 6 satisfaction scores
    assertThat(compared).isEqualTo(23 + 6);
    assertThat(actual.get("32095101").string("flags")).contains("group_dropped:驻区单位");
  }
}
