package org.govindex.indicators.appraisal;

import java.io.Reader;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.grading.GradeThresholds;
import org.govindex.indicators.yaml.YamlException;
import org.govindex.indicators.yaml.YamlTree;
import org.govindex.indicators.yaml.YamlTree.Node;

/**
 * Reads {@code appraisal.yaml}. Every key is optional (a missing one keeps the methodology
 * default); unknown keys, duplicate keys and values of the wrong type are refused with the line.
 *
 * <pre>
 * subjective_weight:        # w in T = w·S + (1 − w)·O; floors community 0.7, street 0.5 (policy)
 *   community: 0.7
 *   street: 0.5
 *   department: 0.5
 * grade_thresholds:         # 优秀 / 良好 / 合格
 *   excellent: 90
 *   good: 80
 *   pass: 60
 * minimum_sample:
 *   community: 30
 *   street: 100
 * excellent_quota: null     # optional share of ranked units that may be 优秀, e.g. 0.2
 * minimum_objective_coverage: 0.5   # least share of weighted indicators with a value
 * department_rating:
 *   group_weights: {居民代表: 0.4, 街道: 0.3, 社区居委会: 0.2, 驻区单位: 0.1}
 *   minimum_raters: 3
 * </pre>
 */
final class AppraisalPolicyParser {

  private static final List<String> TOP =
      List.of(
          "subjective_weight",
          "grade_thresholds",
          "minimum_sample",
          "excellent_quota",
          "minimum_objective_coverage",
          "department_rating");

  private final String origin;

  private AppraisalPolicyParser(String origin) {
    this.origin = origin;
  }

  static AppraisalPolicy parse(Reader yaml, String origin) {
    Node root;
    try {
      root = YamlTree.read(yaml, origin);
    } catch (YamlException e) {
      throw new AppraisalConfigException(origin, e.line(), e.problem());
    }
    return new AppraisalPolicyParser(origin).parse(root);
  }

  private AppraisalPolicy parse(Node root) {
    Map<String, Node> top = mapping(root, null);
    checkKeys(top, TOP, "");
    AppraisalPolicy defaults = AppraisalPolicy.DEFAULT;

    Map<UnitLevel, Double> weights = new EnumMap<>(defaults.subjectiveWeights());
    Node weightNode = top.get("subjective_weight");
    if (weightNode != null) {
      Map<String, Node> map = mapping(weightNode, "subjective_weight");
      checkKeys(map, List.of("community", "street", "department"), "subjective_weight.");
      for (Map.Entry<String, Node> e : map.entrySet()) {
        UnitLevel level = AppraisedLevels.fromCode(e.getKey()).orElseThrow();
        double w = number(e.getValue(), "subjective_weight." + e.getKey());
        if (!(w >= 0.0 && w <= 1.0)) {
          throw new AppraisalConfigException(
              origin,
              e.getValue().line(),
              Messages.text("appraisal.policy.weight-range", e.getKey(), w));
        }
        PolicyRules.checkSubjectiveWeight(origin, e.getValue().line(), level, w);
        weights.put(level, w);
      }
    }

    GradeThresholds grades = defaults.gradeThresholds();
    Node gradeNode = top.get("grade_thresholds");
    if (gradeNode != null) {
      Map<String, Node> map = mapping(gradeNode, "grade_thresholds");
      checkKeys(map, List.of("excellent", "good", "pass"), "grade_thresholds.");
      double excellent = optionalNumber(map, "excellent", "grade_thresholds.", grades.excellent());
      double good = optionalNumber(map, "good", "grade_thresholds.", grades.good());
      double pass = optionalNumber(map, "pass", "grade_thresholds.", grades.pass());
      try {
        grades = new GradeThresholds(excellent, good, pass);
      } catch (IllegalArgumentException e) {
        throw new AppraisalConfigException(origin, gradeNode.line(), e.getMessage());
      }
    }

    int minCommunity = defaults.minimumSampleCommunity();
    int minStreet = defaults.minimumSampleStreet();
    Node sampleNode = top.get("minimum_sample");
    if (sampleNode != null) {
      Map<String, Node> map = mapping(sampleNode, "minimum_sample");
      checkKeys(map, List.of("community", "street"), "minimum_sample.");
      if (map.containsKey("community")) {
        minCommunity = positiveInt(map.get("community"), "minimum_sample.community");
      }
      if (map.containsKey("street")) {
        minStreet = positiveInt(map.get("street"), "minimum_sample.street");
      }
    }

    OptionalDouble quota = OptionalDouble.empty();
    Node quotaNode = top.get("excellent_quota");
    if (quotaNode != null && quotaNode.value() != null) {
      double share = number(quotaNode, "excellent_quota");
      if (!(share > 0.0 && share <= 1.0)) {
        throw new AppraisalConfigException(
            origin, quotaNode.line(), Messages.text("appraisal.policy.quota", share));
      }
      quota = OptionalDouble.of(share);
    }

    DepartmentRatingPolicy rating = departmentRating(top.get("department_rating"));
    double coverage = defaults.minimumObjectiveCoverage();
    Node coverageNode = top.get("minimum_objective_coverage");
    if (coverageNode != null) {
      coverage = number(coverageNode, "minimum_objective_coverage");
      if (!(coverage >= 0.0 && coverage <= 1.0)) {
        throw new AppraisalConfigException(
            origin, coverageNode.line(), Messages.text("appraisal.policy.coverage", coverage));
      }
    }
    return new AppraisalPolicy(weights, grades, minCommunity, minStreet, quota, rating, coverage);
  }

