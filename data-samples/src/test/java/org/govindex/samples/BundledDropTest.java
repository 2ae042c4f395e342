package org.govindex.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample drop (data-samples/drop) is exactly what the generator writes for its
 * documented settings, so it is re-generated whenever the generator changes.
 */
class BundledDropTest {

  @TempDir Path temp;

  @Test
  void bundledDropIsTheGeneratorsOutputForSeed20261() throws Exception {
    Path bundled = Path.of(System.getProperty("user.dir")).resolve("drop");
    Assumptions.assumeTrue(
        Files.exists(bundled.resolve(DropGenerator.METADATA_FILE)), "no bundled drop");
    Path fresh = temp.resolve("drop");
    DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 20261, fresh, 0.02, 2026));
    Map<String, String> expected = DeterminismTest.digests(fresh);
    Map<String, String> actual = DeterminismTest.digests(bundled);
    actual.remove("README.md");
    assertThat(actual)
        .as("data-samples/drop is stale: re-generate it (see its README.md)")
        .isEqualTo(expected);
    assertThat(bundled.resolve("README.md")).exists();
  }
}
