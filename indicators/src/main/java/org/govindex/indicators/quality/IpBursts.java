package org.govindex.indicators.quality;

import java.util.Arrays;

/**
 * Bursts of submissions from one IP address within one unit (issue 4, survey quality).
 *
 * <p>For each response i of one IP, c_i = the responses of that IP whose submit times lie in the
 * closed window [t_i, t_i + W]. Any window holding k responses can be slid right to start at its
 * earliest response, so the largest burst is max c_i; a response at t is in a burst iff some i with
 * t_i in [t − W, t] has c_i ≥ M. Times are whole seconds.
 */
public final class IpBursts {

  /**
   * The bursts of a unit.
   *
   * @param maxBurst the largest c_i over the unit's IPs, null when no response has an IP and a time
   * @param responsesInBursts responses that lie in a window holding at least M responses of their
   *     IP
   */
  public record Result(Long maxBurst, long responsesInBursts) implements java.io.Serializable {

    /** No response with an IP and a time. */
    public static final Result NONE = new Result(null, 0);

    /** The result of two disjoint sets of IPs. */
    public Result plus(Result o) {
      Long max =
          maxBurst == null
              ? o.maxBurst
              : o.maxBurst == null ? maxBurst : Math.max(maxBurst, o.maxBurst);
      return new Result(max, responsesInBursts + o.responsesInBursts);
    }
  }

  private IpBursts() {}

  /**
   * The bursts of one IP's responses.
   *
   * @param times submit times in epoch seconds (any order)
   * @param windowSeconds W
   * @param minResponses M
   */
  public static Result ofOneAddress(long[] times, long windowSeconds, int minResponses) {
    if (times.length == 0) {
      return Result.NONE;
    }
    long[] t = times.clone();
    Arrays.sort(t);
    int n = t.length;
    int[] inWindow = new int[n];
    long max = 0;
    for (int i = 0; i < n; i++) {
      inWindow[i] = firstAbove(t, t[i] + windowSeconds) - firstAtLeast(t, t[i]);
      max = Math.max(max, inWindow[i]);
    }
    long inBursts = 0;
    int start = 0;
    int lastStarter = -1;
    for (int j = 0; j < n; j++) {
      // the latest i with t_i <= t_j (ties included) whose window makes a burst
      while (start < n && t[start] <= t[j]) {
        if (inWindow[start] >= minResponses) {
          lastStarter = start;
        }
        start++;
      }
      if (lastStarter >= 0 && t[lastStarter] >= t[j] - windowSeconds) {
        inBursts++;
      }
    }
    return new Result(max, inBursts);
  }

  /** The first index whose time is at least {@code value} (n when none). */
  private static int firstAtLeast(long[] sorted, long value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index whose time is above {@code value} (n when none). */
  private static int firstAbove(long[] sorted, long value) {
    return value == Long.MAX_VALUE ? sorted.length : firstAtLeast(sorted, value + 1);
  }
}
