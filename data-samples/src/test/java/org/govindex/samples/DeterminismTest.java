package org.govindex.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same settings give byte-identical drops (sha256 of every file); another seed gives another. */
class DeterminismTest {

  @TempDir Path temp;

  static Map<String, String> digests(Path drop) throws IOException, NoSuchAlgorithmException {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.walk(drop)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        digests.put(
            drop.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(hash));
      }
    }
    return digests;
  }

  @Test
  void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws Exception {
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    Path other = temp.resolve("other");
    DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 20261, first, 0.02, 2026));
    DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 20261, second, 0.02, 2026));
    DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 20262, other, 0.02, 2026));
    Map<String, String> a = digests(first);
    assertThat(a).hasSize(19).containsKey(DropGenerator.METADATA_FILE);
    assertThat(digests(second)).isEqualTo(a);
    Map<String, String> c = digests(other);
    assertThat(c.keySet()).isEqualTo(a.keySet());
    Set<String> same =
        a.keySet().stream().filter(k -> a.get(k).equals(c.get(k))).collect(Collectors.toSet());
    // departments.csv lists the standard district departments, which do not depend on the seed
    assertThat(same).containsExactly("registry/departments.csv");
  }

  @Test
  void regeneratingIntoASyntheticDropReplacesItAndARealFolderIsRefused() throws Exception {
    Path drop = temp.resolve("drop");
    DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 5, drop, 0.0, 2026));
    Files.writeString(drop.resolve("cases/hotline_stale.csv"), "工单编号\n");
    Files.writeString(drop.resolve("README.md"), "kept");
    DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 5, drop, 0.0, 2025));
    assertThat(drop.resolve("cases/hotline_stale.csv")).doesNotExist();
    assertThat(drop.resolve("README.md")).hasContent("kept");
    assertThat(drop.resolve("cases/hotline_2025_01-04.csv")).exists();
    assertThat(drop.resolve("cases/hotline_2026_01-04.csv")).doesNotExist();

    Path real = temp.resolve("real");
    Files.createDirectories(real);
    Files.writeString(real.resolve("data.csv"), "x");
    GeneratorSettings settings = new GeneratorSettings(Scale.SMALL, 5, real, 0.0, 2026);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DropGenerator.generate(settings))
        .isInstanceOf(DropGenerationException.class)
        .hasMessageContaining("refusing")
        .hasMessageContaining(real.toString());
    assertThat(real.resolve("data.csv")).hasContent("x");
  }
}
