package org.govindex.indicators.index.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.CoinrNames;
import org.govindex.indicators.index.CoinrNames.Step;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.normalise.Normalizer;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.StepSpec;
import org.govindex.indicators.index.transform.Transform;

/**
 * The method each indicator gets, and the build-log notes about how it was chosen: where META's
 * column and the recipe disagree (which one won), COINr's names read as the engine's, settings in
 * raw units transformed with the values.
 */
final class MethodChoice {

  private final Recipe recipe;
  private final List<StepRecord> notes = new ArrayList<>();

  MethodChoice(Recipe recipe) {
    this.recipe = recipe;
  }

  /** The notes made so far, in order. */
  List<StepRecord> notes() {
    return notes;
  }

  /** The recipe's transform, or META's; notes when one overrides the other. */
  MethodSpec transform(FrameworkNode n, List<String> path) {
    if (recipe.transform() == null) {
      return n.transform();
    }
    return choose(recipe.transform(), n, path, n.transform(), "transform", "Transform");
  }

  MethodSpec normalise(FrameworkNode n, List<String> path) {
    return choose(recipe.normalise(), n, path, n.normalise(), "normalise", "Normalise");
  }

  /**
   * The method for an indicator by the precedence of {@link StepSpec#resolve}, with a build-log
   * note whenever META's column and the recipe disagree: which one won.
   */
  private MethodSpec choose(
      StepSpec step,
      FrameworkNode n,
      List<String> path,
      MethodSpec meta,
      String stepName,
      String column) {
    MethodSpec chosen = step.resolve(path, 1, meta);
    if (meta == null) {
      return chosen;
    }
    MethodSpec recipeOnly = step.resolve(path, 1, null);
    if (chosen.equals(recipeOnly)) {
      if (!StepSpec.merge(recipeOnly, meta).equals(recipeOnly)) {
        notes.add(
            new StepRecord(
                stepName,
                n.code(),
                chosen.toString(),
                Messages.text("index.log.nodesEntryOverridesMeta", n.code(), column, meta)));
      }
    } else {
      notes.add(
          new StepRecord(
              stepName,
              n.code(),
              chosen.toString(),
              Messages.text("index.log.metaOverridesRecipe", column, meta, recipeOnly)));
    }
    return chosen;
  }

  /** COINr's names read as the engine's, with a build-log note when they were. */
  MethodSpec translate(Step step, MethodSpec spec, String stepName, String code) {
    if (spec == null) {
      return null;
    }
    MethodSpec out =
        CoinrNames.translate(step, spec, Messages.text("index.where.node", stepName, code));
    if (!out.equals(spec)) {
      notes.add(
          new StepRecord(
              stepName, code, out.toString(), Messages.text("index.log.coinrReadAs", spec, out)));
    }
    return out;
  }

  /** Settings in raw units (goalposts, target) transformed as the values are. */
  MethodSpec transformRawUnits(
      MethodSpec spec, Normalizer normalizer, Transform t, MethodSpec tSpec, String code) {
    Map<String, String> params = new LinkedHashMap<>(spec.params());
    List<String> changed = new ArrayList<>();
    for (String key : normalizer.rawUnitSettings()) {
      if (params.containsKey(key)) {
        double raw = spec.number(key, Double.NaN);
        double y = transformRaw(raw, key, t, tSpec, code);
        params.put(key, Double.toString(y));
        changed.add(key + " " + raw + " -> " + y);
      }
    }
    if (changed.isEmpty()) {
      return spec;
    }
    MethodSpec out = new MethodSpec(spec.name(), params);
    notes.add(
        new StepRecord(
            "normalise",
            code,
            out.toString(),
            Messages.text("index.log.rawUnitSettings", tSpec, String.join(", ", changed))));
    return out;
  }

  double transformRaw(double raw, String what, Transform t, MethodSpec tSpec, String code) {
    if (Double.isNaN(raw)) {
      return raw;
    }
    double y = t.value(raw, tSpec);
    if (Double.isNaN(y)) {
      throw new IndexSpecException(
          Messages.text("index.engine.indicatorRawUnits", code, what, raw, tSpec, t.domain(tSpec)));
    }
    if (what.startsWith("Goal") || what.equals("Target")) {
      notes.add(
          new StepRecord(
              "normalise",
              code,
              tSpec.toString(),
              Messages.text("index.log.metaRawUnits", what, raw, tSpec, y)));
    }
    return y;
  }
}
