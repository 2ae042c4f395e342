package org.govindex.indicators.index.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govindex.indicators.index.treat.TreatmentRecord;

/** The lines of the build log that describe a treatment and a weighting in words. */
final class BuildLog {

  private BuildLog() {}

  static String treatment(TreatmentRecord t) {
    String moments =
        " (skew "
            + t.skewBefore()
            + " -> "
            + t.skewAfter()
            + ", kurtosis "
            + t.kurtosisBefore()
            + " -> "
            + t.kurtosisAfter()
            + ")";
    return switch (t.action()) {
      case "none" -> "nothing to treat" + moments;
      case "winsorised" ->
          "winsorised " + t.points() + " values (" + String.join(";", t.units()) + ")" + moments;
      case "untreated" -> "still fails the test; fallback none leaves it" + moments;
      default -> "transformed by " + t.action() + moments;
    };
  }

  static List<StepRecord> weights(WeightsReport r) {
    List<StepRecord> out = new ArrayList<>();
    out.add(
        new StepRecord(
            "weights",
            r.node(),
            r.method(),
            r.detail()
                + "; index ranks against META weights: mean absolute change "
                + r.meanAbsRankShift()
                + ", largest "
                + r.maxAbsRankShift()));
    r.weights()
        .forEach((code, w) -> out.add(new StepRecord("weights", code, r.method(), "weight " + w)));
    int[] given = r.ranksAsGiven();
    int[] ranks = r.ranks();
    for (int i = 0; i < ranks.length; i++) {
      String unit = r.units().get(i);
      double[] shares = r.unitShares().get(unit);
      out.add(
          new StepRecord(
              "weights",
              unit,
              r.node(),
              r.method(),
              "rank "
                  + ranks[i]
                  + " (META weights: "
                  + given[i]
                  + ")"
                  + (shares == null ? "" : "; shares " + Arrays.toString(shares))));
    }
    return out;
  }
}
