package org.govindex.indicators.innovation;

import java.util.Arrays;
import java.util.Objects;
import org.govindex.contract.Messages;

/**
 * The resident survey of one community in the period, as the subjective scoring gives it.
 *
 * @param score the community's subjective score S (methodology §1, 0-100), {@code null} when the
 *     community has no scored answer
 * @param validResponses the number of valid survey responses of the community (rows of {@code
 *     resident_responses})
 * @param replicates the B respondent-bootstrap replicates of S in draw order (NaN where a resample
 *     has no scored answer), {@code null} when S is {@code null}; the Monte Carlo of the index
 *     draws one per replication ({@link RankMonteCarlo})
 */
public record SurveyScore(Double score, long validResponses, double[] replicates) {

  public SurveyScore {
    if (validResponses < 0) {
      throw new IllegalArgumentException(
          Messages.text("innovation.validResponsesNegative", validResponses));
    }
    replicates = replicates == null ? null : replicates.clone();
  }

  @Override
  public double[] replicates() {
    return replicates == null ? null : replicates.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SurveyScore s
        && Objects.equals(score, s.score)
        && validResponses == s.validResponses
        && Arrays.equals(replicates, s.replicates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, validResponses, Arrays.hashCode(replicates));
  }
}
