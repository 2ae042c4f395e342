package org.govindex.jobs.ingest.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.jobs.ingest.source.DropScanner;
import org.govindex.jobs.ingest.source.IngestionException;

/**
 * The key of the pseudonymising hash and where it came from.
 *
 * <p>Resolution order: the configured key, else the environment variable {@value #ENV}, else the
 * built-in sample key, which is accepted only for a synthetic drop (its root holds {@value
 * DropScanner#SYNTHETIC_MARKER}); real data with a known key would be re-identifiable by anyone.
 */
public record PseudonymKey(String secret, Origin origin) {

  /** Environment variable holding the key. */
  public static final String ENV = "GOVINDEX_PSEUDONYM_KEY";

  /** Marker file at the root of generated and bundled drops. */
  static final String SAMPLE_KEY = "govindex-public-sample-key-for-synthetic-data-only";

  /** Where the key was found. */
  public enum Origin {
    CONFIGURATION,
    ENVIRONMENT,
    BUILT_IN_SAMPLE
  }

  /** Resolves the key for a drop; refuses the sample key for a drop that is not synthetic. */
  public static PseudonymKey resolve(String configuredKey, Map<String, String> env, Path dropDir) {
    boolean synthetic = Files.isRegularFile(dropDir.resolve(DropScanner.SYNTHETIC_MARKER));
    PseudonymKey key;
    if (configuredKey != null && !configuredKey.isBlank()) {
      key = new PseudonymKey(configuredKey, Origin.CONFIGURATION);
    } else if (env.get(ENV) != null && !env.get(ENV).isBlank()) {
      key = new PseudonymKey(env.get(ENV), Origin.ENVIRONMENT);
    } else {
      key = new PseudonymKey(SAMPLE_KEY, Origin.BUILT_IN_SAMPLE);
    }
    if (!synthetic && key.secret.equals(SAMPLE_KEY)) {
      throw new IngestionException(
          Messages.text("pseudonym.sampleKeyRefused", dropDir, DropScanner.SYNTHETIC_MARKER, ENV));
    }
    return key;
  }

  public Pseudonymizer pseudonymizer() {
    return new Pseudonymizer(secret);
  }

  @Override
  public String toString() {
    return "PseudonymKey[origin=" + origin + "]";
  }
}
