package org.govindex.jobs.config;

import org.govindex.indicators.survey.Questionnaire;

/**
 * Settings as loaded and checked, with the parsed questionnaire and the sha256 of the effective
 * configuration (recorded as {@code config_sha256} in the manifest).
 */
public record LoadedSettings(
    GovindexSettings settings, Questionnaire questionnaire, String sha256) {}
