package org.govindex.samples;

/**
 * A seeded pseudo-random stream (SplitMix64, Steele, Lea and Flood 2014). All draws are defined
 * here from {@link #nextLong()}, so the generated drop is byte-identical for a seed on every JDK.
 */
public final class SeededRandom {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private long state;

  public SeededRandom(long seed) {
    this.state = seed;
  }

  /**
   * An independent stream for one part of the drop, so that a change in one part does not shift the
   * draws of another: the seed mixed with the (JLS-specified) hash of the stream name.
   */
  public static SeededRandom forStream(long seed, String streamName) {
    return new SeededRandom(mix(seed ^ mix(streamName.hashCode() * GOLDEN_GAMMA + 1)));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform in [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound), bound in [1, 2^31). */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) (((nextLong() >>> 33) * bound) >>> 31);
  }

  /** Uniform integer in [low, high], both inclusive. */
  public int between(int low, int high) {
    return low + nextInt(high - low + 1);
  }

  /** True with probability p. */
  public boolean chance(double p) {
    return nextDouble() < p;
  }

  /** Standard normal deviate by the Box-Muller transform. */
  public double gaussian() {
    double u1 = 1.0 - nextDouble();
    double u2 = nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /** Log-normal deviate exp(mu + sigma * Z). */
  public double logNormal(double mu, double sigma) {
    return Math.exp(mu + sigma * gaussian());
  }

  public <T> T pick(T[] values) {
    return values[nextInt(values.length)];
  }

  public <T> T pick(java.util.List<T> values) {
    return values.get(nextInt(values.size()));
  }

  /** Index i drawn with probability weights[i] / sum(weights). */
  public int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double target = nextDouble() * total;
    double cumulative = 0;
    for (int i = 0; i < weights.length; i++) {
      cumulative += weights[i];
      if (target < cumulative) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
