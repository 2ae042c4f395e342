package org.govindex.jobs.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.govindex.jobs.ingest.source.IngestionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the pseudonym key comes from, and the refusal of the sample key for real data. */
class PseudonymKeyTest {

  @TempDir Path dir;

  @Test
  void keyFromConfigurationThenEnvironmentThenSampleForSyntheticDropsOnly() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path synthetic = Files.createDirectories(dir.resolve("synthetic"));
    Files.writeString(
        synthetic.resolve(org.govindex.jobs.ingest.source.DropScanner.SYNTHETIC_MARKER), "{}");
    Map<String, String> env = Map.of(PseudonymKey.ENV, "from-env");

    assertThat(PseudonymKey.resolve("configured", env, real))
        .isEqualTo(new PseudonymKey("configured", PseudonymKey.Origin.CONFIGURATION));
    assertThat(PseudonymKey.resolve(null, env, real))
        .isEqualTo(new PseudonymKey("from-env", PseudonymKey.Origin.ENVIRONMENT));
    assertThat(PseudonymKey.resolve(" ", Map.of(), synthetic).origin())
        .isEqualTo(PseudonymKey.Origin.BUILT_IN_SAMPLE);
    assertThatThrownBy(() -> PseudonymKey.resolve(null, Map.of(), real))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("GOVINDEX_PSEUDONYM_KEY")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> PseudonymKey.resolve(PseudonymKey.SAMPLE_KEY, Map.of(), real))
        .isInstanceOf(IngestionException.class);
  }

  @Test
  void theRefusalOfTheSampleKeyIsInTheUsersLanguage() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.CHINA);
      assertThatThrownBy(() -> PseudonymKey.resolve(null, Map.of(), real))
          .hasMessage(
              "数据包 "
                  + real
                  + " 中没有 govindex-synthetic.json 标记文件，因此不能使用内置的样例假名密钥：请把"
                  + " GOVINDEX_PSEUDONYM_KEY 设为保密的密钥");
      java.util.Locale.setDefault(java.util.Locale.ROOT);
      assertThatThrownBy(() -> PseudonymKey.resolve(null, Map.of(), real))
          .hasMessage(
              "drop "
                  + real
                  + " has no govindex-synthetic.json marker, so the built-in sample pseudonym key"
                  + " is refused: set GOVINDEX_PSEUDONYM_KEY to a secret key");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void theKeyIsNeverPrinted() {
    assertThat(new PseudonymKey("s3cret", PseudonymKey.Origin.CONFIGURATION).toString())
        .doesNotContain("s3cret");
  }
}
