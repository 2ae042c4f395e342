package org.govindex.jobs.compute.subjective;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;

/**
 * The valid responses and their answers, each tagged with the respondent's community and that
 * community's street (from the {@code communities} registry).
 *
 * @param respondents one row per valid response: response_id, community_code, street_code
 * @param answers one row per answer: response_id, community_code, street_code, item_code,
 *     item_level, score (null when not scored), dont_know
 */
public record SurveyAnswers(Dataset<Row> respondents, Dataset<Row> answers) {

  /**
   * Joins responses and answers to the registry and checks them against the questionnaire.
   *
   * @throws SubjectiveInputException when a response's community is not in the registry, or an
   *     answer's item code is unknown to the questionnaire or has another level there
   */
  public static SurveyAnswers prepare(IngestedData inputs, Questionnaire questionnaire) {
    Dataset<Row> respondents =
        inputs
            .responses()
            .select(col("response_id"), col("community_code"))
            .join(
                inputs.communities().select(col("community_code"), col("street_code")),
                "community_code")
            .select(col("response_id"), col("community_code"), col("street_code"));
    requireKnownCommunities(inputs);
    requireKnownItems(inputs.answers(), questionnaire);
    Dataset<Row> answers =
        inputs
            .answers()
            .select(
                col("response_id"),
                col("item_code"),
                col("item_level"),
                col("score"),
                col("dont_know"))
            .join(respondents, "response_id")
            .select(
                col("response_id"),
                col("community_code"),
                col("street_code"),
                col("item_code"),
                col("item_level"),
                col("score"),
                col("dont_know"));
    return new SurveyAnswers(respondents, answers);
  }

  private static void requireKnownCommunities(IngestedData inputs) {
    List<Row> unknown =
        inputs
            .responses()
            .select(col("response_id"), col("community_code"))
            .join(inputs.communities().select(col("community_code")), "community_code", "left_anti")
            .limit(1)
            .collectAsList();
    if (!unknown.isEmpty()) {
      throw new SubjectiveInputException(
          "resident_responses: response "
              + unknown.get(0).getAs("response_id")
              + " has community_code "
              + unknown.get(0).getAs("community_code")
              + ", which is not in communities");
    }
  }

  private static void requireKnownItems(Dataset<Row> answers, Questionnaire questionnaire) {
    Map<String, String> levels =
        questionnaire.items().stream()
            .collect(Collectors.toMap(QuestionnaireItem::code, i -> i.level().code()));
    for (Row row : answers.select("item_code", "item_level").distinct().collectAsList()) {
      String code = row.getString(0);
      String level = row.getString(1);
      if (!levels.containsKey(code)) {
        throw new SubjectiveInputException(
            "resident_answers: item_code " + code + " is not in the questionnaire");
      }
      if (!levels.get(code).equals(level)) {
        throw new SubjectiveInputException(
            "resident_answers: item_code "
                + code
                + " has item_level "
                + level
                + " but the questionnaire says "
                + levels.get(code));
      }
    }
  }
}
