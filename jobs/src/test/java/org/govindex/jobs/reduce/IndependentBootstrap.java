package org.govindex.jobs.reduce;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A second, deliberately plain implementation of the documented bootstrap scheme of S for the
 * kernel tests (the idea of the indicators test of the same name): seed = base XOR FNV-1a-64(UTF-8
 * community code), one java.util.Random, per resample n draws nextInt(n) over the respondents in
 * response_id order, S = weighted mean of the item means over the items with a scored answer (NaN
 * without any).
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
      List<double[]> respondents, double[] weights, int resamples, long baseSeed, String code) {
    Random random = new Random(baseSeed ^ fnv1a64(code));
    double[] out = new double[resamples];
    int n = respondents.size();
    for (int b = 0; b < resamples; b++) {
      List<double[]> sample = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sample.add(respondents.get(random.nextInt(n)));
      }
      out[b] = score(sample, weights);
    }
    return out;
  }
}
