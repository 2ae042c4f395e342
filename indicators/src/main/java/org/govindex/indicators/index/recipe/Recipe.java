package org.govindex.indicators.index.recipe;

import java.util.Optional;
import org.govindex.indicators.index.MethodSpec;

/**
 * The steps of an index build, in the order they run: denominate, impute, screen, treat, transform,
 * normalise, aggregate. A {@code null} step does not run, except normalise (default {@code minmax}
 * to [0, 100]) and aggregate (default weighted {@code arithmetic} mean).
 *
 * @param name a label
 * @param time for yearly panels: the time whose rows are scored ({@code null}: the table must have
 *     one row per unit)
 * @param denominate step or {@code null}
 * @param impute step or {@code null}
 * @param screen step or {@code null}
 * @param treat step or {@code null}
 * @param transform step or {@code null} (META {@code Transform} still applies)
 * @param normalise step, never {@code null}
 * @param aggregate step, never {@code null}
 * @param uncertainty the uncertainty design or {@code null}
 * @param weights how weights are derived, or {@code null} (META's weights as given)
 */
public record Recipe(
    String name,
    Double time,
    StepSpec denominate,
    StepSpec impute,
    StepSpec screen,
    StepSpec treat,
    StepSpec transform,
    StepSpec normalise,
    StepSpec aggregate,
    UncertaintySpec uncertainty,
    WeightsSpec weights) {

  /** A recipe with META's weights as given. */
  public Recipe(
      String name,
      Double time,
      StepSpec denominate,
      StepSpec impute,
      StepSpec screen,
      StepSpec treat,
      StepSpec transform,
      StepSpec normalise,
      StepSpec aggregate,
      UncertaintySpec uncertainty) {
    this(
        name,
        time,
        denominate,
        impute,
        screen,
        treat,
        transform,
        normalise,
        aggregate,
        uncertainty,
        null);
  }

  public Recipe {
    if (normalise == null) {
      normalise = defaultNormalise();
    }
    if (aggregate == null) {
      aggregate = StepSpec.of(MethodSpec.of("arithmetic"));
    }
  }

  /** Min-max to [0, 100], the default normalisation. */
  public static StepSpec defaultNormalise() {
    return StepSpec.of(new MethodSpec("minmax", java.util.Map.of("low", "0", "high", "100")));
  }

  /** The recipe an analyst gets with no recipe file: min-max [0, 100] and arithmetic means. */
  public static Recipe defaults() {
    return new Recipe("default", null, null, null, null, null, null, null, null, null);
  }

  public Optional<UncertaintySpec> uncertaintySpec() {
    return Optional.ofNullable(uncertainty);
  }

  public Recipe withImpute(StepSpec step) {
    return new Recipe(
        name,
        time,
        denominate,
        step,
        screen,
        treat,
        transform,
        normalise,
        aggregate,
        uncertainty,
        weights);
  }

  public Recipe withTreat(StepSpec step) {
    return new Recipe(
        name,
        time,
        denominate,
        impute,
        screen,
        step,
        transform,
        normalise,
        aggregate,
        uncertainty,
        weights);
  }

  public Recipe withNormalise(StepSpec step) {
    return new Recipe(
        name,
        time,
        denominate,
        impute,
        screen,
        treat,
        transform,
        step,
        aggregate,
        uncertainty,
        weights);
  }

  public Recipe withAggregate(StepSpec step) {
    return new Recipe(
        name,
        time,
        denominate,
        impute,
        screen,
        treat,
        transform,
        normalise,
        step,
        uncertainty,
        weights);
  }

  public Recipe withUncertainty(UncertaintySpec spec) {
    return new Recipe(
        name,
        time,
        denominate,
        impute,
        screen,
        treat,
        transform,
        normalise,
        aggregate,
        spec,
        weights);
  }
}
