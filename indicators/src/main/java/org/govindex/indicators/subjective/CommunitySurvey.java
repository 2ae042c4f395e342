package org.govindex.indicators.subjective;

/**
 * What the survey rows of one community reduce to (computed where the rows are, in one pass): its
 * valid responses, the tally of its community-item answers for 满意率, and its subjective score S with
 * the bootstrap replicates of S ({@link RespondentBootstrap}).
 *
 * @param communityCode the community
 * @param nValid valid responses of the community
 * @param scoredAnswers scored answers to community items, over its valid responses
 * @param satisfiedAnswers those of them with a score at least that of 基本满意
 * @param score S, or null when no valid response has a scored community-item answer
 * @param replicates the B bootstrap replicates of S in draw order, NaN where a resample has no
 *     scored answer
 */
public record CommunitySurvey(
    String communityCode,
    long nValid,
    long scoredAnswers,
    long satisfiedAnswers,
    Double score,
    double[] replicates)
    implements java.io.Serializable {

  public CommunitySurvey {
    replicates = replicates.clone();
  }

  @Override
  public double[] replicates() {
    return replicates.clone();
  }
}
