package org.govindex.samples;

/**
 * Unique 11-digit mobile numbers: a 3-digit prefix followed by an 8-digit suffix that is a keyed
 * permutation of the call counter n on [0, 10^8) — a three-round Feistel network on two 4-digit
 * halves, (L, R) -> (R, (L + f(R)) mod 10^4), which is a bijection for any round function f. So no
 * two calls of one instance return the same number, and instances with disjoint prefix lists never
 * collide.
 */
final class PhoneNumbers {

  private static final int HALF = 10_000;

  private final String[] prefixes;
  private final long key;
  private long next;

  PhoneNumbers(String[] prefixes, long key) {
    this.prefixes = prefixes.clone();
    this.key = key;
  }

  /** Numbers for survey respondents. */
  static PhoneNumbers respondents(long seed) {
    return new PhoneNumbers(
        new String[] {"135", "136", "137", "138", "139", "150", "151", "158"}, seed * 31 + 7);
  }

  /** Numbers for department raters (prefixes disjoint from respondents). */
  static PhoneNumbers raters(long seed) {
    return new PhoneNumbers(new String[] {"180", "181", "186", "187"}, seed * 31 + 11);
  }

  String next() {
    long n = next++;
    if (n >= (long) HALF * HALF) {
      throw new IllegalStateException("more than 10^8 phone numbers requested");
    }
    int left = (int) (n / HALF);
    int right = (int) (n % HALF);
    for (int round = 0; round < 3; round++) {
      int mixed = (left + roundFunction(right, round)) % HALF;
      left = right;
      right = mixed;
    }
    String prefix =
        prefixes[(int) Math.floorMod(roundFunction((int) (n % 9973), 7), prefixes.length)];
    return prefix + Codes.pad(left, 4) + Codes.pad(right, 4);
  }

  private int roundFunction(int value, int round) {
    long z = new SeededRandom(key ^ ((long) round << 32) ^ value).nextLong();
    return (int) Math.floorMod(z, (long) HALF);
  }
}
