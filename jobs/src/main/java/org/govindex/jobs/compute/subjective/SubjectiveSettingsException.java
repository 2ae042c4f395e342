package org.govindex.jobs.compute.subjective;

/** A subjective-score setting is invalid or breaks a policy floor; the message names it. */
public class SubjectiveSettingsException extends IllegalArgumentException {

  public SubjectiveSettingsException(String message) {
    super(message);
  }
}
