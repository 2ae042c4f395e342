package org.govindex.jobs.nightly;

/**
 * Called by every step of the nightly job before it does its work, and at a few points inside
 * steps. The product uses the no-op; tests plant failures and crashes here to prove that a failed
 * or killed run restarts from the step it did not finish.
 */
@FunctionalInterface
public interface StepHooks {

  StepHooks NONE = stepName -> {};

  void beforeStep(String stepName);

  /**
   * Called at named points inside a step where a crash is worth testing (e.g. {@code
   * publishOutputsStep:between-renames}); a no-op in the product.
   */
  default void at(String point) {}
}
