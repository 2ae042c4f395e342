package org.govindex.jobs.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keyed hash of personal data. */
class PseudonymizerTest {

  @Test
  void hmacSha256MatchesRfc4231TestCase2() {
    assertThat(new Pseudonymizer("Jefe").hash("what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void phoneFormattingDoesNotChangeTheHash() {
    Pseudonymizer p = new Pseudonymizer("k");
    assertThat(p.hashPhone("138-0000 0001")).isEqualTo(p.hash("13800000001"));
    assertThat(p.hashPhone("+8613800000001")).isEqualTo(p.hash("13800000001"));
    assertThat(p.hashPhone("008613800000001")).isEqualTo(p.hash("13800000001"));
    assertThat(p.hashPhone("")).isNull();
  }

  @Test
  void anotherKeyGivesAnotherHash() {
    assertThat(new Pseudonymizer("k1").hash("13800000001"))
        .isNotEqualTo(new Pseudonymizer("k2").hash("13800000001"));
  }
}
