package org.govindex.indicators.subjective;

import java.util.List;
import org.govindex.contract.UnitLevel;

/**
 * The subjective part of a unit's appraisal (methodology §1): S with its 95% bootstrap interval,
 * the sample and 满意率, and the flags of the subjective part.
 *
 * @param level community or street
 * @param score S, null when not defined
 * @param ciLow 2.5th percentile of the replicates of S (null when S is null)
 * @param ciHigh 97.5th percentile
 * @param nValid valid responses (a street: of its communities)
 * @param satisfactionRate 满意率 in [0, 1], null without a scored community-item answer
 * @param insufficient fewer valid responses than the level's minimum sample
 * @param flags {@code no_survey}, {@code insufficient_sample}, {@code no_subjective_score}, {@code
 *     missing_population}, in this order
 * @param replicates the B bootstrap replicates of S (null when S is null)
 */
public record UnitSubjective(
    UnitLevel level,
    String unitCode,
    String unitName,
    Double score,
    Double ciLow,
    Double ciHigh,
    long nValid,
    Double satisfactionRate,
    boolean insufficient,
    List<String> flags,
    double[] replicates) {

  public UnitSubjective {
    flags = List.copyOf(flags);
    replicates = replicates == null ? null : replicates.clone();
  }

  @Override
  public double[] replicates() {
    return replicates == null ? null : replicates.clone();
  }
}
