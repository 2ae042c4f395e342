package org.govindex.jobs.ingest.survey;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.jobs.ingest.validation.Cells;

/**
 * A serializable copy of an {@link AnswerScale} for Spark tasks: the outcome of every answer text
 * the scale knows. Built by asking the scale about its scored options and the usual don't-know and
 * skip texts; any other text is an invalid answer.
 */
public final class OptionTable implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> PROBES =
      List.of("不了解", "不清楚", "说不清", "不知道", "(跳过)", "（跳过）", "");

  private final Map<String, AnswerScale.Kind> kinds = new HashMap<>();
  private final Map<String, Double> scores = new HashMap<>();

  public OptionTable(AnswerScale scale) {
    scale.scores().keySet().forEach(option -> learn(scale, option));
    PROBES.forEach(probe -> learn(scale, probe));
  }

  private void learn(AnswerScale scale, String text) {
    AnswerScale.Answer answer = scale.read(text);
    if (answer.kind() != AnswerScale.Kind.INVALID) {
      kinds.put(text, answer.kind());
      if (answer.score() != null) {
        scores.put(text, answer.score());
      }
    }
  }

  /** Outcome of an answer cell (surrounding white space ignored; null is skipped). */
  public AnswerScale.Kind kind(String text) {
    String value = Cells.trim(text);
    return kinds.getOrDefault(value, AnswerScale.Kind.INVALID);
  }

  /** Score of a scored answer, else null. */
  public Double score(String text) {
    return scores.get(Cells.trim(text));
  }
}
