package org.govindex.indicators.subjective;

/**
 * A community's answers as integer bit fields, so that a bootstrap resample adds its item sums and
 * counts with one or two long additions per draw instead of two additions per item.
 *
 * <p>Respondent r's answers are {@link #words()} longs. Item k takes field {@code k mod p} of word
 * {@code k div p} (p fields per word), {@code width = valueBits + countBits} bits wide: the answer
 * in the low {@code valueBits} and 1 in the {@code countBits} above when it is scored, 0 and 0 when
 * it is not. Adding the words of n drawn respondents adds every field on its own: a field's value
 * sum is at most {@code n·max < 2^valueBits} and its count at most {@code n < 2^countBits}, so no
 * field carries into the next and every word stays below 2^63.
 */
final class PackedAnswers {

  /** Answers up to 2^31 − 1, so that n·max fits in a long for any int n. */
  private static final double LARGEST_ANSWER = Integer.MAX_VALUE;

  /** Sums below 2^53: every partial sum is an exact double. */
  private static final int MAX_VALUE_BITS = 53;

  private static final int WORD_BITS = 63;

  private final int words;
  private final int perWord;
  private final int width;
  private final int valueBits;
  private final long valueMask;
  private final long countMask;
  private final long[] fields;

  private PackedAnswers(int respondents, int items, int valueBits, int countBits) {
    this.valueBits = valueBits;
    this.width = valueBits + countBits;
    this.perWord = WORD_BITS / width;
    this.words = (items + perWord - 1) / perWord;
    this.valueMask = (1L << valueBits) - 1;
    this.countMask = (1L << countBits) - 1;
    this.fields = new long[respondents * words];
  }

  /**
   * The packing of x[r][k] (NaN = not scored), or null when there is no respondent, an answer is
   * negative, not an integer or above 2^31 − 1, or the sums of n answers do not fit (n·max ≥ 2^53,
   * or a field wider than 63 bits).
   */
  static PackedAnswers of(double[][] respondents, int items) {
    int n = respondents.length;
    if (n == 0 || items == 0) {
      return null;
    }
    long largest = 0;
    for (double[] respondent : respondents) {
      for (int k = 0; k < items; k++) {
        double x = respondent[k];
        if (Double.isNaN(x)) {
          continue;
        }
        if (!(x >= 0 && x <= LARGEST_ANSWER && x == Math.rint(x))) {
          return null;
        }
        largest = Math.max(largest, (long) x);
      }
    }
    int valueBits = Math.max(1, Long.SIZE - Long.numberOfLeadingZeros(largest * n));
    int countBits = Long.SIZE - Long.numberOfLeadingZeros(n);
    if (valueBits > MAX_VALUE_BITS || valueBits + countBits > WORD_BITS) {
      return null;
    }
    PackedAnswers packed = new PackedAnswers(n, items, valueBits, countBits);
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < items; k++) {
        double x = respondents[r][k];
        if (!Double.isNaN(x)) {
          long field = (long) x | (1L << packed.valueBits);
          packed.fields[r * packed.words + k / packed.perWord] |=
              field << (k % packed.perWord * packed.width);
        }
      }
    }
    return packed;
  }

  /** Longs per respondent. */
  int words() {
    return words;
  }

  /** Adds respondent r's words to {@code totals} (one long per word). */
  void add(int respondent, long[] totals) {
    int base = respondent * words;
    for (int w = 0; w < words; w++) {
      totals[w] += fields[base + w];
    }
  }

  /** Each item's sum of scored answers and their count, from the added words. */
  void unpack(long[] totals, double[] sums, int[] counts) {
    for (int k = 0; k < sums.length; k++) {
      long field = totals[k / perWord] >>> (k % perWord * width);
      sums[k] = field & valueMask;
      counts[k] = (int) ((field >>> valueBits) & countMask);
    }
  }
}
