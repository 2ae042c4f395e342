package org.govindex.jobs.ingest.source;

import org.govindex.contract.GovindexException;

/** Ingestion cannot proceed; the one-line message names the file, column or setting at fault. */
public final class IngestionException extends GovindexException {

  public IngestionException(String message) {
    super(message);
  }

  public IngestionException(String message, Throwable cause) {
    super(message, cause);
  }
}
