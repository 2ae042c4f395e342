package org.govindex.samples;

import java.util.Arrays;

/**
 * Draws indices with probability proportional to fixed weights (cumulative sums, binary search).
 */
final class WeightedIndex {

  private final double[] cumulative;

  WeightedIndex(double[] weights) {
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0)) {
        throw new IllegalArgumentException("negative weight at " + i);
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  int draw(SeededRandom random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int found = Arrays.binarySearch(cumulative, target);
    int index = found >= 0 ? found + 1 : -found - 1;
    return Math.min(index, cumulative.length - 1);
  }
}
