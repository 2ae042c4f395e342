package org.govindex.indicators.innovation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Grade;
import org.govindex.contract.Messages;
import org.govindex.indicators.yaml.YamlException;
import org.govindex.indicators.yaml.YamlTree;

/**
 * Settings of 以奖代补 (methodology §6), the YAML file {@value #RESOURCE}.
 *
 * <p>Project score {@code P = a·居民满意度得分 + b·社会效果评价得分} with a + b = 1 (default 0.5 / 0.5); the grade
 * follows the appraisal thresholds; a project is eligible when its grade is one of {@code
 * eligibleGrades} (default 优秀, 良好) and then receives {@code amounts.get(grade)} 元.
 *
 * @param residentSatisfactionWeight a
 * @param socialEffectWeight b
 * @param eligibleGrades grade labels that are eligible, in grade order (优秀 first)
 * @param amounts award in 元 per grade label, in grade order
 */
public record AwardSettings(
    double residentSatisfactionWeight,
    double socialEffectWeight,
    Set<String> eligibleGrades,
    Map<String, Double> amounts) {

  public static final String RESOURCE = "govindex/config/innovation-awards.yaml";

  /** The grades given by score, best first: 优秀, 良好, 合格, 不合格. */
  private static final List<String> GRADES = Grade.byScore().stream().map(Grade::label).toList();

  private static final List<String> TOP =
      List.of("score_weights", "eligible_grades", "award_amounts");
  private static final List<String> WEIGHT_KEYS = List.of("resident_satisfaction", "social_effect");

  /** Methodology defaults: 0.5 / 0.5, 优秀 and 良好 eligible, 100000 and 50000 元. */
  public static final AwardSettings DEFAULT =
      new AwardSettings(0.5, 0.5, Set.of("优秀", "良好"), Map.of("优秀", 100000.0, "良好", 50000.0));

  public AwardSettings {
    if (!(residentSatisfactionWeight >= 0) || !(socialEffectWeight >= 0)) {
      throw new InnovationConfigException(
          Messages.text(
              "innovation.awards.weightsNegative", residentSatisfactionWeight, socialEffectWeight));
    }
    if (Math.abs(residentSatisfactionWeight + socialEffectWeight - 1.0) > 1e-12) {
      throw new InnovationConfigException(
          Messages.text(
              "innovation.awards.weightsSum", (residentSatisfactionWeight + socialEffectWeight)));
    }
    for (String g : eligibleGrades) {
      if (!GRADES.contains(g)) {
        throw new InnovationConfigException(
            Messages.text("innovation.awards.eligibleUnknownGrade", g, GRADES));
      }
      Double amount = amounts.get(g);
      if (amount == null) {
        throw new InnovationConfigException(Messages.text("innovation.awards.noAmount", g));
      }
    }
    amounts.forEach(
        (g, a) -> {
          if (!GRADES.contains(g)) {
            throw new InnovationConfigException(
                Messages.text("innovation.awards.amountUnknownGrade", g, GRADES));
          }
          if (!(a >= 0) || Double.isInfinite(a)) {
            throw new InnovationConfigException(
                Messages.text("innovation.awards.amountNegative", g, a));
          }
        });
    Set<String> eligible = new LinkedHashSet<>();
    Map<String, Double> amount = new LinkedHashMap<>();
    for (String g : GRADES) {
      if (eligibleGrades.contains(g)) {
        eligible.add(g);
      }
      if (amounts.containsKey(g)) {
        amount.put(g, amounts.get(g));
      }
    }
    eligibleGrades = Collections.unmodifiableSet(eligible);
    amounts = Collections.unmodifiableMap(amount);
  }

  /** Project score {@code a·residentSatisfaction + b·socialEffect}; NaN when either is missing. */
  public double projectScore(double residentSatisfaction, double socialEffect) {
    return residentSatisfactionWeight * residentSatisfaction + socialEffectWeight * socialEffect;
  }

  /** Whether a grade is eligible. */
  public boolean eligible(Grade grade) {
    return eligibleGrades.contains(grade.label());
  }

  /** Award in 元 for a grade: its amount when eligible, else 0. */
  public double amount(Grade grade) {
    return eligible(grade) ? amounts.get(grade.label()) : 0.0;
  }

  /** The bundled settings ({@value #RESOURCE}). */
  public static AwardSettings bundled() {
    InputStream in = AwardSettings.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new InnovationConfigException(
          Messages.text("innovation.awards.missingResource", RESOURCE));
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotReadPlain", RESOURCE), e);
    }
  }

  /** Parses the YAML; missing keys keep the defaults, unknown keys are refused. */
  public static AwardSettings parse(Reader yaml, String origin) {
    JsonNode root;
    try {
      root = YamlTree.readJson(yaml, origin);
    } catch (YamlException e) {
      throw new InnovationConfigException(e.getMessage(), e);
    }
    if (root == null || root.isNull() || root.isMissingNode() || root.isEmpty()) {
      return DEFAULT;
    }
    if (!root.isObject()) {
      throw new InnovationConfigException(Messages.text("innovation.awards.notMapping", origin));
    }
    checkKeys(root, TOP, origin, "");
    double a = DEFAULT.residentSatisfactionWeight();
    double b = DEFAULT.socialEffectWeight();
    JsonNode weights = root.get("score_weights");
    if (weights != null) {
      checkKeys(weights, WEIGHT_KEYS, origin, "score_weights.");
      a = number(weights, "resident_satisfaction", a, origin, "score_weights.");
      b = number(weights, "social_effect", b, origin, "score_weights.");
    }
    Set<String> eligible = new LinkedHashSet<>(DEFAULT.eligibleGrades());
    JsonNode grades = root.get("eligible_grades");
    if (grades != null) {
      if (!grades.isArray()) {
        throw new InnovationConfigException(
            Messages.text("innovation.awards.eligibleNotList", origin));
      }
      eligible = new LinkedHashSet<>();
      for (JsonNode g : grades) {
        eligible.add(g.asText());
      }
    }
    Map<String, Double> amounts = new LinkedHashMap<>(DEFAULT.amounts());
    JsonNode am = root.get("award_amounts");
    if (am != null) {
      if (!am.isObject()) {
        throw new InnovationConfigException(
            Messages.text("innovation.awards.amountsNotMapping", origin));
      }
      amounts = new LinkedHashMap<>();
      for (Iterator<String> it = am.fieldNames(); it.hasNext(); ) {
        String g = it.next();
        amounts.put(g, number(am, g, Double.NaN, origin, "award_amounts."));
      }
    }
    try {
      return new AwardSettings(a, b, eligible, amounts);
    } catch (InnovationConfigException e) {
      throw new InnovationConfigException(
          Messages.text("innovation.awards.where", origin, e.getMessage()), e);
    }
  }

  private static void checkKeys(JsonNode node, List<String> known, String origin, String prefix) {
    if (!node.isObject()) {
      throw new InnovationConfigException(
          Messages.text("innovation.awards.sectionNotMapping", origin, prefix));
    }
    List<String> unknown = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            k -> {
              if (!known.contains(k)) {
                unknown.add(prefix + k);
              }
            });
    if (!unknown.isEmpty()) {
      throw new InnovationConfigException(
          Messages.text(
              "innovation.awards.unknownSetting", origin, String.join(", ", unknown), known));
    }
  }

  private static double number(
      JsonNode node, String key, double fallback, String origin, String prefix) {
    JsonNode v = node.get(key);
    if (v == null) {
      return fallback;
    }
    if (!v.isNumber()) {
      throw new InnovationConfigException(
          Messages.text("innovation.awards.notNumber", origin, prefix, key, v.asText()));
    }
    return v.asDouble();
  }
}
