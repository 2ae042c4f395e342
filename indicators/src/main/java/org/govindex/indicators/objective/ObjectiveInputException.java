package org.govindex.indicators.objective;

import org.govindex.contract.GovindexException;

/** The catalogue asks for an indicator that cannot be computed where it is listed. */
public class ObjectiveInputException extends GovindexException {

  public ObjectiveInputException(String message) {
    super(message);
  }
}
