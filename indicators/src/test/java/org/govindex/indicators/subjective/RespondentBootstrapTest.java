package org.govindex.indicators.subjective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RespondentBootstrapTest {

  private static final double NA = Double.NaN;

  @Test
  void unitSeedIsBaseSeedXorFnv1a64OfTheCode() {
    // Published FNV-1a 64 test vectors: "" -> cbf29ce484222325, "a" -> af63dc4c8601ec8c,
    // "foobar" -> 85944171f73967e8.
    assertThat(RespondentBootstrap.unitSeed(0L, "")).isEqualTo(0xcbf29ce484222325L);
    assertThat(RespondentBootstrap.unitSeed(0L, "a")).isEqualTo(0xaf63dc4c8601ec8cL);
    assertThat(RespondentBootstrap.unitSeed(0L, "foobar")).isEqualTo(0x85944171f73967e8L);
    assertThat(RespondentBootstrap.unitSeed(42L, "a")).isEqualTo(42L ^ 0xaf63dc4c8601ec8cL);
  }

  @Test
  void scoreRenormalisesTheWeightsOfItemsWithoutScoredAnswers() {
    // item 0 (weight 2): 100, 75, 50 -> 75; item 1 (weight 1): 75, 25 -> 50; item 2 (weight 1):
    // none. S = (2*75 + 1*50) / 3 = 200/3.
    double[][] respondents = {{100, 75, NA}, {75, 25, NA}, {50, NA, NA}};
    assertThat(RespondentBootstrap.score(respondents, new double[] {2, 1, 1}))
        .isCloseTo(200.0 / 3.0, within(1e-12));
    assertThat(RespondentBootstrap.score(new double[][] {{NA, NA}}, new double[] {1, 1})).isNaN();
  }

  @Test
  void replicatesEqualAnIndependentResamplingLoop() {
    double[][] respondents = {
      {100, 75, NA}, {75, 25, NA}, {50, NA, NA}, {NA, NA, NA}, {0, 100, 25}, {25, 50, 75}
    };
    double[] weights = {2, 1, 1};
    long seed = RespondentBootstrap.unitSeed(7L, "320100001001");
    double[] actual = RespondentBootstrap.replicates(respondents, weights, 500, seed);
    double[] expected =
        IndependentBootstrap.replicates(respondents, weights, 500, 7L, "320100001001");
    assertThat(actual).containsExactly(expected, within(1e-12));
  }

  @Test
  void theGeneratorDrawsWhatJavaUtilRandomDraws() {
    java.util.SplittableRandom seeds = new java.util.SplittableRandom(11);
    for (int bound :
        new int[] {1, 2, 3, 7, 16, 100, 113, 1 << 20, (1 << 30) + 1, Integer.MAX_VALUE}) {
      for (int s = 0; s < 20; s++) {
        long seed = seeds.nextLong();
        java.util.Random reference = new java.util.Random(seed);
        RespondentBootstrap.Lcg lcg = new RespondentBootstrap.Lcg(seed);
        for (int i = 0; i < 2_000; i++) {
          assertThat(lcg.nextInt(bound))
              .as("bound %d seed %d draw %d", bound, seed, i)
              .isEqualTo(reference.nextInt(bound));
        }
      }
    }
  }

  @Test
  void theGeneratorFollowsRandomWhenTheBoundChangesBetweenDraws() {
    int[] bounds = {110, 111, 3, 111, 2699, 64, 2699, 7, Integer.MAX_VALUE - 1, 110};
    java.util.Random reference = new java.util.Random(20261205L);
    RespondentBootstrap.Lcg lcg = new RespondentBootstrap.Lcg(20261205L);
    for (int i = 0; i < 10_000; i++) {
      int bound = bounds[i % bounds.length];
      assertThat(lcg.nextInt(bound))
          .as("draw %d bound %d", i, bound)
          .isEqualTo(reference.nextInt(bound));
    }
  }

  @Test
  void theRemainderWithoutDivisionIsTheRemainder() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    int[] edges = {0, 1, 2, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    for (int i = 0; i < 200_000; i++) {
      int bound = i % 7 == 0 ? edges[1 + i % 4] : 1 + random.nextInt(Integer.MAX_VALUE);
      long inverse = Long.divideUnsigned(-1L, bound) + 1;
      int u = i % 5 == 0 ? edges[i % edges.length] : random.nextInt(Integer.MAX_VALUE);
      for (int v : new int[] {u, bound - 1, bound, Math.max(0, bound - 1) + bound % 2}) {
        if (v >= 0) {
          assertThat(RespondentBootstrap.Lcg.remainder(v, bound, inverse))
              .as("%d %% %d", v, bound)
              .isEqualTo(v % bound);
        }
      }
    }
  }

  @Test
  void replicatesOfAGeneratedCommunityEqualTheIndependentLoopExactly() {
    java.util.Random data = new java.util.Random(5);
    double[][] respondents = new double[137][6];
    for (double[] r : respondents) {
      for (int k = 0; k < r.length; k++) {
        r[k] = data.nextInt(10) == 0 ? NA : 25 * data.nextInt(5);
      }
    }
    double[] weights = {1, 2, 1, 1, 0.5, 1};
    long seed = RespondentBootstrap.unitSeed(20260101L, "440103001001");
    double[] actual = RespondentBootstrap.replicates(respondents, weights, 1000, seed);
    double[] expected =
        IndependentBootstrap.replicates(respondents, weights, 1000, 20260101L, "440103001001");
    assertThat(actual).containsExactly(expected, within(1e-9));
  }

  @Test
  void packedSumsOfAHandWorkedResampleAreTheItemSumsAndCounts() {
    // draws 0, 2, 2: item 0 sums 100 + 0 + 0 over 3 scored answers, item 1 75 + 75 over 2
    double[][] respondents = {{100, NA}, {25, 50}, {0, 75}};
    PackedAnswers packed = PackedAnswers.of(respondents, 2);
    long[] totals = new long[packed.words()];
    for (int r : new int[] {0, 2, 2}) {
      packed.add(r, totals);
    }
    double[] sums = new double[2];
    int[] counts = new int[2];
    packed.unpack(totals, sums, counts);
    assertThat(sums).containsExactly(100, 150);
    assertThat(counts).containsExactly(3, 2);
  }

  @Test
  void packedReplicatesAreTheDrawOrderReplicatesBitForBit() {
    Random data = new Random(17);
    int[][] shapes = {{1, 1}, {2, 6}, {7, 3}, {64, 6}, {111, 6}, {137, 13}, {1000, 6}, {3, 40}};
    for (int[] shape : shapes) {
      for (int largest : new int[] {1, 100, 1_000_000, Integer.MAX_VALUE}) {
        double[][] respondents = new double[shape[0]][shape[1]];
        for (double[] r : respondents) {
          for (int k = 0; k < r.length; k++) {
            r[k] =
                data.nextInt(8) == 0
                    ? NA
                    : (largest == 100 ? 25 * data.nextInt(5) : data.nextInt(largest));
          }
        }
        double[] weights = new double[shape[1]];
        for (int k = 0; k < weights.length; k++) {
          weights[k] = 0.5 + data.nextInt(4);
        }
        assertThat(PackedAnswers.of(respondents, weights.length)).isNotNull();
        long seed = data.nextLong();
        assertThat(RespondentBootstrap.replicates(respondents, weights, 300, seed))
            .as("n %d, %d items, answers below %d", shape[0], shape[1], largest)
            .containsExactly(
                RespondentBootstrap.replicatesInDrawOrder(respondents, weights, 300, seed));
      }
    }
  }

  @Test
  void answersWhoseSumsWouldNotBeExactIntegersAreNotPacked() {
    assertThat(PackedAnswers.of(new double[][] {{100.0 / 3}, {0}}, 1)).isNull();
    assertThat(PackedAnswers.of(new double[][] {{-25}, {0}}, 1)).isNull();
    assertThat(PackedAnswers.of(new double[][] {{2147483648.0}}, 1)).isNull();
    assertThat(PackedAnswers.of(new double[][] {{Double.POSITIVE_INFINITY}}, 1)).isNull();
    assertThat(PackedAnswers.of(new double[0][], 1)).isNull();
    // 65,536 answers of 2^31 − 1: a field of 47 + 17 bits does not fit in 63
    double[][] wide = new double[1 << 16][1];
    wide[0][0] = Integer.MAX_VALUE;
    assertThat(PackedAnswers.of(wide, 1)).isNull();
    assertThat(PackedAnswers.of(java.util.Arrays.copyOf(wide, 1 << 15), 1)).isNotNull();
    // the answers that are not packed are resampled in draw order all the same
    double[][] thirds = {{100.0 / 3, 0}, {200.0 / 3, NA}, {100, 50}};
    double[] weights = {1, 2};
    double[] replicates = RespondentBootstrap.replicates(thirds, weights, 500, 9L);
    assertThat(replicates)
        .containsExactly(RespondentBootstrap.replicatesInDrawOrder(thirds, weights, 500, 9L));
    assertThat(replicates)
        .containsExactly(
            IndependentBootstrap.replicates(
                thirds, weights, 500, 9L ^ IndependentBootstrap.fnv1a64(""), ""),
            within(1e-9));
  }

  @Test
  void replicatesAreReproducibleAndDependOnTheSeed() {
    double[][] respondents = {{100, 75}, {75, 25}, {50, NA}, {0, 0}};
    double[] weights = {1, 1};
    double[] first = RespondentBootstrap.replicates(respondents, weights, 200, 11L);
    double[] second = RespondentBootstrap.replicates(respondents, weights, 200, 11L);
    double[] other = RespondentBootstrap.replicates(respondents, weights, 200, 12L);
    assertThat(first).containsExactly(second);
    assertThat(Arrays.equals(first, other)).isFalse();
  }

  @Test
  void resampleWithoutScoredAnswerIsNaNAndLeftOutOfThePercentiles() {
    // One respondent of two has no scored answer: about a quarter of the resamples of size 2 are
    // undefined.
    double[][] respondents = {{80.0}, {NA}};
    double[] replicates = RespondentBootstrap.replicates(respondents, new double[] {1}, 400, 3L);
    long undefined = Arrays.stream(replicates).filter(Double::isNaN).count();
    assertThat(undefined).isBetween(60L, 140L);
    PercentileInterval interval = PercentileInterval.of95(replicates);
    assertThat(interval.low()).isEqualTo(80.0);
    assertThat(interval.high()).isEqualTo(80.0);
  }

  @Test
  void percentilesFollowR7() {
    // 1..10: h = 9p; Q(0.025) = 1 + 0.225 = 1.225, Q(0.975) = 9 + 0.775 = 9.775.
    double[] values = {7, 3, 10, 1, 5, 2, 9, 4, 8, 6, Double.NaN};
    PercentileInterval interval = PercentileInterval.of95(values);
    assertThat(interval.low()).isCloseTo(1.225, within(1e-12));
    assertThat(interval.high()).isCloseTo(9.775, within(1e-12));
    assertThat(PercentileInterval.of95(new double[] {Double.NaN})).isNull();
  }

  @Test
  void intervalOfAMeanMatchesTheNormalApproximationForALargeSample() {
    // One item, 400 respondents with scores drawn from the five options: the percentile interval
    // of the mean has width about 2 * 1.96 * sd / sqrt(n) (within 10%) and is centred on S.
    Random data = new Random(99L);
    double[] options = {0, 25, 50, 75, 100};
    int n = 400;
    double[][] respondents = new double[n][1];
    for (int r = 0; r < n; r++) {
      respondents[r][0] = options[data.nextInt(options.length)];
    }
    double mean = Arrays.stream(respondents).mapToDouble(x -> x[0]).average().orElseThrow();
    double variance =
        Arrays.stream(respondents).mapToDouble(x -> (x[0] - mean) * (x[0] - mean)).sum() / n;
    double normalHalfWidth = 1.959964 * Math.sqrt(variance / n);
    double[] replicates = RespondentBootstrap.replicates(respondents, new double[] {1}, 2000, 5L);
    PercentileInterval interval = PercentileInterval.of95(replicates);
    double halfWidth = (interval.high() - interval.low()) / 2;
    assertThat(halfWidth).isCloseTo(normalHalfWidth, within(0.10 * normalHalfWidth));
    assertThat((interval.high() + interval.low()) / 2).isCloseTo(mean, within(0.5));
  }
}
