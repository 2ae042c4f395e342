package org.govindex.jobs.compute.subjective;

/** An ingested dataset does not fit the questionnaire or the registry; the message names it. */
public class SubjectiveInputException extends IllegalStateException {

  public SubjectiveInputException(String message) {
    super(message);
  }
}
