package org.govindex.jobs.compute.objective;

/** Objective indicators cannot be computed as configured; the message names the setting. */
public final class ObjectiveInputException extends IllegalArgumentException {

  public ObjectiveInputException(String message) {
    super(message);
  }
}
