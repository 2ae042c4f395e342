package org.govindex.jobs.nightly;

/**
 * Called by every step of the nightly job before it does its work. The product uses the no-op;
 * tests plant failures here to prove that a failed run restarts from the failed step.
 */
@FunctionalInterface
public interface StepHooks {

  StepHooks NONE = stepName -> {};

  void beforeStep(String stepName);
}
