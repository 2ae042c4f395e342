package org.govindex.jobs.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.contract.Flag;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.appraisal.AppraisalTotals;
import org.govindex.indicators.appraisal.ObjectiveScore;
import org.govindex.indicators.department.DepartmentObjective;
import org.govindex.indicators.department.DepartmentRating;
import org.govindex.indicators.department.DepartmentRatingSettings;
import org.govindex.indicators.department.DepartmentTables;
import org.govindex.indicators.objective.ObjectiveScoring;
import org.govindex.indicators.objective.ObjectiveSources;
import org.govindex.indicators.quality.QualityCounts;
import org.govindex.indicators.quality.SurveyQuality;
import org.govindex.indicators.quality.SurveyQualitySettings;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.subjective.CommunitySurvey;
import org.govindex.indicators.subjective.ItemTally;
import org.govindex.indicators.subjective.SubjectiveScoring;
import org.govindex.indicators.subjective.SubjectiveSettings;
import org.govindex.indicators.subjective.UnitSubjective;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.reduce.CaseReduction;
import org.govindex.jobs.reduce.OrderReduction;
import org.govindex.jobs.reduce.RatingReduction;
import org.govindex.jobs.reduce.StreetSurvey;
import org.govindex.jobs.reduce.SurveyReduction;

/**
 * The compute steps of the nightly job on ingested data, wired as their tasklets wire them ({@code
 * nightly.ComputeSurveyTasklet}, {@code ComputeObjectiveTasklet}, {@code
 * ComputeDepartmentsTasklet}, {@code ComputeAppraisalTasklet}): the Spark reduction, then the
 * plain-Java math, without the run workspace, stage tables and writers around them.
 */
final class DropResults {

  private DropResults() {}

  /** What the survey step computes. */
  record Survey(SubjectiveScoring.Result subjective, Table quality) {

    /** level|unit_code → the unit's subjective part. */
    Map<String, UnitSubjective> units() {
      Map<String, UnitSubjective> out = new HashMap<>();
      subjective.units().forEach(u -> out.put(u.level().code() + "|" + u.unitCode(), u));
      return out;
    }

    /** level|unit_code → the unit's survey-quality flags cell, as the appraisal step reads it. */
    Map<String, String> qualityFlags() {
      Map<String, String> out = new HashMap<>();
      for (Table.Row r : quality.rows()) {
        out.put(r.string("level") + "|" + r.string("unit_code"), r.string("flags"));
      }
      return out;
    }
  }

  static Survey survey(
      SparkSession spark,
      IngestedDatasets ingested,
      Questionnaire questionnaire,
      SubjectiveSettings subjective,
      SurveyQualitySettings quality) {
    Registry registry = ingested.registry();
    List<StreetSurvey> streets =
        SurveyReduction.reduce(spark, ingested, questionnaire, subjective, quality);
    List<CommunitySurvey> surveys = new ArrayList<>();
    List<ItemTally> items = new ArrayList<>();
    List<QualityCounts> communityQuality = new ArrayList<>();
    List<QualityCounts> streetQuality = new ArrayList<>();
    for (StreetSurvey s : streets) {
      surveys.addAll(s.communities());
      items.addAll(s.items());
      communityQuality.addAll(s.communityQuality());
      streetQuality.add(s.streetQuality());
    }
    surveys.sort(Comparator.comparing(CommunitySurvey::communityCode));
    return new Survey(
        SubjectiveScoring.compute(registry, questionnaire, surveys, items, subjective),
        SurveyQuality.table(registry, communityQuality, streetQuality, quality));
  }

  /** The subjective settings of a period under a policy, as {@code nightly.Settings} makes them. */
  static SubjectiveSettings subjectiveSettings(AppraisalPolicy policy, String period) {
    return new SubjectiveSettings(
        period,
        policy.minimumSampleCommunity(),
        policy.minimumSampleStreet(),
        1000,
        SubjectiveSettings.DEFAULT_SEED,
        policy.subjectiveWeight(UnitLevel.COMMUNITY),
        policy.subjectiveWeight(UnitLevel.STREET));
  }

  static ObjectiveScoring.Result objective(
      SparkSession spark, IngestedDatasets ingested, AppraisalCatalogue catalogue, String period) {
    ObjectiveSources sources =
        new ObjectiveSources(
            ingested.registry(),
            OrderReduction.collect(ingested.rows(spark, Datasets.HOTLINE_ORDERS)),
            CaseReduction.collect(ingested.rows(spark, Datasets.MEDIATION_CASES)),
            ingested.table(Datasets.MEDIATION_SUMMARY),
            ingested.table(Datasets.COMMUNITY_FACTS),
            ingested.table(Datasets.STREET_FACTS));
    return ObjectiveScoring.compute(sources, catalogue, period);
  }

  static DepartmentTables departments(
      SparkSession spark,
      IngestedDatasets ingested,
      List<ObjectiveScore> objective,
      DepartmentRatingSettings settings) {
    Map<String, DepartmentObjective> departmentObjective = new HashMap<>();
    for (ObjectiveScore o : objective) {
      if (o.level() == UnitLevel.DEPARTMENT) {
        departmentObjective.put(
            o.unitCode(), new DepartmentObjective(o.score(), Flag.join(o.flags())));
      }
    }
    return DepartmentRating.compute(
        RatingReduction.collect(
            ingested.rows(spark, Datasets.DEPARTMENT_RATINGS),
            ingested.rows(spark, Datasets.DEPARTMENT_ANSWERS),
            Integer.parseInt(settings.period())),
        ingested.registry(),
        departmentObjective,
        settings);
  }

  /** The appraisal table without a previous period. */
  static Table appraisal(
      Registry registry,
      List<UnitSubjective> subjective,
      Survey survey,
      List<ObjectiveScore> objective,
      AppraisalPolicy policy,
      String period) {
    return AppraisalTotals.compute(
        registry, subjective, objective, survey.qualityFlags(), Map.of(), policy, period);
  }
}
