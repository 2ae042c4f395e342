package org.govindex.indicators.subjective;

import java.util.ArrayList;
import java.util.List;

/**
 * Street subjective score and its bootstrap replicates (methodology §1).
 *
 * <p>S_street = Σ_c P_c·S_c / Σ_c P_c over the street's communities c with a defined S_c, P_c the
 * community's 常住人口. A community whose population is not positive cannot be weighted: it is left out
 * and the street is flagged {@code missing_population}.
 *
 * <p>Replicates: stratified bootstrap. Replicate b of the street is Σ_c P_c·S*_{c,b} / Σ_c P_c over
 * the same communities, S*_{c,b} the community's own replicate b (communities are resampled
 * independently, each within itself, with its own seed); communities whose replicate b is undefined
 * are left out of that replicate. Communities are combined in code order.
 */
final class StreetScores {

  /** A community of the street with a defined S. */
  record Member(String code, int population, double score, double[] replicates) {}

  /**
   * The street's score.
   *
   * @param score S_street, NaN when no member can be weighted
   * @param missingPopulation some member with a defined S has no positive population
   * @param replicates the street's replicates, null when S_street is NaN
   */
  record Street(double score, boolean missingPopulation, double[] replicates) {}

  private StreetScores() {}

  /** The street of its members, given in community-code order. */
  static Street combine(List<Member> members) {
    boolean missingPopulation = false;
    double weighted = 0.0;
    double weightSum = 0.0;
    List<Member> weightable = new ArrayList<>();
    for (Member member : members) {
      if (member.population() <= 0) {
        missingPopulation = true;
        continue;
      }
      weightable.add(member);
      weighted += member.population() * member.score();
      weightSum += member.population();
    }
    if (weightable.isEmpty()) {
      return new Street(Double.NaN, missingPopulation, null);
    }
    return new Street(weighted / weightSum, missingPopulation, replicates(weightable));
  }

  private static double[] replicates(List<Member> members) {
    int resamples = members.get(0).replicates().length;
    double[] out = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      double weighted = 0.0;
      double weightSum = 0.0;
      for (Member member : members) {
        double replicate = member.replicates()[b];
        if (!Double.isNaN(replicate)) {
          weighted += member.population() * replicate;
          weightSum += member.population();
        }
      }
      out[b] = weightSum > 0 ? weighted / weightSum : Double.NaN;
    }
    return out;
  }
}
