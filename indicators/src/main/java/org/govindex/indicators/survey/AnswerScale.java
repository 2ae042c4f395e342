package org.govindex.indicators.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores of the answer options of a satisfaction item.
 *
 * <p>Default: the linear rescale (x−1)/(k−1)×100 of the 5-level scale, as ACSI-style indices do:
 * 非常满意 100, 满意 75, 基本满意 50, 不满意 25, 非常不满意 0. {@code 不了解} is a valid answer that is not scored
 * (counted as "don't know"); {@code (跳过)} and the empty string mean skipped.
 */
public final class AnswerScale implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The outcome of reading one answer text. */
  public enum Kind {
    SCORED,
    DONT_KNOW,
    SKIPPED,
    INVALID
  }

  /** An answer read against the scale; {@code score} is present only for {@link Kind#SCORED}. */
  public record Answer(Kind kind, Double score) {}

  private static final Set<String> SKIPPED = Set.of("", "(跳过)", "（跳过）");
  private final Map<String, Double> scores;
  private final Set<String> dontKnow;

  public AnswerScale(Map<String, Double> scores, Set<String> dontKnow) {
    this.scores = Map.copyOf(Objects.requireNonNull(scores, "scores"));
    this.dontKnow = Set.copyOf(Objects.requireNonNull(dontKnow, "dontKnow"));
  }

  /** The default five-level scale of methodology §1. */
  public static AnswerScale defaultScale() {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("非常满意", 100.0);
    scores.put("满意", 75.0);
    scores.put("基本满意", 50.0);
    scores.put("不满意", 25.0);
    scores.put("非常不满意", 0.0);
    return new AnswerScale(scores, Set.of("不了解"));
  }

  /** Reads one answer cell (surrounding white space ignored). */
  public Answer read(String text) {
    String value = text == null ? "" : text.strip();
    if (SKIPPED.contains(value)) {
      return new Answer(Kind.SKIPPED, null);
    }
    if (dontKnow.contains(value)) {
      return new Answer(Kind.DONT_KNOW, null);
    }
    Double score = scores.get(value);
    return score == null ? new Answer(Kind.INVALID, null) : new Answer(Kind.SCORED, score);
  }

  /** Score of an option text, if it is a scored option. */
  public Optional<Double> score(String option) {
    return Optional.ofNullable(scores.get(option));
  }

  /** Scored options, best first. */
  public Map<String, Double> scores() {
    return scores;
  }

  /** Options that count as satisfied for the 满意率 (score at least that of 基本满意). */
  public boolean isSatisfied(double score) {
    return score >= scores.getOrDefault("基本满意", 50.0);
  }
}
