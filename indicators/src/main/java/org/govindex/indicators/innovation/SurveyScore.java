package org.govindex.indicators.innovation;

/**
 * The resident survey of one community in the period, as the subjective scoring gives it.
 *
 * @param score the community's subjective score S (methodology §1, 0-100), {@code null} when the
 *     community has no scored answer
 * @param validResponses the number of valid survey responses of the community (rows of {@code
 *     resident_responses})
 */
public record SurveyScore(Double score, long validResponses) {

  public SurveyScore {
    if (validResponses < 0) {
      throw new IllegalArgumentException("validResponses must be >= 0, got " + validResponses);
    }
  }
}
