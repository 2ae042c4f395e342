package org.govindex.indicators.subjective;

import org.govindex.contract.GovindexException;

/** Survey statistics that contradict the questionnaire or the registry; the message names them. */
public class SubjectiveInputException extends GovindexException {

  public SubjectiveInputException(String message) {
    super(message);
  }
}
