package org.govindex.jobs.compute.quality;

/** A survey-quality setting is invalid; the message names it, its value and the allowed range. */
public class SurveyQualitySettingsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public SurveyQualitySettingsException(String message) {
    super(message);
  }
}
