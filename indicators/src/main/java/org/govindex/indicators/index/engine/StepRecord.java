package org.govindex.indicators.index.engine;

/**
 * What one step of the build did to one indicator or aggregate (or, for weights, to one unit's
 * rank), for the build log: the method that ran, where its choice came from when META and the
 * recipe disagree, and what it changed (e.g. {@code 3 values imputed}, {@code winsorised 2 values},
 * {@code META Normalise goalposts overrides the recipe's minmax(high=100;low=0)}).
 *
 * @param step {@code denominate}, {@code impute}, {@code screen}, {@code treat}, {@code transform},
 *     {@code normalise}, {@code aggregate} or {@code weights}
 * @param unit unit code, or empty when the record is about an indicator or aggregate as a whole
 * @param code indicator or aggregate code (empty for steps on units, e.g. screening)
 * @param method the method as it ran, in the engine's names
 * @param detail what it did
 */
public record StepRecord(String step, String unit, String code, String method, String detail) {

  /** A record about an indicator or aggregate as a whole. */
  public StepRecord(String step, String code, String method, String detail) {
    this(step, "", code, method, detail);
  }
}
