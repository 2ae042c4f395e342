package org.govindex.jobs.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.ColumnType;
import org.govindex.contract.Results;
import org.govindex.contract.Stages;
import org.govindex.contract.Table;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.appraisal.ObjectiveScore;
import org.govindex.indicators.appraisal.RankIntervals;
import org.govindex.indicators.quality.SurveyQualitySettings;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.subjective.PercentileInterval;
import org.govindex.indicators.subjective.UnitSubjective;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * The rank intervals of the appraisal ({@link RankIntervals}) on the bundled sample drop ({@code
 * data-samples/drop}: 20 communities, two below the minimum sample, 4 streets) end to end:
 * ingestion, the Spark reductions, S with its bootstrap replicates, O and the totals with the
 * bundled policy.
 */
class BundledDropRankIntervalsTest {

  @Test
  void bundledDropGivesIntervalsWithinTheRankedUnitsOfEachLevel() {
    SparkSession spark = SparkTestSession.get();
    IngestedDatasets ingested = Drops.bundled().datasets();
    Registry registry = ingested.registry();
    AppraisalConfiguration configuration = AppraisalConfiguration.bundledDefaults();
    AppraisalPolicy policy = configuration.policy();
    DropResults.Survey survey =
        DropResults.survey(
            spark,
            ingested,
            Drops.bundledQuestionnaire(),
            DropResults.subjectiveSettings(policy, "2026"),
            SurveyQualitySettings.defaults("2026"));
    List<ObjectiveScore> objective =
        DropResults.objective(spark, ingested, configuration.catalogue(), "2026").scores();
    List<UnitSubjective> subjective = survey.subjective().units();
    Table appraisal =
        DropResults.appraisal(registry, subjective, survey, objective, policy, "2026");
    List<Table.Row> table = appraisal.rows();

    // the replicates are the very ones behind ci_low / ci_high, and stay internal
    assertThat(subjective).hasSize(24);
    for (UnitSubjective u : subjective) {
      String key = u.level().code() + "|" + u.unitCode();
      // every community and street of the drop has an S
      assertThat(u.score()).as(key).isNotNull();
      double[] s = u.replicates();
      assertThat(s).as(key).hasSize(1000);
      PercentileInterval interval = PercentileInterval.of95(s);
      assertThat(interval.low()).as(key).isCloseTo(u.ciLow(), within(1e-12));
      assertThat(interval.high()).as(key).isCloseTo(u.ciHigh(), within(1e-12));
    }
    assertThat(Stages.SUBJECTIVE_UNITS.column("replicates").type())
        .isEqualTo(ColumnType.DOUBLE_LIST);

    assertThat(table).hasSize(24);
    List<ColumnSpec> columns = appraisal.spec().columns();
    assertThat(appraisal.spec()).isEqualTo(Results.APPRAISAL);
    assertThat(columns).extracting(ColumnSpec::type).doesNotContain(ColumnType.DOUBLE_LIST);
    assertThat(columns.subList(columns.size() - 2, columns.size()))
        .extracting(ColumnSpec::name, ColumnSpec::type)
        .containsExactly(tuple("rank_low", ColumnType.INT), tuple("rank_high", ColumnType.INT));
    Map<String, Integer> rankedPerLevel = new HashMap<>();
    for (Table.Row r : table) {
      if (r.integer("rank") != null) {
        rankedPerLevel.merge(r.string("level"), 1, Integer::sum);
      }
    }
    assertThat(rankedPerLevel).containsEntry("community", 18).containsEntry("street", 4);
    int widened = 0;
    for (Table.Row r : table) {
      String key = r.string("level") + "|" + r.string("unit_code");
      Integer low = r.integer("rank_low");
      Integer high = r.integer("rank_high");
      if (r.integer("rank") == null) {
        assertThat(low).as(key).isNull();
        assertThat(high).as(key).isNull();
        continue;
      }
      int n = rankedPerLevel.get(r.string("level"));
      assertThat(low).as(key).isNotNull().isBetween(1, n);
      assertThat(high).as(key).isNotNull().isBetween(low, n);
      if (high > low) {
        widened++;
      }
    }
    assertThat(widened).as("units whose rank is uncertain").isPositive();

    // with every replicate equal to S the replicate ranking must give the nominal rank
    List<UnitSubjective> constant = new ArrayList<>();
    for (UnitSubjective u : subjective) {
      constant.add(
          new UnitSubjective(
              u.level(),
              u.unitCode(),
              u.unitName(),
              u.score(),
              u.ciLow(),
              u.ciHigh(),
              u.nValid(),
              u.satisfactionRate(),
              u.insufficient(),
              u.flags(),
              new double[] {u.score(), u.score()}));
    }
    for (Table.Row r :
        DropResults.appraisal(registry, constant, survey, objective, policy, "2026").rows()) {
      String key = r.string("level") + "|" + r.string("unit_code");
      assertThat(r.integer("rank_low")).as(key).isEqualTo(r.integer("rank"));
      assertThat(r.integer("rank_high")).as(key).isEqualTo(r.integer("rank"));
    }

    // deterministic: the same intervals from the units in another order
    List<UnitSubjective> shuffled = new ArrayList<>(subjective);
    Collections.shuffle(shuffled, new Random(5));
    assertThat(
            intervalsOf(
                DropResults.appraisal(registry, shuffled, survey, objective, policy, "2026")
                    .rows()))
        .isEqualTo(intervalsOf(table));
  }

  private static Map<String, List<Integer>> intervalsOf(List<Table.Row> rows) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (Table.Row r : rows) {
      out.put(
          r.string("level") + "|" + r.string("unit_code"),
          Arrays.asList(r.integer("rank_low"), r.integer("rank_high")));
    }
    return out;
  }
}
