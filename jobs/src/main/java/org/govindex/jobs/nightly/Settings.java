package org.govindex.jobs.nightly;

import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.AppraisalPolicy;
import org.govindex.indicators.quality.SurveyQualitySettings;
import org.govindex.indicators.subjective.SubjectiveSettings;
import org.govindex.jobs.config.GovindexSettings;
import org.govindex.jobs.config.LoadedSettings;

/** The settings of each unit-level computation, from the run's loaded settings and policy. */
public final class Settings {

  private Settings() {}

  public static SubjectiveSettings subjective(LoadedSettings loaded, String period) {
    AppraisalPolicy policy = loaded.framework().appraisal().policy();
    GovindexSettings.Appraisal a = loaded.settings().appraisal();
    return new SubjectiveSettings(
        period,
        policy.minimumSampleCommunity(),
        policy.minimumSampleStreet(),
        a.bootstrapResamples(),
        a.bootstrapSeed(),
        policy.subjectiveWeight(UnitLevel.COMMUNITY),
        policy.subjectiveWeight(UnitLevel.STREET));
  }

  public static SurveyQualitySettings surveyQuality(LoadedSettings loaded, String period) {
    GovindexSettings.SurveyQuality q = loaded.settings().surveyQuality();
    return q == null ? SurveyQualitySettings.defaults(period) : q.toSettings(period);
  }
}
