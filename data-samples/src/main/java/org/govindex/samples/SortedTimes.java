package org.govindex.samples;

/**
 * {@code n} uniform times in [start, end) produced in increasing order without storing them: the
 * next time is the minimum of the m remaining uniforms on [previous, end), drawn as previous + (end
 * - previous)(1 - U^(1/m)) (the order-statistic recursion for uniform samples).
 */
final class SortedTimes {

  private final SeededRandom random;
  private final long end;
  private final long activeStart;
  private final long activeSpan;
  private long remaining;
  private double previous;

  SortedTimes(long start, long end, long n, SeededRandom random) {
    this(start, end, n, 0, 24, random);
  }

  /**
   * Times whose clock time lies in [fromHour, toHour): the uniform time's position within its day
   * is mapped linearly (hence monotonically, keeping the order) into that window.
   */
  SortedTimes(long start, long end, long n, int fromHour, int toHour, SeededRandom random) {
    this.activeStart = fromHour * Times.HOUR;
    this.activeSpan = (toHour - fromHour) * Times.HOUR;
    this.random = random;
    this.end = end;
    this.remaining = n;
    this.previous = start;
  }

  long next() {
    if (remaining <= 0) {
      throw new IllegalStateException("no times left");
    }
    double u = 1.0 - random.nextDouble();
    previous = previous + (end - previous) * (1.0 - Math.pow(u, 1.0 / remaining));
    remaining--;
    long uniform = Math.min((long) previous, end - 1);
    long day = Math.floorDiv(uniform, Times.DAY) * Times.DAY;
    long withinDay = uniform - day;
    return day + activeStart + withinDay * activeSpan / Times.DAY;
  }
}
