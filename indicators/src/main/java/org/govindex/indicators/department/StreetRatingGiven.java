package org.govindex.indicators.department;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.indicators.registry.Registry;

/**
 * How each street rated the departments ({@link Results#STREET_RATING_GIVEN}): the other direction
 * of 双向考评, to sit beside the street's own appraisal (methodology §3-§4). One row per registered
 * street, in street-code order, over its raters' ratings that have a score:
 *
 * <ul>
 *   <li>{@code n_raters}: distinct raters ({@link RaterScore#raterId()}) of the street;
 *   <li>{@code mean_score_given}: mean of the rater scores of all its ratings (rater × department,
 *       added in ascending order; null when it rated nothing);
 *   <li>{@code n_departments_rated}: distinct departments its raters rated;
 *   <li>{@code n_ratings}: its ratings with a score.
 * </ul>
 */
final class StreetRatingGiven {

  private StreetRatingGiven() {}

  static Table compute(List<RaterScore> ratings, Registry registry, String period) {
    Map<String, Given> byStreet = new HashMap<>();
    for (RaterScore r : ratings) {
      if (r.raterStreetCode() != null && r.raterScore() != null) {
        byStreet.computeIfAbsent(r.raterStreetCode(), s -> new Given()).add(r);
      }
    }
    Table.Builder table = Table.builder(Results.STREET_RATING_GIVEN);
    for (Registry.Street street : registry.streets()) {
      Given given = byStreet.getOrDefault(street.code(), new Given());
      table
          .row()
          .set("period", period)
          .set("street_code", street.code())
          .set("street_name", street.name())
          .set("n_raters", (long) given.raters.size())
          .set("mean_score_given", OrderedMean.of(given.scores))
          .set("n_departments_rated", (long) given.departments.size())
          .set("n_ratings", (long) given.scores.size())
          .add();
    }
    return table.build();
  }

  /** The scored ratings of one street's raters. */
  private static final class Given {
    private final Set<String> raters = new HashSet<>();
    private final Set<String> departments = new HashSet<>();
    private final List<Double> scores = new ArrayList<>();

    void add(RaterScore r) {
      raters.add(r.raterId());
      departments.add(r.departmentCode());
      scores.add(r.raterScore());
    }
  }
}
