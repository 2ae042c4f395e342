package org.govindex.samples;

/**
 * Ordered-response model of one answer: a latent value mu + unit effects + item offset + respondent
 * effect + noise is cut at fixed thresholds into the five options (an ordered probit), with
 * separate probabilities of 不了解 and of a skipped question.
 */
final class SatisfactionModel {

  static final String VERY_SATISFIED = "非常满意";
  static final String DONT_KNOW = "不了解";
  static final String SKIPPED = "(跳过)";

  /** The five scored options, best first (methodology §1 scores 100, 75, 50, 25, 0). */
  static final String[] SCORED = {"非常满意", "满意", "基本满意", "不满意", "非常不满意"};

  private static final double[] THRESHOLDS = {1.6, 0.6, -0.3, -1.3};
  private static final double BASE = 0.75;
  private static final double NOISE = 0.75;

  private SatisfactionModel() {}

  /** A scored option for latent effect {@code effect} (unit + item + respondent). */
  static String scored(double effect, SeededRandom random) {
    double latent = BASE + effect + NOISE * random.gaussian();
    for (int i = 0; i < THRESHOLDS.length; i++) {
      if (latent > THRESHOLDS[i]) {
        return SCORED[i];
      }
    }
    return SCORED[SCORED.length - 1];
  }

  /** An answer: 不了解 with {@code dontKnowRate}, skipped with {@code skipRate}, else scored. */
  static String answer(double effect, double dontKnowRate, double skipRate, SeededRandom random) {
    double u = random.nextDouble();
    if (u < dontKnowRate) {
      return DONT_KNOW;
    }
    if (u < dontKnowRate + skipRate) {
      return random.chance(0.8) ? SKIPPED : "";
    }
    return scored(effect, random);
  }

  static boolean isScored(String answer) {
    for (String option : SCORED) {
      if (option.equals(answer)) {
        return true;
      }
    }
    return false;
  }
}
