package org.govindex.jobs.compute.innovation;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.AppraisalLevel;
import org.govindex.indicators.appraisal.IndicatorDefinition;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.jobs.compute.objective.ObjectiveScoring;
import org.govindex.jobs.compute.subjective.CommunityScores;
import org.govindex.jobs.compute.subjective.SubjectiveSettings;
import org.govindex.jobs.compute.subjective.SurveyAnswers;

/**
 * The community × indicator panel of the innovation index: Spark aggregates the source rows per
 * community and year, and only the per-community values (a few thousand rows a year) reach the
 * driver. See {@link IndicatorSources} for the definitions; objective indicators are the raw values
 * of {@link ObjectiveScoring} for each year; S is the community score of {@link CommunityScores}
 * and exists for the period only (the survey wave is the run's period).
 */
final class CommunityIndicators {

  static final String NO_SURVEY = "no_survey";
  static final String INSUFFICIENT_SAMPLE = "insufficient_sample";

  private CommunityIndicators() {}

  /** The scored years: the fact years from the base year to the period, and the period. */
  static List<Integer> years(InnovationInputs in, InnovationSettings settings) {
    int period = settings.periodYear();
    TreeSet<Integer> years = new TreeSet<>();
    for (Row r :
        in.objective()
            .communityFacts()
            .select(col("year").cast("int"))
            .where(col("year").isNotNull())
            .distinct()
            .collectAsList()) {
      int y = r.getInt(0);
      if (y <= period) {
        years.add(y);
      }
    }
    years.add(period);
    int base = settings.baseYear() == null ? years.first() : settings.baseYear();
    if (!years.contains(base)) {
      throw new InnovationInputException(
          "community_facts: no row for the base year "
              + base
              + " (years with facts: "
              + years
              + ")");
    }
    return List.copyOf(years.tailSet(base, true));
  }

  static IndicatorPanel collect(
      SparkSession spark,
      InnovationInputs in,
      InnovationSettings settings,
      List<Integer> years,
      UnitDirectory directory) {
    Set<String> used = new HashSet<>();
    for (FrameworkNode n : settings.framework().framework().indicators()) {
      used.add(n.code());
    }
    Map<Integer, Map<String, Map<String, Double>>> values = new TreeMap<>();
    objective(spark, in, settings, years, used, values);
    facts(in, years, used, directory, values);
    projects(in, settings, years, used, directory, values);
    Map<String, String> surveyFlags = new TreeMap<>();
    if (used.contains(IndicatorSources.SURVEY)) {
      survey(in, settings, directory, values, surveyFlags);
    }
    return new IndicatorPanel(years, values, surveyFlags);
  }

  private static void objective(
      SparkSession spark,
      InnovationInputs in,
      InnovationSettings settings,
      List<Integer> years,
      Set<String> used,
      Map<Integer, Map<String, Map<String, Double>>> values) {
    AppraisalCatalogue bundled = AppraisalConfiguration.bundledDefaults().catalogue();
    List<IndicatorDefinition> definitions = new ArrayList<>();
    for (String code : IndicatorSources.OBJECTIVE) {
      if (!used.contains(code)) {
        continue;
      }
      IndicatorDefinition d =
          bundled
              .indicator(code)
              .orElseThrow(
                  () ->
                      new InnovationConfigException(
                          settings.framework().framework().source()
                              + ": indicator "
                              + code
                              + " is not in the bundled appraisal catalogue"));
      definitions.add(
          new IndicatorDefinition(
              d.code(),
              d.name(),
              Set.of(AppraisalLevel.COMMUNITY),
              d.direction(),
              d.goalposts(),
              Map.of(AppraisalLevel.COMMUNITY, 1.0),
              null,
              false,
              d.unit(),
              d.goalpostSource()));
    }
    if (definitions.isEmpty()) {
      return;
    }
    AppraisalCatalogue catalogue = new AppraisalCatalogue(definitions);
    Dataset<Row> all = null;
    for (int year : years) {
      Dataset<Row> rows =
          ObjectiveScoring.compute(spark, in.objective(), catalogue, String.valueOf(year))
              .indicatorValues()
              .where(col("level").equalTo("community").and(col("raw_value").isNotNull()))
              .select(
                  lit(year).as("year"), col("unit_code"), col("indicator_code"), col("raw_value"));
      all = all == null ? rows : all.unionByName(rows);
    }
    for (Row r : all.collectAsList()) {
      IndicatorPanel.put(values, r.getInt(0), r.getString(1), r.getString(2), r.getDouble(3));
    }
  }

