package org.govindex.reports.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govindex.reports.fonts.CjkFontLocator;

/** Access to the bundled font file for tests that need a CJK font file on disk. */
public final class TestFonts {

  private TestFonts() {}

  /** The bytes of the bundled font; skips the test when the build could not bundle it. */
  public static byte[] bundledFontBytes() throws IOException {
    try (InputStream in =
        TestFonts.class.getClassLoader().getResourceAsStream(CjkFontLocator.BUNDLED_RESOURCE)) {
      assumeTrue(in != null, "bundled font absent (npm was not available at build time)");
      return in.readAllBytes();
    }
  }

  /** Copies the bundled font to {@code file}. */
  public static Path copyBundledFont(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, bundledFontBytes());
  }
}
