package org.govindex.jobs.compute.innovation;

/** The ingested data cannot be scored; the message names the dataset, unit and rule at fault. */
public final class InnovationInputException extends IllegalArgumentException {

  public InnovationInputException(String message) {
    super(message);
  }
}
