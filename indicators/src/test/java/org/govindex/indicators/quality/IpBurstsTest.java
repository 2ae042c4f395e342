package org.govindex.indicators.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The burst cases of the Spark survey-quality test, on one IP address at a time (times in seconds
 * after 10:00 of the survey day), and a brute-force second implementation that tries every window
 * start, not only the responses' own times.
 */
class IpBurstsTest {

  private static final long TEN_MINUTES = 600;

  /** C1, IP A: 10:00, 10:02:30, 10:05, 10:07:30, 10:10 (speeder), 10:12 (duplicate), 10:25. */
  private static final long[] C1_A = {0, 150, 300, 450, 600, 720, 1500};

  /** C2, IP C: 10:00, 10:02:30, 10:05, 10:07:30, 10:10:01. */
  private static final long[] C2_C = {0, 150, 300, 450, 601};

  /** S1, IP A: C1's and C2's r26 at 10:01. */
  private static final long[] S1_A = {0, 150, 300, 450, 600, 720, 1500, 60};

  @Test
  void burstOfFiveWithinTenMinutes() {
    // [10:00, 10:10] and [10:02:30, 10:12:30] hold 5: max 5, all but 10:25 in a burst
    assertThat(IpBursts.ofOneAddress(C1_A, TEN_MINUTES, 5)).isEqualTo(new IpBursts.Result(5L, 6));
  }

  @Test
  void fiveResponsesOneSecondTooSpreadAreNoBurst() {
    // 10:10:01 is one second outside [10:00, 10:10]: max 4, no burst
    assertThat(IpBursts.ofOneAddress(C2_C, TEN_MINUTES, 5)).isEqualTo(new IpBursts.Result(4L, 0));
    // M = 4: [10:00, 10:10] holds 4 and [10:02:30, 10:12:30] holds 4 with 10:10:01: all five
    assertThat(IpBursts.ofOneAddress(C2_C, TEN_MINUTES, 4)).isEqualTo(new IpBursts.Result(4L, 5));
    // W = 11 min: 10:10:01 is inside [10:00, 10:11]
    assertThat(IpBursts.ofOneAddress(C2_C, 660, 5)).isEqualTo(new IpBursts.Result(5L, 5));
  }

  @Test
  void aStreetPoolsTheAddressOverItsCommunities() {
    // [10:00, 10:10] holds 6 with 10:01: 7 responses in a burst
    assertThat(IpBursts.ofOneAddress(S1_A, TEN_MINUTES, 5)).isEqualTo(new IpBursts.Result(6L, 7));
    // W = 1 min, M = 2: C1 has no two responses that close, the street has 10:00 and 10:01
    assertThat(IpBursts.ofOneAddress(C1_A, 60, 2)).isEqualTo(new IpBursts.Result(1L, 0));
    assertThat(IpBursts.ofOneAddress(S1_A, 60, 2)).isEqualTo(new IpBursts.Result(2L, 2));
  }

  @Test
  void smallerMinimumWidensTheBurst() {
    // M = 4: [10:05, 10:15] holds 10:05, 10:07:30, 10:10, 10:12; 10:25 is still alone
    assertThat(IpBursts.ofOneAddress(C1_A, TEN_MINUTES, 4).responsesInBursts()).isEqualTo(6);
  }

  @Test
  void windowIsClosedAndEqualTimesCountTogether() {
    // both ends of [t, t + W] are inside; five submissions in the same second are one burst
    assertThat(IpBursts.ofOneAddress(new long[] {0, 600}, 600, 2))
        .isEqualTo(new IpBursts.Result(2L, 2));
    assertThat(IpBursts.ofOneAddress(new long[] {7, 7, 7, 7, 7, 9000}, 600, 5))
        .isEqualTo(new IpBursts.Result(5L, 5));
    // the order of the times does not matter
    assertThat(IpBursts.ofOneAddress(new long[] {1500, 600, 0, 720, 300, 150, 450}, 600, 5))
        .isEqualTo(IpBursts.ofOneAddress(C1_A, 600, 5));
  }

  @Test
  void noTimesGiveNoBurstAndResultsOfDisjointAddressesAdd() {
    assertThat(IpBursts.ofOneAddress(new long[0], 600, 5)).isEqualTo(IpBursts.Result.NONE);
    assertThat(IpBursts.Result.NONE.maxBurst()).isNull();
    IpBursts.Result a = new IpBursts.Result(5L, 6);
    IpBursts.Result c = new IpBursts.Result(4L, 0);
    assertThat(a.plus(c)).isEqualTo(new IpBursts.Result(5L, 6));
    assertThat(c.plus(a)).isEqualTo(new IpBursts.Result(5L, 6));
    assertThat(IpBursts.Result.NONE.plus(c)).isEqualTo(c);
    assertThat(c.plus(IpBursts.Result.NONE)).isEqualTo(c);
  }

  @Test
  void agreesWithEveryWindowStartTried() {
    Random random = new Random(17);
    for (int trial = 0; trial < 500; trial++) {
      int n = 1 + random.nextInt(12);
      long[] times = new long[n];
      for (int i = 0; i < n; i++) {
        times[i] = random.nextInt(1200);
      }
      long window = 1 + random.nextInt(400);
      int min = 2 + random.nextInt(4);
      assertThat(IpBursts.ofOneAddress(times, window, min))
          .as("trial %d", trial)
          .isEqualTo(bruteForce(times, window, min));
    }
  }

  /**
   * Every integer window start s from min(t) − W to max(t): the window [s, s + W] holds k; the
   * largest k, and the responses inside some window holding at least M.
   */
  private static IpBursts.Result bruteForce(long[] times, long window, int min) {
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (long t : times) {
      lo = Math.min(lo, t);
      hi = Math.max(hi, t);
    }
    boolean[] inBurst = new boolean[times.length];
    long max = 0;
    for (long s = lo - window; s <= hi; s++) {
      int k = 0;
      for (long t : times) {
        if (t >= s && t <= s + window) {
          k++;
        }
      }
      max = Math.max(max, k);
      if (k >= min) {
        for (int i = 0; i < times.length; i++) {
          if (times[i] >= s && times[i] <= s + window) {
            inBurst[i] = true;
          }
        }
      }
    }
    long n = 0;
    for (boolean b : inBurst) {
      n += b ? 1 : 0;
    }
    return new IpBursts.Result(max, n);
  }
}
