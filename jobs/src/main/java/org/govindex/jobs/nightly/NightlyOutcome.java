package org.govindex.jobs.nightly;

import java.nio.file.Path;

/**
 * What a nightly run did, as the command reports it.
 *
 * @param status how it ended
 * @param published the published folder (when completed)
 * @param message one line for the user
 * @param steps the wall time of each step this execution ran, in order (empty when it ran none)
 */
public record NightlyOutcome(
    Status status, Path published, String message, java.util.List<StepTime> steps) {

  public NightlyOutcome {
    steps = java.util.List.copyOf(steps);
  }

  public enum Status {
    COMPLETED,
    ALREADY_COMPLETE,
    FAILED
  }
}
