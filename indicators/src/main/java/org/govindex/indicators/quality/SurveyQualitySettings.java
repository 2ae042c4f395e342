package org.govindex.indicators.quality;

import java.util.regex.Pattern;
import org.govindex.contract.Messages;

/**
 * Settings of the {@code survey_quality} table ({@link SurveyQuality}). A flag is set when its
 * share strictly exceeds its threshold; a null share (zero denominator) never sets a flag.
 *
 * <p>Why the defaults (they are settings: an analyst who knows the local collection method should
 * change them):
 *
 * <ul>
 *   <li>{@code speederShareThreshold} 0.2: the 30 s speeder floor of methodology §1 is already far
 *       below the time needed to read the questionnaire, so a careful collection has only a few
 *       speeders. When more than one response in five of a unit is that fast, the collection itself
 *       (forms filled in bulk, a link passed round with a reward) is in doubt, not a few careless
 *       respondents.
 *   <li>{@code duplicateShareThreshold} 0.1: a repeated phone number has few innocent causes (a
 *       re-submission after a network error, a second sitting), fewer than speeding has, so the
 *       threshold is lower: more than one in ten points to the same people answering repeatedly.
 *   <li>{@code straightlinerShareThreshold} 0.3: identical answers to every item are often genuine
 *       in satisfaction surveys, where ceiling effects are real (domain notes: 99.99% satisfied in
 *       one city), so the threshold is the highest of the response-pattern signals; close to a
 *       third of a unit's valid responses is unusual enough to be checked by a call-back.
 *   <li>{@code burstShareThreshold} 0.2: face-to-face collection at a community event, a shared
 *       home or office network and carrier-grade NAT all give several responses from one IP close
 *       in time, so a single burst is expected; when one response in five of a unit belongs to a
 *       burst it looks like batch entry from one device.
 *   <li>{@code dontKnowShareThreshold} 0.4: 不了解 is a legitimate answer about services a resident
 *       has not used, so a sizeable share is normal; above 40% of the non-skipped answers most
 *       respondents do not know the community they rate, the pattern of interviewing outside the
 *       locality that the domain notes list among the fraud checks.
 *   <li>{@code burstWindowMinutes} 10 and {@code burstMinResponses} 5: five submissions from one
 *       address within ten minutes is more than one household answering, and less than a
 *       community-event session would make look rare.
 *   <li>{@code straightlineMinItems} 5: with fewer scored answers identical answers are too likely
 *       by chance (most residents answer 满意 to two or three items) to mean anything.
 * </ul>
 *
 * @param period the survey wave, a calendar year such as {@code 2026} (the {@code period} column)
 * @param burstWindowMinutes length W of the IP-burst window, in minutes (default 10, at least 1)
 * @param burstMinResponses smallest number M of responses from one IP within W that makes a burst
 *     (default 5, at least 2)
 * @param straightlineMinItems smallest number of scored answers of a straight-liner (default 5, at
 *     least 2)
 * @param speederShareThreshold flag {@code many_speeders} when speeder_share exceeds it (0.2)
 * @param duplicateShareThreshold flag {@code many_duplicates} when duplicate_share exceeds it (0.1)
 * @param straightlinerShareThreshold flag {@code many_straightliners} when straightliner_share
 *     exceeds it (0.3)
 * @param burstShareThreshold flag {@code ip_burst} when burst_share exceeds it (0.2)
 * @param dontKnowShareThreshold flag {@code many_dont_know} when dont_know_share exceeds it (0.4)
 */
public record SurveyQualitySettings(
    String period,
    int burstWindowMinutes,
    int burstMinResponses,
    int straightlineMinItems,
    double speederShareThreshold,
    double duplicateShareThreshold,
    double straightlinerShareThreshold,
    double burstShareThreshold,
    double dontKnowShareThreshold) {

  public static final int DEFAULT_BURST_WINDOW_MINUTES = 10;
  public static final int DEFAULT_BURST_MIN_RESPONSES = 5;
  public static final int DEFAULT_STRAIGHTLINE_MIN_ITEMS = 5;
  public static final double DEFAULT_SPEEDER_SHARE = 0.2;
  public static final double DEFAULT_DUPLICATE_SHARE = 0.1;
  public static final double DEFAULT_STRAIGHTLINER_SHARE = 0.3;
  public static final double DEFAULT_BURST_SHARE = 0.2;
  public static final double DEFAULT_DONT_KNOW_SHARE = 0.4;

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public SurveyQualitySettings {
    if (period == null || !YEAR.matcher(period).matches()) {
      throw new SurveyQualitySettingsException(Messages.text("settings.period", period));
    }
    requireAtLeast("burstWindowMinutes", burstWindowMinutes, 1);
    requireAtLeast("burstMinResponses", burstMinResponses, 2);
    requireAtLeast("straightlineMinItems", straightlineMinItems, 2);
    requireShare("speederShareThreshold", speederShareThreshold);
    requireShare("duplicateShareThreshold", duplicateShareThreshold);
    requireShare("straightlinerShareThreshold", straightlinerShareThreshold);
    requireShare("burstShareThreshold", burstShareThreshold);
    requireShare("dontKnowShareThreshold", dontKnowShareThreshold);
  }

  /** The defaults above for a period. */
  public static SurveyQualitySettings defaults(String period) {
    return new SurveyQualitySettings(
        period,
        DEFAULT_BURST_WINDOW_MINUTES,
        DEFAULT_BURST_MIN_RESPONSES,
        DEFAULT_STRAIGHTLINE_MIN_ITEMS,
        DEFAULT_SPEEDER_SHARE,
        DEFAULT_DUPLICATE_SHARE,
        DEFAULT_STRAIGHTLINER_SHARE,
        DEFAULT_BURST_SHARE,
        DEFAULT_DONT_KNOW_SHARE);
  }

  /** A copy with all five flag thresholds replaced (same order as the components). */
  public SurveyQualitySettings withThresholds(
      double speeders, double duplicates, double straightliners, double bursts, double dontKnow) {
    return new SurveyQualitySettings(
        period,
        burstWindowMinutes,
        burstMinResponses,
        straightlineMinItems,
        speeders,
        duplicates,
        straightliners,
        bursts,
        dontKnow);
  }

  /** A copy with another burst window and minimum burst size. */
  public SurveyQualitySettings withBurst(int windowMinutes, int minResponses) {
    return new SurveyQualitySettings(
        period,
        windowMinutes,
        minResponses,
        straightlineMinItems,
        speederShareThreshold,
        duplicateShareThreshold,
        straightlinerShareThreshold,
        burstShareThreshold,
        dontKnowShareThreshold);
  }

  private static void requireAtLeast(String name, int value, int min) {
    if (value < min) {
      throw new SurveyQualitySettingsException(Messages.text("settings.atLeast", name, min, value));
    }
  }

  private static void requireShare(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new SurveyQualitySettingsException(Messages.text("settings.share", name, value));
    }
  }
}
