package org.govindex.samples;

/**
 * A satisfaction question of the default questionnaire
 * (indicators/src/main/resources/govindex/config/questionnaire.csv): its header text contains the
 * item's header_pattern.
 *
 * @param streetLevel true for street items (header contains 街道)
 * @param offset item effect on the latent scale
 * @param dontKnowRate probability of 不了解 (urban communities)
 * @param ruralDontKnowRate probability of 不了解 in rural communities
 */
record SurveyItem(
    String header,
    boolean streetLevel,
    double offset,
    double dontKnowRate,
    double ruralDontKnowRate) {

  static final SurveyItem[] RESIDENT_ITEMS = {
    new SurveyItem("您对社区治安状况的满意程度", false, 0.20, 0.02, 0.03),
    new SurveyItem("您对社区环境卫生的满意程度", false, 0.00, 0.02, 0.03),
    new SurveyItem("您对社区服务的满意程度", false, 0.10, 0.04, 0.05),
    new SurveyItem("您对社区居委会工作的满意程度", false, 0.15, 0.06, 0.06),
    new SurveyItem("您对小区物业服务的满意程度", false, -0.40, 0.05, 0.35),
    new SurveyItem("您对居民议事协商的满意程度", false, -0.10, 0.15, 0.18),
    new SurveyItem("您对所在街道工作的总体满意程度", true, 0.10, 0.08, 0.10),
    new SurveyItem("您对街道便民服务的满意程度", true, 0.00, 0.10, 0.12)
  };

  /** The seven items of the two-way department rating (Sichuan "7+X"). */
  static final String[] DEPARTMENT_ITEMS = {"响应速度", "配合力度", "落实程度", "服务态度", "办事效率", "落实成效", "廉洁自律"};
}
