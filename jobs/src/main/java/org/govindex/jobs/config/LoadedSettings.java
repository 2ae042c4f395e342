package org.govindex.jobs.config;

import org.govindex.indicators.survey.Questionnaire;

/**
 * Settings as loaded and checked, with the parsed framework files and the sha256 of the effective
 * configuration including the text of every framework file (recorded as {@code config_sha256} in
 * the manifest).
 */
public record LoadedSettings(GovindexSettings settings, FrameworkFiles framework, String sha256) {

  /** The questionnaire definition. */
  public Questionnaire questionnaire() {
    return framework.questionnaire();
  }
}
