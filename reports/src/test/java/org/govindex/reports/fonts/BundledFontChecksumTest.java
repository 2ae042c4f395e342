package org.govindex.reports.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.govindex.reports.testing.TestFonts;
import org.junit.jupiter.api.Test;

class BundledFontChecksumTest {

  /** The checksum committed next to the build script that fetches the font. */
  private static final Path CHECKSUM_FILE =
      Path.of(System.getProperty("user.dir"), "src/build/NotoSansSC-Regular.ttf.sha256");

  @Test
  void bundledFontMatchesCommittedChecksum() throws Exception {
    byte[] font = TestFonts.bundledFontBytes();
    String committed = Files.readString(CHECKSUM_FILE).strip().split("\\s+")[0];
    String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(font));
    assertThat(committed).matches("[0-9a-f]{64}");
    assertThat(actual).isEqualTo(committed);
  }

  @Test
  void licenceShipsNextToTheFont() throws Exception {
    try (var in =
        getClass().getClassLoader().getResourceAsStream("govindex/fonts/NotoSansSC-OFL.txt")) {
      assertThat(in).isNotNull();
      String licence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(licence).contains("SIL OPEN FONT LICENSE Version 1.1");
    }
  }
}
