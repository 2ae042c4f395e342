package org.govindex.indicators.department;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rater effects: the rater-standardised score and the straight-liner mark of each rating
 * (methodology §4, docs/department-rating.md §5).
 *
 * <p>Standardisation. For a rater who scored k ≥ 2 departments with scores x_1..x_k (mean m,
 * population standard deviation s = √(Σ(x_i − m)²/k)), the rating of department i gets z_i = (x_i −
 * m)/s: how much better or worse than the rater's own average the department was rated, in units of
 * the rater's own spread. A rater whose scores do not vary (s < {@link #ZERO_SPREAD}) rated every
 * department alike: z_i = 0. A rater who scored one department only has no comparison: no
 * standardised score (null), so the rating is left out of the standardised group scores.
 *
 * <p>Rescale to 0-100: x*_i = clamp(M + D·z_i, 0, 100), where M and D are the mean and population
 * standard deviation of all raw rater scores of raters with k ≥ 2 (pooled over the city). The
 * standardised scores then have the location and spread of the raw ones, so that they weigh the
 * same against the objective score in a total, and only the rater's leniency or severity is
 * removed.
 *
 * <p>Straight-liner: a rater who rated at least two departments and gave every one of them exactly
 * the same answers (item by item, 不了解 and skipped included): at least two ratings, one {@link
 * RaterScore#answerSignature()}.
 *
 * <p>A rater is a {@link RaterScore#raterId()}, over all its ratings (every department, whatever
 * group the ratings name). Means and variances add in ascending order ({@link OrderedMean}).
 */
final class RaterStandardisation {

  /** Standard deviations below this are zero (scores are means of multiples of 25). */
  static final double ZERO_SPREAD = 1e-9;

  private RaterStandardisation() {}

  /** The ratings with their rater effects, in the given order. */
  static List<RaterEffects> apply(List<RaterScore> ratings) {
    Map<String, List<RaterScore>> byRater = new LinkedHashMap<>();
    for (RaterScore r : ratings) {
      byRater.computeIfAbsent(r.raterId(), id -> new ArrayList<>()).add(r);
    }
    Map<String, Rater> raters = new LinkedHashMap<>();
    List<Double> pool = new ArrayList<>();
    byRater.forEach(
        (id, own) -> {
          Rater rater = Rater.of(own);
          raters.put(id, rater);
          if (rater.comparable()) {
            pool.addAll(rater.scores());
          }
        });
    double poolMean = pool.isEmpty() ? Double.NaN : OrderedMean.of(pool);
    double poolSd = Math.sqrt(OrderedMean.variance(pool, poolMean));

    List<RaterEffects> out = new ArrayList<>(ratings.size());
    for (RaterScore r : ratings) {
      Rater rater = raters.get(r.raterId());
      Double z = rater.z(r.raterScore());
      Double standardised =
          z == null ? null : Math.max(0.0, Math.min(100.0, poolMean + poolSd * z));
      out.add(
          new RaterEffects(
              r, rater.scores().size(), rater.zeroVariance(), rater.straightliner(), standardised));
    }
    return out;
  }

  /**
   * One rater.
   *
   * @param scores the scores of the rater's ratings that have one (k = their number)
   * @param mean m, NaN when k = 0
   * @param sd s, NaN when k = 0
   * @param straightliner at least two ratings, all with the same answer signature
   */
  private record Rater(List<Double> scores, double mean, double sd, boolean straightliner) {

    static Rater of(List<RaterScore> own) {
      List<Double> scores = new ArrayList<>();
      Set<String> signatures = new HashSet<>();
      for (RaterScore r : own) {
        if (r.raterScore() != null) {
          scores.add(r.raterScore());
        }
        signatures.add(r.answerSignature());
      }
      double mean = scores.isEmpty() ? Double.NaN : OrderedMean.of(scores);
      double sd = Math.sqrt(OrderedMean.variance(scores, mean));
      return new Rater(scores, mean, sd, own.size() >= 2 && signatures.size() == 1);
    }

    /** k ≥ 2: the rater's ratings can be compared. */
    boolean comparable() {
      return scores.size() >= 2;
    }

    /** k ≥ 2 and s < {@link #ZERO_SPREAD}. */
    boolean zeroVariance() {
      return comparable() && sd < ZERO_SPREAD;
    }

    /** z of one of the rater's scores: null without score or comparison, 0 at zero variance. */
    Double z(Double score) {
      if (score == null || !comparable()) {
        return null;
      }
      return zeroVariance() ? 0.0 : (score - mean) / sd;
    }
  }
}
