package org.govindex.indicators.subjective;

import java.util.regex.Pattern;
import org.govindex.contract.Messages;

/**
 * Settings of the subjective (resident satisfaction) scores, methodology §1 and §3.
 *
 * @param period the appraisal period, a calendar year such as {@code 2026}
 * @param minSampleCommunity minimum number of valid responses of a ranked community (default 30)
 * @param minSampleStreet minimum number of valid responses of a ranked street, summed over its
 *     communities (default 100)
 * @param bootstrapResamples number of bootstrap resamples of the 95% interval (default 1,000)
 * @param bootstrapSeed base seed; each unit's generator is seeded from it and the unit code
 * @param communityWeight weight w of S in a community's total T = w·S + (1 − w)·O (default 0.7,
 *     policy floor 0.7)
 * @param streetWeight weight w of S in a street's total (default 0.5, policy floor 0.5)
 */
public record SubjectiveSettings(
    String period,
    int minSampleCommunity,
    int minSampleStreet,
    int bootstrapResamples,
    long bootstrapSeed,
    double communityWeight,
    double streetWeight) {

  /** Policy floor of the subjective weight of communities (methodology §3). */
  public static final double COMMUNITY_WEIGHT_FLOOR = 0.7;

  /** Policy floor of the subjective weight of streets (methodology §3). */
  public static final double STREET_WEIGHT_FLOOR = 0.5;

  /** Default base seed of the bootstrap. */
  public static final long DEFAULT_SEED = 20260101L;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public SubjectiveSettings {
    if (period == null || !YEAR.matcher(period).matches()) {
      throw new SubjectiveSettingsException(Messages.text("settings.period", period));
    }
    requireAtLeast("minSampleCommunity", minSampleCommunity, 1);
    requireAtLeast("minSampleStreet", minSampleStreet, 1);
    requireAtLeast("bootstrapResamples", bootstrapResamples, 2);
    requireWeight("communityWeight", "community", communityWeight, COMMUNITY_WEIGHT_FLOOR);
    requireWeight("streetWeight", "street", streetWeight, STREET_WEIGHT_FLOOR);
  }

  /** The defaults of the methodology for a period, with the default seed. */
  public static SubjectiveSettings defaults(String period) {
    return new SubjectiveSettings(period, 30, 100, 1000, DEFAULT_SEED, 0.7, 0.5);
  }

  /** A copy with another bootstrap seed. */
  public SubjectiveSettings withSeed(long seed) {
    return new SubjectiveSettings(
        period,
        minSampleCommunity,
        minSampleStreet,
        bootstrapResamples,
        seed,
        communityWeight,
        streetWeight);
  }

  /** A copy with another number of bootstrap resamples. */
  public SubjectiveSettings withResamples(int resamples) {
    return new SubjectiveSettings(
        period,
        minSampleCommunity,
        minSampleStreet,
        resamples,
        bootstrapSeed,
        communityWeight,
        streetWeight);
  }

  private static void requireAtLeast(String name, int value, int min) {
    if (value < min) {
      throw new SubjectiveSettingsException(Messages.text("settings.atLeast", name, min, value));
    }
  }

  private static void requireWeight(String name, String level, double value, double floor) {
    if (!(value <= 1.0)) {
      throw new SubjectiveSettingsException(
          Messages.text("subjective.settings.at-most-one", name, value));
    }
    if (!(value >= floor)) {
      throw new SubjectiveSettingsException(
          Messages.text("subjective.settings.policy-floor", level, name, value, floor));
    }
  }
}
