package org.govindex.indicators.index.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.treat.TreatmentRecord;

/**
 * The lines of the build log that describe a treatment and a weighting in words, in the user's
 * language.
 */
final class BuildLog {

  private BuildLog() {}

  static String treatment(TreatmentRecord t) {
    String moments =
        Messages.text(
            "index.log.treat.moments",
            t.skewBefore(),
            t.skewAfter(),
            t.kurtosisBefore(),
            t.kurtosisAfter());
    return switch (t.action()) {
      case "none" -> Messages.text("index.log.treat.none", moments);
      case "winsorised" ->
          Messages.text(
              "index.log.treat.winsorised", t.points(), String.join(";", t.units()), moments);
      case "untreated" -> Messages.text("index.log.treat.untreated", moments);
      default -> Messages.text("index.log.treat.transformed", t.action(), moments);
    };
  }

  static List<StepRecord> weights(WeightsReport r) {
    List<StepRecord> out = new ArrayList<>();
    out.add(
        new StepRecord(
            "weights",
            r.node(),
            r.method(),
            Messages.text(
                "index.log.weights.rankShift",
                r.detail(),
                r.meanAbsRankShift(),
                r.maxAbsRankShift())));
    r.weights()
        .forEach(
            (code, w) ->
                out.add(
                    new StepRecord(
                        "weights",
                        code,
                        r.method(),
                        Messages.text("index.log.weights.weight", w))));
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
              shares == null
                  ? Messages.text("index.log.weights.rank", ranks[i], given[i])
                  : Messages.text(
                      "index.log.weights.rankShares",
                      ranks[i],
                      given[i],
                      Arrays.toString(shares))));
    }
    return out;
  }
}
