package org.govindex.samples;

/** Integer allocation helpers (largest-remainder rounding, deterministic tie-breaking by index). */
final class Allocation {

  private Allocation() {}

  /**
   * Splits {@code total} into parts proportional to {@code weights}, each at least {@code minEach},
   * summing exactly to {@code total} (Hamilton's largest-remainder method, ties to the lower
   * index).
   */
  static int[] proportional(int total, double[] weights, int minEach) {
    int parts = weights.length;
    int free = total - parts * minEach;
    if (free < 0) {
      throw new IllegalArgumentException(
          "cannot give " + minEach + " each to " + parts + " parts out of " + total);
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    int[] result = new int[parts];
    double[] remainder = new double[parts];
    int assigned = 0;
    for (int i = 0; i < parts; i++) {
      double exact = free * weights[i] / sum;
      result[i] = (int) Math.floor(exact);
      remainder[i] = exact - result[i];
      assigned += result[i];
    }
    for (int left = free - assigned; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < parts; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      result[best]++;
      remainder[best] = -1;
    }
    for (int i = 0; i < parts; i++) {
      result[i] += minEach;
    }
    return result;
  }

  /** Splits {@code total} into parts with random weights in [1 - spread, 1 + spread]. */
  static int[] random(int total, int parts, int minEach, double spread, SeededRandom random) {
    double[] weights = new double[parts];
    for (int i = 0; i < parts; i++) {
      weights[i] = 1.0 - spread + 2.0 * spread * random.nextDouble();
    }
    return proportional(total, weights, minEach);
  }
}
