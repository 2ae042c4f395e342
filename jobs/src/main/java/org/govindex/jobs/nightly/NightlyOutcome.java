package org.govindex.jobs.nightly;

import java.nio.file.Path;

/**
 * What a nightly run did, as the command reports it.
 *
 * @param status how it ended
 * @param published the published folder (when completed)
 * @param message one line for the user
 */
public record NightlyOutcome(Status status, Path published, String message) {

  public enum Status {
    COMPLETED,
    ALREADY_COMPLETE,
    FAILED
  }
}
