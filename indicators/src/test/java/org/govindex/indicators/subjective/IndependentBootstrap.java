package org.govindex.indicators.subjective;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A second, deliberately plain implementation of the documented bootstrap scheme for tests: seed =
 * base XOR FNV-1a-64(UTF-8 code), java.util.Random, n draws nextInt(n) per resample, S = weighted
 * mean of item means over items with a scored answer, R-7 percentiles of the defined replicates.
 */
final class IndependentBootstrap {

  private IndependentBootstrap() {}

  static long fnv1a64(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ Byte.toUnsignedLong(b)) * 0x100000001b3L;
    }
    return hash;
  }

  static double score(List<double[]> respondents, double[] weights) {
    double numerator = 0;
    double denominator = 0;
    for (int k = 0; k < weights.length; k++) {
      final int item = k;
      double[] scored =
          respondents.stream().mapToDouble(x -> x[item]).filter(v -> !Double.isNaN(v)).toArray();
      if (scored.length > 0) {
        numerator += weights[k] * Arrays.stream(scored).average().orElseThrow();
        denominator += weights[k];
      }
    }
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }

  static double[] replicates(
      double[][] respondents, double[] weights, int resamples, long baseSeed, String code) {
    Random random = new Random(baseSeed ^ fnv1a64(code));
    double[] out = new double[resamples];
    int n = respondents.length;
    for (int b = 0; b < resamples; b++) {
      List<double[]> sample = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sample.add(respondents[random.nextInt(n)]);
      }
      out[b] = score(sample, weights);
    }
    return out;
  }

  /**
   * h = (m − 1)p (0-based), linear interpolation between the neighbouring order statistics.
   */
  static double percentile(double[] replicates, double p) {
    double[] sorted = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
    double h = (sorted.length - 1) * p;
    int lower = (int) Math.floor(h);
    int upper = Math.min(lower + 1, sorted.length - 1);
    return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
  }
}