  private static void facts(
      InnovationInputs in,
      List<Integer> years,
      Set<String> used,
      UnitDirectory directory,
      Map<Integer, Map<String, Map<String, Double>>> values) {
    if (IndicatorSources.FACTS.stream().noneMatch(used::contains)) {
      return;
    }
    Map<String, UnitDirectory.Community> communities = directory.byCode();
    List<Row> rows =
        in.objective()
            .communityFacts()
            .where(col("year").cast("int").isin(years.toArray()))
            .select(
                col("community_code"),
                col("year").cast("int").as("year"),
                when(col("direct_election").isNull(), lit(null).cast("double"))
                    .when(col("direct_election"), lit(1.0))
                    .otherwise(lit(0.0))
                    .as("direct_election"),
                col("turnout_pct").cast("double"),
                col("consultations").cast("double"),
                col("centre_area").cast("double"),
                col("service_fund").cast("double"),
                col("staff").cast("double"),
                col("online_share_pct").cast("double"),
                col("source_file"),
                col("row_number"))
            .collectAsList();
    Set<String> seen = new HashSet<>();
    for (Row r : rows) {
      String code = r.getString(0);
      int year = r.getInt(1);
      if (!seen.add(code + "|" + year)) {
        throw new InnovationInputException(
            "community_facts: "
                + r.get(9)
                + " row "
                + r.get(10)
                + ": a second row for community "
                + code
                + " and year "
                + year);
      }
      UnitDirectory.Community c = communities.get(code);
      if (c == null) {
        continue;
      }
      double households = c.households();
      double staff = number(r, 6);
      Map<String, Double> v = new HashMap<>();
      v.put("direct_election", number(r, 2));
      v.put("election_turnout_pct", number(r, 3));
      v.put("consultations", number(r, 4));
      v.put("centre_area", number(r, 5));
      v.put("service_fund", number(r, 7));
      v.put("staff_per_1000_households", households > 0 ? staff / households * 1000.0 : Double.NaN);
      v.put("online_share_pct", number(r, 8));
      v.forEach(
          (k, x) -> {
            if (used.contains(k)) {
              IndicatorPanel.put(values, year, code, k, x);
            }
          });
    }
  }

  private static double number(Row r, int i) {
    return r.isNullAt(i) ? Double.NaN : r.getDouble(i);
  }

  private static void projects(
      InnovationInputs in,
      InnovationSettings settings,
      List<Integer> years,
      Set<String> used,
      UnitDirectory directory,
      Map<Integer, Map<String, Map<String, Double>>> values) {
    if (IndicatorSources.PROJECTS.stream().noneMatch(used::contains)) {
      return;
    }
    AwardSettings a = settings.awards();
    Column score =
        col("resident_satisfaction")
            .cast("double")
            .multiply(a.residentSatisfactionWeight())
            .plus(col("social_effect").cast("double").multiply(a.socialEffectWeight()));
    List<Row> rows =
        in.projects()
            .where(col("year").cast("int").isin(years.toArray()))
            .groupBy(col("community_code"), col("year").cast("int").as("year"))
            .agg(count(lit(1)).as("n"), avg(score).as("mean_score"))
            .collectAsList();
    Set<Integer> yearsWithProjects = new TreeSet<>();
    Map<String, Row> byKey = new HashMap<>();
    for (Row r : rows) {
      yearsWithProjects.add(r.getInt(1));
      byKey.put(r.getString(0) + "|" + r.getInt(1), r);
    }
    for (int year : yearsWithProjects) {
      for (UnitDirectory.Community c : directory.communities()) {
        Row r = byKey.get(c.code() + "|" + year);
        if (used.contains("project_count")) {
          IndicatorPanel.put(values, year, c.code(), "project_count", r == null ? 0 : r.getLong(2));
        }
        if (used.contains("project_score") && r != null && !r.isNullAt(3)) {
          IndicatorPanel.put(values, year, c.code(), "project_score", r.getDouble(3));
        }
      }
    }
  }

  private static void survey(
      InnovationInputs in,
      InnovationSettings settings,
      UnitDirectory directory,
      Map<Integer, Map<String, Map<String, Double>>> values,
      Map<String, String> flags) {
    Map<String, Long> nValid = new HashMap<>();
    for (Row r : in.survey().responses().groupBy(col("community_code")).count().collectAsList()) {
      nValid.put(r.getString(0), r.getLong(1));
    }
    SubjectiveSettings subjective = SubjectiveSettings.defaults(settings.period()).withResamples(2);
    Map<String, Double> scores = new HashMap<>();
    for (Row r :
        CommunityScores.compute(
                SurveyAnswers.prepare(in.survey(), settings.questionnaire()),
                settings.questionnaire(),
                subjective)
            .select(col("community_code"), col("subjective_score"))
            .collectAsList()) {
      if (!r.isNullAt(1)) {
        scores.put(r.getString(0), r.getDouble(1));
      }
    }
    for (UnitDirectory.Community c : directory.communities()) {
      Double s = scores.get(c.code());
      long n = nValid.getOrDefault(c.code(), 0L);
      if (s == null) {
        flags.put(c.code(), NO_SURVEY);
      } else if (n < settings.minSampleCommunity()) {
        flags.put(c.code(), INSUFFICIENT_SAMPLE);
      } else {
        IndicatorPanel.put(values, settings.periodYear(), c.code(), IndicatorSources.SURVEY, s);
      }
    }
  }
}
