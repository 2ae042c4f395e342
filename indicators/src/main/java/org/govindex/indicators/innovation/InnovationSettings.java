package org.govindex.indicators.innovation;

import java.util.Objects;
import java.util.regex.Pattern;
import org.govindex.contract.Messages;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.grading.GradeThresholds;

/**
 * Settings of the innovation index and the awards (methodology §5-§6).
 *
 * @param period the published year, e.g. {@code 2026}
 * @param baseYear the year whose development index is 100; {@code null} = the earliest year of
 *     {@code community_facts} (never after the period)
 * @param framework framework and recipe of the index
 * @param awards 以奖代补 settings
 * @param grades grade thresholds of methodology §3 (the appraisal's)
 * @param minSampleCommunity fewest valid survey responses for a community's S to enter the index
 */
public record InnovationSettings(
    String period,
    Integer baseYear,
    InnovationFramework framework,
    AwardSettings awards,
    GradeThresholds grades,
    int minSampleCommunity) {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public InnovationSettings {
    if (period == null || !YEAR.matcher(period).matches()) {
      throw new InnovationConfigException(Messages.text("innovation.settings.period", period));
    }
    if (baseYear != null && baseYear > Integer.parseInt(period)) {
      throw new InnovationConfigException(
          Messages.text("innovation.settings.baseYearAfterPeriod", baseYear, period));
    }
    if (minSampleCommunity < 1) {
      throw new InnovationConfigException(
          Messages.text("innovation.settings.minimumSample", minSampleCommunity));
    }
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(awards, "awards");
    Objects.requireNonNull(grades, "grades");
  }

  public int periodYear() {
    return Integer.parseInt(period);
  }

  /**
   * The bundled framework, recipe and award settings with the appraisal policy's grade thresholds
   * and minimum community sample.
   */
  public static InnovationSettings defaults(String period, Integer baseYear) {
    AppraisalPolicy policy = AppraisalConfiguration.bundledDefaults().policy();
    return new InnovationSettings(
        period,
        baseYear,
        InnovationFramework.bundled(),
        AwardSettings.bundled(),
        policy.gradeThresholds(),
        policy.minimumSampleCommunity());
  }
}
