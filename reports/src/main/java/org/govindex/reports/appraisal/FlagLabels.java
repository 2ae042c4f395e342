package org.govindex.reports.appraisal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Chinese labels of the flag codes of the appraisal table, for display. */
public final class FlagLabels {

  /** Flag meaning rank and grade were given by S because O is not yet computed; noted once. */
  public static final String RANKED_BY_SUBJECTIVE = "ranked_by_subjective";

  private static final Map<String, String> LABELS =
      Map.of(
          "insufficient_sample", "样本不足",
          "no_survey", "无有效问卷",
          "no_subjective_score", "无主观得分",
          "missing_population", "缺常住人口",
          "incomplete", "数据不完整");

  private FlagLabels() {}

  /** The label of a flag code; unknown codes are shown as they are. */
  public static String label(String code) {
    return LABELS.getOrDefault(code, code);
  }

  /**
   * The labels of a unit's flags joined by {@code 、}, without {@link #RANKED_BY_SUBJECTIVE} (the
   * report states it once in a note).
   */
  public static String labels(List<String> codes) {
    return codes.stream()
        .filter(code -> !Objects.equals(code, RANKED_BY_SUBJECTIVE))
        .map(FlagLabels::label)
        .distinct()
        .collect(Collectors.joining("、"));
  }
}
