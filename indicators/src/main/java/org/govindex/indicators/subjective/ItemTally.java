package org.govindex.indicators.subjective;

/**
 * The answers of one community's valid responses to one questionnaire item (community or street
 * item), reduced where the rows are.
 *
 * @param communityCode the respondents' community
 * @param itemCode the questionnaire item
 * @param scoreSum sum of the scored answers
 * @param nScored number of scored answers
 * @param nDontKnow number of 不了解 answers
 */
public record ItemTally(
    String communityCode, String itemCode, double scoreSum, long nScored, long nDontKnow)
    implements java.io.Serializable {}
