package org.govindex.jobs.nightly;

/**
 * How long one step of a nightly run took (from the job repository's start and end times).
 *
 * @param step the step name, e.g. {@code ingestDropStep}
 * @param seconds its wall time
 */
public record StepTime(String step, double seconds) {}
