package org.govindex.indicators.department;

import java.util.Objects;

/**
 * One accepted department rating (评议答卷): one rater scoring one department (methodology §4). The
 * Spark stage builds it from {@code department_ratings} and one aggregation of {@code
 * department_answers} per rating; everything else of the rating is computed here.
 *
 * @param ratingId {@code department_ratings.rating_id}
 * @param raterId the rater: the pseudonymised phone ({@code phone_hash}); a rating without phone is
 *     its own rater, {@code rating:<rating_id>}, since nothing ties it to another rating
 * @param raterGroup the rater group of {@code rater_type} (评议人类型, one of the four; ingestion
 *     refuses any other text)
 * @param raterStreetCode {@code rater_street_code} (评议人所在街道), null when absent: such a rating
 *     counts in every department score but in no street's matrix cell or given ratings
 * @param departmentCode {@code department_code} (被评议部门)
 * @param raterScore the rater's score of the department: the mean of the rating's scored answers
 *     (the non-null {@code department_answers.score}; 不了解 and skipped answers have none), added in
 *     ascending order from 0.0 and divided by their number; null when none of the rating's answers
 *     is scored
 * @param answerSignature the rating's answers as {@code item_code=answer} pairs, {@code answer}
 *     being {@code (skipped)} for a skipped answer and the empty text for a null answer, sorted
 *     (ascending string order) and joined by {@code |}; the empty text for a rating without
 *     answers. Two ratings of a rater with equal signatures gave the same answer to every item.
 */
public record RaterScore(
    String ratingId,
    String raterId,
    RaterGroup raterGroup,
    String raterStreetCode,
    String departmentCode,
    Double raterScore,
    String answerSignature) {

  public RaterScore {
    Objects.requireNonNull(ratingId, "rating_id");
    Objects.requireNonNull(raterId, () -> "rating " + ratingId + ": rater_id is null");
    Objects.requireNonNull(raterGroup, () -> "rating " + ratingId + ": rater_group is null");
    Objects.requireNonNull(
        departmentCode, () -> "rating " + ratingId + ": department_code is null");
    Objects.requireNonNull(
        answerSignature, () -> "rating " + ratingId + ": answer_signature is null");
    if (raterScore != null && !Double.isFinite(raterScore)) {
      throw new IllegalArgumentException(
          "rating " + ratingId + ": rater_score must be finite, got " + raterScore);
    }
  }
}
