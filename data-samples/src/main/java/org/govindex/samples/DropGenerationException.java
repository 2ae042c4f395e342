package org.govindex.samples;

/** The drop could not be generated; the one-line message names the folder or file at fault. */
public class DropGenerationException extends org.govindex.contract.GovindexException {

  public DropGenerationException(String message) {
    super(message);
  }

  public DropGenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
