package org.govindex.indicators.department;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.govindex.contract.Flag;

/**
 * Group scores and department satisfaction (methodology §4).
 *
 * <ol>
 *   <li>Group score {@code G_g} of a department = mean of the scores of the group's raters of that
 *       department; {@code n_g} = number of those raters with a score.
 *   <li>A group is present for the department when {@code n_g ≥ minimumRaters}; otherwise its score
 *       is null and, if the group rated the department at all, it is flagged {@code
 *       group_dropped:<评议人类型>}.
 *   <li>Satisfaction {@code S = Σ w_g·G_g / Σ w_g} over present groups (the configured weights
 *       renormalised over them), summed in the fixed group order 居民代表, 街道, 社区居委会, 驻区单位; null when
 *       no present group has a positive weight.
 * </ol>
 *
 * Group means add in ascending order ({@link OrderedMean}); the weighted sums start from 0.0 and
 * add one term per group in the fixed order (0 for a group that is not present).
 */
final class GroupWeighting {

  private GroupWeighting() {}

  /**
   * One group of one department.
   *
   * @param group the rater group
   * @param score G_g when the group is present, else null
   * @param raters n_g, the group's raters of the department with a score
   * @param dropped whether the group rated the department but is not present
   */
  record GroupScore(RaterGroup group, Double score, long raters, boolean dropped) {}

  /**
   * The satisfaction of one rated department.
   *
   * @param groups one entry per rater group, in the fixed order
   * @param satisfaction S, null when no present group has a positive weight
   * @param raters Σ n_g: the department's raters with a score
   */
  record Satisfaction(List<GroupScore> groups, Double satisfaction, long raters) {

    /** The group's entry. */
    GroupScore group(RaterGroup group) {
      return groups.get(group.ordinal());
    }

    /** {@code group_dropped:<评议人类型>} per dropped group, in the fixed order. */
    List<String> droppedFlags() {
      List<String> flags = new ArrayList<>();
      for (GroupScore g : groups) {
        if (g.dropped()) {
          flags.add(Flag.GROUP_DROPPED.with(g.group().label()));
        }
      }
      return flags;
    }
  }

  /**
   * The satisfaction of every rated department.
   *
   * @param raters one entry per rating
   * @param score the rater score used (raw or standardised), null when the rating has none
   * @param weights w_g per group (a missing group weighs 0)
   * @param minimumRaters fewest raters with a score for a group to be present
   * @return department code → satisfaction, for the departments with at least one rating
   */
  static Map<String, Satisfaction> satisfaction(
      List<RaterEffects> raters,
      Function<RaterEffects, Double> score,
      Map<RaterGroup, Double> weights,
      int minimumRaters) {
    Map<String, Map<RaterGroup, Ratings>> byDepartment = new LinkedHashMap<>();
    for (RaterEffects r : raters) {
      byDepartment
          .computeIfAbsent(r.rating().departmentCode(), d -> new EnumMap<>(RaterGroup.class))
          .computeIfAbsent(r.rating().raterGroup(), g -> new Ratings())
          .add(score.apply(r));
    }
    Map<String, Satisfaction> out = new LinkedHashMap<>();
    byDepartment.forEach(
        (department, groups) -> out.put(department, weigh(groups, weights, minimumRaters)));
    return out;
  }

  private static Satisfaction weigh(
      Map<RaterGroup, Ratings> groups, Map<RaterGroup, Double> weights, int minimumRaters) {
    double numerator = 0.0;
    double denominator = 0.0;
    long raterCount = 0;
    List<GroupScore> scores = new ArrayList<>();
    for (RaterGroup group : RaterGroup.values()) {
      Ratings ratings = groups.getOrDefault(group, new Ratings());
      long n = ratings.scores.size();
      boolean present = n >= minimumRaters;
      double w = weights.getOrDefault(group, 0.0);
      Double g = present ? OrderedMean.of(ratings.scores) : null;
      numerator = numerator + (present ? g * w : 0.0);
      denominator = denominator + (present ? w : 0.0);
      raterCount += n;
      scores.add(new GroupScore(group, g, n, !present && ratings.rated > 0));
    }
    return new Satisfaction(
        List.copyOf(scores), denominator > 0.0 ? numerator / denominator : null, raterCount);
  }

  /** The ratings of one group of one department: the scores there are, and how many in all. */
  private static final class Ratings {
    private final List<Double> scores = new ArrayList<>();
    private long rated;

    void add(Double score) {
      rated++;
      if (score != null) {
        scores.add(score);
      }
    }
  }
}
