package org.govindex.jobs.config;

import java.util.List;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.ingest.source.SourceProfile;

/**
 * Settings as loaded and checked, with the parsed framework files and the sha256 of the effective
 * configuration including the text of every framework file (recorded as {@code config_sha256} in
 * the manifest) and of every source profile.
 */
public record LoadedSettings(
    GovindexSettings settings,
    FrameworkFiles framework,
    List<SourceProfile> profiles,
    String sha256) {

  /** The questionnaire definition. */
  public Questionnaire questionnaire() {
    return framework.questionnaire();
  }
}
