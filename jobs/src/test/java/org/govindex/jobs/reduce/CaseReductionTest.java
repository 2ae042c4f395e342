package org.govindex.jobs.reduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.contract.Datasets;
import org.govindex.indicators.objective.CaseTally;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseReduction}: cases and successes per year of 受理日期 and (street, community) equal a
 * straightforward count over the case rows written in the test, cases without community included.
 */
class CaseReductionTest {

  private static final String S1 = "320100001";
  private static final String S2 = "320100002";
  private static final String A = "320100001001";
  private static final String B = "320100001002";

  /** One mediation case as {@code mediation_cases} holds it. */
  private record Case(
      String id, LocalDate acceptedOn, String street, String community, String result) {

    Row row() {
      return DatasetRows.row(
          Datasets.MEDIATION_CASES,
          "case_id",
          id,
          "source_file",
          "cases/mediation.csv",
          "row_number",
          Long.parseLong(id.substring(1)),
          "accepted_on",
          DatasetRows.date(acceptedOn),
          "street_code",
          street,
          "community_code",
          community,
          "dispute_type",
          "邻里纠纷",
          "result",
          result,
          "closed_on",
          DatasetRows.date(acceptedOn.plusDays(10)));
    }
  }

  private static List<Case> cases() {
    return List.of(
        new Case("m1", LocalDate.of(2026, 1, 1), S1, A, "调解成功"),
        new Case("m2", LocalDate.of(2026, 5, 1), S1, A, "调解不成功"),
        new Case("m3", LocalDate.of(2026, 12, 31), S1, A, "调解成功"),
        new Case("m4", LocalDate.of(2025, 12, 31), S1, A, "调解成功"),
        new Case("m5", LocalDate.of(2026, 3, 1), S1, null, "调解成功"),
        new Case("m6", LocalDate.of(2026, 3, 2), S1, null, "终止调解"),
        new Case("m7", LocalDate.of(2026, 4, 1), S1, B, "调解不成功"),
        new Case("m8", LocalDate.of(2026, 4, 2), S2, null, "调解成功"),
        new Case("m9", LocalDate.of(2027, 1, 1), S2, null, "调解成功"));
  }

  /** Counted case by case: every case, and those whose 调解结果 is 调解成功. */
  private static List<CaseTally> countedByHand(List<Case> cases) {
    Map<List<Object>, long[]> tallies = new LinkedHashMap<>();
    for (Case c : cases) {
      long[] t =
          tallies.computeIfAbsent(
              Arrays.asList(c.acceptedOn().getYear(), c.street(), c.community()), k -> new long[2]);
      t[0]++;
      if (c.result().equals("调解成功")) {
        t[1]++;
      }
    }
    List<CaseTally> out = new ArrayList<>();
    tallies.forEach(
        (k, t) ->
            out.add(
                new CaseTally((int) k.get(0), (String) k.get(1), (String) k.get(2), t[0], t[1])));
    return out;
  }

  @Test
  void talliesEqualAStraightforwardCountOfTheCases() {
    Dataset<Row> cases =
        DatasetRows.dataset(
            SparkTestSession.get(),
            Datasets.MEDIATION_CASES,
            cases().stream().map(Case::row).toList());

    List<CaseTally> tallies = CaseReduction.collect(cases);

    assertThat(tallies).containsExactlyInAnyOrderElementsOf(countedByHand(cases()));
    // hand-worked: A in 2026 has m1, m2, m3, two of them 调解成功; S1 without community m5, m6
    assertThat(tallies)
        .contains(new CaseTally(2026, S1, A, 3, 2), new CaseTally(2026, S1, null, 2, 1))
        .contains(new CaseTally(2025, S1, A, 1, 1), new CaseTally(2027, S2, null, 1, 1))
        .hasSize(6);
    for (int partitions : new int[] {1, 7}) {
      assertThat(CaseReduction.collect(cases.repartition(partitions)))
          .as(partitions + " partitions")
          .containsExactlyInAnyOrderElementsOf(tallies);
    }
  }
}
