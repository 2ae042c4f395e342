package org.govindex.indicators.subjective;

/** A subjective-score setting is invalid or breaks a policy floor; the message names it. */
public class SubjectiveSettingsException extends org.govindex.contract.GovindexException {

  public SubjectiveSettingsException(String message) {
    super(message);
  }
}