  private DepartmentRatingPolicy departmentRating(Node node) {
    DepartmentRatingPolicy defaults = DepartmentRatingPolicy.DEFAULT;
    if (node == null) {
      return defaults;
    }
    Map<String, Node> map = mapping(node, "department_rating");
    checkKeys(map, List.of("group_weights", "minimum_raters"), "department_rating.");
    Map<String, Double> weights = defaults.groupWeights();
    Node weightNode = map.get("group_weights");
    if (weightNode != null) {
      weights = new LinkedHashMap<>();
      for (Map.Entry<String, Node> e :
          mapping(weightNode, "department_rating.group_weights").entrySet()) {
        String key = "department_rating.group_weights." + e.getKey();
        double w = number(e.getValue(), key);
        if (w < 0.0) {
          throw new AppraisalConfigException(
              origin, e.getValue().line(), Messages.text("appraisal.policy.negative", key, w));
        }
        weights.put(e.getKey(), w);
      }
      if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0.0) {
        throw new AppraisalConfigException(
            origin,
            weightNode.line(),
            Messages.text("appraisal.policy.group-weights-zero", weights));
      }
    }
    int minimum = defaults.minimumRaters();
    if (map.containsKey("minimum_raters")) {
      minimum = positiveInt(map.get("minimum_raters"), "department_rating.minimum_raters");
    }
    return new DepartmentRatingPolicy(weights, minimum);
  }

  /** The node's mapping; {@code what} names the key, null for the document itself. */
  @SuppressWarnings("unchecked")
  private Map<String, Node> mapping(Node node, String what) {
    if (node.value() instanceof Map<?, ?> map) {
      return (Map<String, Node>) map;
    }
    throw new AppraisalConfigException(
        origin,
        node.line(),
        what == null
            ? Messages.text("appraisal.policy.document-not-mapping", node.value())
            : Messages.text("appraisal.policy.not-mapping", what, node.value()));
  }

  private void checkKeys(Map<String, Node> map, List<String> allowed, String prefix) {
    for (Map.Entry<String, Node> e : map.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw new AppraisalConfigException(
            origin,
            e.getValue().line(),
            Messages.text(
                "appraisal.policy.unknown-key",
                prefix + e.getKey(),
                String.join(", ", allowed.stream().map(k -> prefix + k).toList())));
      }
    }
  }

  private double optionalNumber(Map<String, Node> map, String key, String prefix, double dflt) {
    return map.containsKey(key) ? number(map.get(key), prefix + key) : dflt;
  }

  private double number(Node node, String key) {
    if (node.value() instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw new AppraisalConfigException(
        origin, node.line(), Messages.text("appraisal.policy.not-number", key, node.value()));
  }

  private int positiveInt(Node node, String key) {
    if (node.value() instanceof Integer || node.value() instanceof Long) {
      long v = ((Number) node.value()).longValue();
      if (v >= 1 && v <= Integer.MAX_VALUE) {
        return (int) v;
      }
    }
    throw new AppraisalConfigException(
        origin, node.line(), Messages.text("appraisal.policy.not-positive-int", key, node.value()));
  }
}
