package org.govindex.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.appraisal.AppraisedLevels;
import org.govindex.indicators.appraisal.PolicyRules;
import org.govindex.indicators.innovation.AwardSettings;
import org.govindex.indicators.survey.QuestionnaireItem;
import org.govindex.indicators.yaml.YamlTree;
import org.govindex.jobs.config.FrameworkFiles;
import org.govindex.jobs.config.GovindexSettings;

/**
 * {@code config/methodology.json}: the configuration a run actually used, for the methodology
 * appendix of the report (so that it can never drift from the computation) and for auditors. The
 * policy, answer scores and awards are the effective parsed values (defaults included); the
 * catalogue, questionnaire and innovation framework are the rows of the files used. The framework
 * files themselves are copied next to it.
 */
final class MethodologyDocument {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Name of the document in the {@code config/} folder. */
  static final String FILE_NAME = "methodology.json";

  private MethodologyDocument() {}

  /** Writes {@code methodology.json} and the framework files into {@code dir}. */
  static void write(
      Path dir, FrameworkFiles framework, GovindexSettings settings, Integer baseYear) {
    try {
      Files.createDirectories(dir);
      JSON.writeValue(dir.resolve(FILE_NAME).toFile(), build(framework, settings, baseYear));
      for (Map.Entry<String, String> e : framework.texts().entrySet()) {
        Files.writeString(
            dir.resolve(GovindexSettings.Framework.FILE_NAMES.get(e.getKey())), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotWritePlain", dir), e);
    }
  }

  static ObjectNode build(FrameworkFiles framework, GovindexSettings settings, Integer baseYear) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode answers = root.putObject("answer_scores");
    framework.questionnaire().scale().scores().entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> answers.put(e.getKey(), e.getValue()));
    root.put("not_scored", "回答“不了解”、跳过或未作答的题目不计分，其数量另行统计。");
    AppraisalPolicy policy = framework.appraisal().policy();
    ObjectNode weights = root.putObject("subjective_weight");
    for (UnitLevel level : AppraisedLevels.ALL) {
      weights.put(level.code(), policy.subjectiveWeight(level));
    }
    ObjectNode floors = root.putObject("policy_floors");
    floors.put("community", PolicyRules.COMMUNITY_SUBJECTIVE_FLOOR);
    floors.put("street", PolicyRules.STREET_SUBJECTIVE_FLOOR);
    floors.put("rule", PolicyRules.SUBJECTIVE_WEIGHT_RULE);
    floors.put("central_street_economic", PolicyRules.CENTRAL_STREET_ECONOMIC_RULE);
    ObjectNode grades = root.putObject("grade_thresholds");
    grades.put("excellent", policy.gradeThresholds().excellent());
    grades.put("good", policy.gradeThresholds().good());
    grades.put("pass", policy.gradeThresholds().pass());
    ObjectNode sample = root.putObject("minimum_sample");
    sample.put("community", policy.minimumSampleCommunity());
    sample.put("street", policy.minimumSampleStreet());
    if (policy.excellentQuota().isPresent()) {
      root.put("excellent_quota", policy.excellentQuota().getAsDouble());
    } else {
      root.putNull("excellent_quota");
    }
    ObjectNode bootstrap = root.putObject("bootstrap");
    bootstrap.put("resamples", settings.appraisal().bootstrapResamples());
    bootstrap.put("seed", settings.appraisal().bootstrapSeed());
    bootstrap.put("interval", "percentile, 95% (2.5th and 97.5th percentiles)");
    if (settings.surveyQuality() != null) {
      root.set("survey_quality", JSON.valueToTree(settings.surveyQuality()));
    }
    root.set("catalogue", csvRows(framework.texts().get("appraisalCatalogue")));
    ArrayNode items = root.putArray("questionnaire");
    for (QuestionnaireItem item : framework.questionnaire().items()) {
      ObjectNode o = items.addObject();
      o.put("item_code", item.code());
      o.put("item_name", item.name());
      o.put("level", item.level().toString().toLowerCase(java.util.Locale.ROOT));
      o.put("dimension", item.dimension());
      o.put("weight", item.weight());
      o.put("header_pattern", item.headerPattern());
    }
    ObjectNode department = root.putObject("department_rating");
    ObjectNode groups = department.putObject("group_weights");
    policy.departmentRating().groupWeights().forEach(groups::put);
    department.put("minimum_raters", policy.departmentRating().minimumRaters());
    department.put("satisfaction_weight", policy.subjectiveWeight(UnitLevel.DEPARTMENT));
    ObjectNode innovation = root.putObject("innovation");
    if (baseYear == null) {
      innovation.put("base_year", "earliest year of community_facts");
    } else {
      innovation.put("base_year", baseYear);
    }
    innovation.set("framework", csvRows(framework.texts().get("innovationMeta")));
    innovation.set("recipe", yamlTree(framework.texts().get("innovationRecipe")));
    AwardSettings awards = framework.awards();
    ObjectNode awardNode = innovation.putObject("awards");
    awardNode.put("resident_satisfaction_weight", awards.residentSatisfactionWeight());
    awardNode.put("social_effect_weight", awards.socialEffectWeight());
    ArrayNode eligible = awardNode.putArray("eligible_grades");
    awards.eligibleGrades().forEach(eligible::add);
    ObjectNode amounts = awardNode.putObject("award_amounts");
    awards.amounts().forEach(amounts::put);
    return root;
  }

  private static ArrayNode csvRows(String csv) {
    ArrayNode rows = JSON.createArrayNode();
    try {
      for (CSVRecord r :
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
        ObjectNode row = rows.addObject();
        r.toMap().forEach(row::put);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static JsonNode yamlTree(String yaml) {
    return YamlTree.readJson(new StringReader(yaml), "innovation recipe");
  }
}
