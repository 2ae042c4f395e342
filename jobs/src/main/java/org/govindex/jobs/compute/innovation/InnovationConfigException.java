package org.govindex.jobs.compute.innovation;

/** The innovation index or award configuration is invalid; the message names file and setting. */
public final class InnovationConfigException extends IllegalArgumentException {

  public InnovationConfigException(String message) {
    super(message);
  }

  public InnovationConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
