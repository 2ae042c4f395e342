package org.govindex.indicators.quality;

/** A survey-quality setting is invalid; the message names it, its value and the allowed range. */
public class SurveyQualitySettingsException extends org.govindex.contract.GovindexException {

  private static final long serialVersionUID = 1L;

  public SurveyQualitySettingsException(String message) {
    super(message);
  }
}
