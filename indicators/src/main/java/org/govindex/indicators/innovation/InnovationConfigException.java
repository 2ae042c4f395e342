package org.govindex.indicators.innovation;

/**
 * The innovation index framework, its recipe or the award settings are invalid; the message names
 * the file and the setting.
 */
public final class InnovationConfigException extends org.govindex.contract.GovindexException {

  public InnovationConfigException(String message) {
    super(message);
  }

  public InnovationConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
