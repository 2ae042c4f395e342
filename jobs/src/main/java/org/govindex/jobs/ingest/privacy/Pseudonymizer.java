package org.govindex.jobs.ingest.privacy;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash of personal data: lowercase hex HMAC-SHA256 (RFC 2104) of the UTF-8 text with the
 * run's key. Serializable, so Spark tasks carry it; each thread lazily builds its own {@link Mac}.
 */
public final class Pseudonymizer implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String ALGORITHM = "HmacSHA256";
  private static final java.util.regex.Pattern PHONE_NOISE =
      java.util.regex.Pattern.compile("[\\s\\u3000\\-]");

  private final byte[] key;
  private transient volatile ThreadLocal<Mac> macs;

  public Pseudonymizer(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("pseudonym key is empty");
    }
    this.key = key.getBytes(StandardCharsets.UTF_8);
  }

  /** HMAC-SHA256 hex of the text as given; null or blank gives null. */
  public String hash(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    byte[] digest = mac().doFinal(value.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  /**
   * Hash of a phone number after removing white space, {@code -} and a {@code +86}/{@code 0086}
   * country prefix, so that {@code 138-2024-3791} and {@code 13820243791} are the same person.
   */
  public String hashPhone(String phone) {
    return hash(normalisePhone(phone));
  }

  static String normalisePhone(String phone) {
    if (phone == null) {
      return null;
    }
    String compact = PHONE_NOISE.matcher(phone).replaceAll("");
    if (compact.startsWith("+86")) {
      compact = compact.substring(3);
    } else if (compact.startsWith("0086")) {
      compact = compact.substring(4);
    }
    return compact;
  }

  private Mac mac() {
    ThreadLocal<Mac> local = macs;
    if (local == null) {
      synchronized (this) {
        if (macs == null) {
          macs = ThreadLocal.withInitial(this::newMac);
        }
        local = macs;
      }
    }
    return local.get();
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
