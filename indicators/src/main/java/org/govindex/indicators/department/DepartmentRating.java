package org.govindex.indicators.department;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.govindex.indicators.registry.Registry;

/**
 * Entry point of the dual-direction department rating (双向考评, methodology §4); see
 * docs/department-rating.md for the method in plain words.
 *
 * <ol>
 *   <li>Rater effects (standardised score, straight-liners) of the given rater scores: {@link
 *       RaterStandardisation}.
 *   <li>Group scores, minimum raters and satisfaction with renormalised weights: {@link
 *       GroupWeighting}, three times: raw scores with the configured weights, standardised scores
 *       with the configured weights, raw scores with equal weights.
 *   <li>Totals, ranks and grades: {@link DepartmentTotals}.
 *   <li>The street × department matrix ({@link DepartmentStreetMatrix}), the rater-effect counts
 *       ({@link RaterFlagCounts}) and how each street rated ({@link StreetRatingGiven}).
 * </ol>
 *
 * Every rating counts in the rater effects (a rater's mean and spread, the pooled M and D) and in
 * the scores of its department; the tables show registered departments and streets only.
 */
public final class DepartmentRating {

  private DepartmentRating() {}

  /**
   * Computes the four department tables.
   *
   * @param ratings one entry per accepted rating (ingestion kept only the latest rating of a rater
   *     for a department); any order, the results do not depend on it
   * @param registry the departments (codes, names) and streets (codes, names)
   * @param objective department code → its objective part (the level {@code department} rows of the
   *     objective scores); a department without entry has no objective score
   * @param settings period, group weights, minimum raters, w_d
   * @throws IllegalArgumentException when a rating_id is given twice or an objective score is not
   *     finite
   */
  public static DepartmentTables compute(
      List<RaterScore> ratings,
      Registry registry,
      Map<String, DepartmentObjective> objective,
      DepartmentRatingSettings settings) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(settings, "settings");
    requireUniqueIds(ratings);
    objective.forEach(
        (code, o) -> {
          if (o.objectiveScore() != null && !Double.isFinite(o.objectiveScore())) {
            throw new IllegalArgumentException(
                "objective score of department "
                    + code
                    + " must be finite, got "
                    + o.objectiveScore());
          }
        });
    List<RaterEffects> raters = RaterStandardisation.apply(ratings);

    Map<String, GroupWeighting.Satisfaction> raw =
        GroupWeighting.satisfaction(
            raters,
            r -> r.rating().raterScore(),
            settings.groupWeights(),
            settings.minimumRaters());
    Map<String, GroupWeighting.Satisfaction> standardised =
        GroupWeighting.satisfaction(
            raters,
            RaterEffects::standardisedScore,
            settings.groupWeights(),
            settings.minimumRaters());
    Map<String, GroupWeighting.Satisfaction> equal =
        GroupWeighting.satisfaction(
            raters,
            r -> r.rating().raterScore(),
            DepartmentRatingSettings.equalWeights(),
            settings.minimumRaters());
    Map<String, Long> straightliners = new HashMap<>();
    for (RaterEffects r : raters) {
      if (r.straightliner()) {
        straightliners.merge(r.rating().departmentCode(), 1L, Long::sum);
      }
    }

    String period = settings.period();
    return new DepartmentTables(
        DepartmentTotals.compute(
            registry, raw, standardised, equal, straightliners, objective, settings),
        DepartmentStreetMatrix.compute(ratings, registry, period),
        RaterFlagCounts.compute(raters, registry, period),
        StreetRatingGiven.compute(ratings, registry, period));
  }

  private static void requireUniqueIds(List<RaterScore> ratings) {
    Set<String> seen = new HashSet<>();
    for (RaterScore r : ratings) {
      if (!seen.add(r.ratingId())) {
        throw new IllegalArgumentException(
            "department rating " + r.ratingId() + " is given twice: one entry per rating");
      }
    }
  }
}
