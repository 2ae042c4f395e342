package org.govindex.indicators.innovation;

/** The inputs cannot be scored; the message names the dataset, unit and rule at fault. */
public final class InnovationInputException extends org.govindex.contract.GovindexException {

  public InnovationInputException(String message) {
    super(message);
  }
}
