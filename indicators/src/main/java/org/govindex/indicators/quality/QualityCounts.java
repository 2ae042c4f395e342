package org.govindex.indicators.quality;

/**
 * What the survey rows of one unit reduce to for the quality signals ({@link SurveyQuality}).
 *
 * @param unitCode the community or street
 * @param nResponses responses given to the unit: valid, or rejected as speeder, duplicate,
 *     no_scored_answer or bad_value
 * @param nValid of them, valid
 * @param nSpeeders rejected as speeder
 * @param nDuplicatePhones rejected as duplicate
 * @param nStraightliners valid responses with at least the minimum number of scored answers, all
 *     with the same score
 * @param bursts the IP bursts among the unit's responses ({@link IpBursts})
 * @param dontKnowAnswers 不了解 answers of the valid responses
 * @param answeredAnswers non-skipped answers of the valid responses (scored or 不了解)
 */
public record QualityCounts(
    String unitCode,
    long nResponses,
    long nValid,
    long nSpeeders,
    long nDuplicatePhones,
    long nStraightliners,
    IpBursts.Result bursts,
    long dontKnowAnswers,
    long answeredAnswers)
    implements java.io.Serializable {}
