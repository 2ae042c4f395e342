package org.govindex.jobs.compute.appraisal;

/** Flag codes of the {@code flags} column of the appraisal table (a {@code ;}-separated list). */
public final class AppraisalFlags {

  /** The unit has no valid survey response; its subjective score is null. */
  public static final String NO_SURVEY = "no_survey";

  /** Fewer valid responses than the minimum sample; no rank, grade 样本不足. */
  public static final String INSUFFICIENT_SAMPLE = "insufficient_sample";

  /** Valid responses exist but none has a scored answer to an item of the unit's score. */
  public static final String NO_SUBJECTIVE_SCORE = "no_subjective_score";

  /** A street community without a positive 常住人口 was left out of the street's weighted mean. */
  public static final String MISSING_POPULATION = "missing_population";

  /**
   * Rank and grade are by the subjective score S, because the objective score O, hence the total T,
   * is not yet computed.
   */
  public static final String RANKED_BY_SUBJECTIVE = "ranked_by_subjective";

  /** Separator of flag codes. */
  public static final String SEPARATOR = ";";

  private AppraisalFlags() {}
}
