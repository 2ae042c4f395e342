package org.govindex.jobs.nightly;

import org.govindex.contract.GovindexException;

/**
 * A run refused because its period lacks the data its results would rest on; its message is the
 * whole line the user sees (the period and what is missing), nothing is published.
 */
final class PeriodRefusedException extends GovindexException {

  PeriodRefusedException(String message) {
    super(message);
  }
}
