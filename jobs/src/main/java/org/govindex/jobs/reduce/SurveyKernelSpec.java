package org.govindex.jobs.reduce;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.indicators.quality.SurveyQualitySettings;
import org.govindex.indicators.subjective.SubjectiveSettings;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;

/**
 * What the survey kernel needs to know, shipped to the executors: the questionnaire's items (code,
 * level, weight of the community items in questionnaire order), the lowest score that counts as
 * satisfied, the bootstrap settings, the survey-quality settings, and the period (only responses
 * submitted in its calendar year count).
 */
record SurveyKernelSpec(
    Map<String, String> itemLevels,
    List<String> communityItems,
    double[] communityWeights,
    double satisfiedThreshold,
    int resamples,
    long baseSeed,
    long burstWindowSeconds,
    int burstMinResponses,
    int straightlineMinItems,
    int period)
    implements Serializable {

  static SurveyKernelSpec of(
      Questionnaire questionnaire, SubjectiveSettings subjective, SurveyQualitySettings quality) {
    Map<String, String> levels = new HashMap<>();
    for (QuestionnaireItem item : questionnaire.items()) {
      levels.put(item.code(), item.level().code());
    }
    List<QuestionnaireItem> community = questionnaire.itemsAt(ItemLevel.COMMUNITY);
    double[] weights = community.stream().mapToDouble(QuestionnaireItem::weight).toArray();
    return new SurveyKernelSpec(
        levels,
        community.stream().map(QuestionnaireItem::code).toList(),
        weights,
        satisfiedThreshold(questionnaire),
        subjective.bootstrapResamples(),
        subjective.bootstrapSeed(),
        quality.burstWindowMinutes() * 60L,
        quality.burstMinResponses(),
        quality.straightlineMinItems(),
        Integer.parseInt(subjective.period()));
  }

  /**
   * The questionnaire's item codes in ascending order: the columns of a response's answers in the
   * kernel and in the packed answers ({@link AnswerPacking}).
   */
  List<String> itemColumns() {
    return List.copyOf(new java.util.TreeSet<>(itemLevels.keySet()));
  }

  /** The lowest scored option that counts as satisfied (基本满意 on the default scale). */
  static double satisfiedThreshold(Questionnaire questionnaire) {
    return questionnaire.scale().scores().values().stream()
        .filter(questionnaire.scale()::isSatisfied)
        .mapToDouble(Double::doubleValue)
        .min()
        .orElseThrow(
            () ->
                new org.govindex.indicators.subjective.SubjectiveSettingsException(
                    Messages.text("kernel.noSatisfied")));
  }
}
