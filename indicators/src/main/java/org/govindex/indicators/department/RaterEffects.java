package org.govindex.indicators.department;

/**
 * A rating with the rater effects of {@link RaterStandardisation}.
 *
 * @param rating the rating
 * @param raterDepartments k: the rater's ratings with a score (one per department rated)
 * @param zeroVariance whether the rater has k ≥ 2 and gave every department the same score
 * @param straightliner whether the rater has at least two ratings, all with the same answers
 * @param standardisedScore x*: the rater-standardised score on 0-100, null when k < 2 or the rating
 *     has no score
 */
record RaterEffects(
    RaterScore rating,
    int raterDepartments,
    boolean zeroVariance,
    boolean straightliner,
    Double standardisedScore) {}
