package org.govindex.samples;

/**
 * Decides, row slot by row slot, which slots carry a planted defect and which reason. Exactly
 * {@code count} of {@code slots} slots are chosen, uniformly, by selection sampling (Knuth, TAOCP
 * vol. 2, Algorithm 3.4.2 S) without knowing the rows in advance; the reasons cycle through the
 * file's list from a random start, so every reason occurs once {@code count >= reasons}.
 */
final class DefectSchedule {

  private final DefectReason[] reasons;
  private final SeededRandom random;
  private final long slots;
  private final long count;
  private long seen;
  private long selected;
  private int nextReason;

  DefectSchedule(long slots, double rate, DefectReason[] reasons, SeededRandom random) {
    this.reasons = reasons.clone();
    this.random = random;
    this.slots = slots;
    this.count = plannedCount(slots, rate, reasons.length);
    this.nextReason = reasons.length == 0 ? 0 : random.nextInt(reasons.length);
  }

  /**
   * Defects planted among {@code slots} rows at {@code rate}: 0 when the rate is 0, otherwise
   * round(rate × slots) but at least one per reason, and at most half of the rows.
   */
  static long plannedCount(long slots, double rate, int reasons) {
    if (rate <= 0 || reasons == 0) {
      return 0;
    }
    long wanted = Math.max(reasons, Math.round(rate * slots));
    return Math.min(wanted, slots / 2);
  }

  /** The defect of the next slot, or null when the slot is clean. */
  DefectReason next() {
    if (seen >= slots) {
      throw new IllegalStateException("more slots than planned: " + slots);
    }
    long remainingSlots = slots - seen;
    long remainingDefects = count - selected;
    seen++;
    if (remainingDefects > 0 && random.nextDouble() * remainingSlots < remainingDefects) {
      selected++;
      DefectReason reason = reasons[nextReason];
      nextReason = (nextReason + 1) % reasons.length;
      return reason;
    }
    return null;
  }
}
