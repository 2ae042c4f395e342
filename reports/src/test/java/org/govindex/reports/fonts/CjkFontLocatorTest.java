package org.govindex.reports.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.govindex.reports.testing.TestFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjkFontLocatorTest {

  private static final String ABSENT_RESOURCE = "govindex/fonts/does-not-exist.ttf";

  /** A Latin-only TrueType font shipped with most Linux systems (no Chinese glyphs). */
  private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  @TempDir Path dir;

  private static CjkFontLocator locator(
      String resource, Supplier<List<Path>> fontconfig, List<Path> wellKnown) {
    return new CjkFontLocator(
        CjkFontLocatorTest.class.getClassLoader(), resource, fontconfig, wellKnown);
  }

  @Test
  void bundledResourceComesFirstAndFontconfigIsNotAsked() throws Exception {
    TestFonts.bundledFontBytes();
    Path system = TestFonts.copyBundledFont(dir.resolve("fc/system.ttf"));
    AtomicInteger fontconfigCalls = new AtomicInteger();
    CjkFont font =
        locator(
                CjkFontLocator.BUNDLED_RESOURCE,
                () -> {
                  fontconfigCalls.incrementAndGet();
                  return List.of(system);
                },
                List.of(system))
            .locate();
    assertThat(font.origin()).isEqualTo(FontOrigin.BUNDLED);
    assertThat(font.location()).isEqualTo("classpath:" + CjkFontLocator.BUNDLED_RESOURCE);
    assertThat(font.postScriptName()).isEqualTo("NotoSansSC-Regular");
    assertThat(fontconfigCalls).hasValue(0);
  }

  @Test
  void withoutBundledFontFontconfigComesBeforeWellKnownPaths() throws Exception {
    Path listed = TestFonts.copyBundledFont(dir.resolve("fc/listed.ttf"));
    Path known = TestFonts.copyBundledFont(dir.resolve("known/known.ttf"));
    CjkFont font = locator(ABSENT_RESOURCE, () -> List.of(listed), List.of(known)).locate();
    assertThat(font.origin()).isEqualTo(FontOrigin.FONTCONFIG);
    assertThat(font.location()).isEqualTo(listed.toString());
  }

  @Test
  void wellKnownDirectoryIsSearchedWhenNothingElseServes() throws Exception {
    Path known = TestFonts.copyBundledFont(dir.resolve("wqy/some-cjk.ttf"));
    Files.writeString(dir.resolve("wqy/readme.txt"), "not a font");
    CjkFont font =
        locator(ABSENT_RESOURCE, List::of, List.of(dir.resolve("missing.ttc"), dir.resolve("wqy")))
            .locate();
    assertThat(font.origin()).isEqualTo(FontOrigin.WELL_KNOWN_PATH);
    assertThat(font.location()).isEqualTo(known.toString());
    assertThat(font.canDisplay("社".codePointAt(0))).isTrue();
  }

  @Test
  void fontWithoutChineseGlyphsIsSkippedForTheNextCandidate() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(DEJAVU), "no DejaVuSans");
    Path cjk = TestFonts.copyBundledFont(dir.resolve("known/cjk.ttf"));
    CjkFont font = locator(ABSENT_RESOURCE, () -> List.of(DEJAVU), List.of(cjk)).locate();
    assertThat(font.origin()).isEqualTo(FontOrigin.WELL_KNOWN_PATH);
    assertThat(font.location()).isEqualTo(cjk.toString());
  }

  @Test
  void nothingUsableGivesOneLineErrorWithRemedyAndReasons() throws Exception {
    Path notAFont = Files.writeString(dir.resolve("broken.ttf"), "garbage");
    Path cff = Files.write(dir.resolve("cff.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0});
    List<Path> candidates =
        Files.isRegularFile(DEJAVU) ? List.of(DEJAVU, notAFont) : List.of(notAFont);
    assertThatThrownBy(
            () ->
                locator(ABSENT_RESOURCE, () -> candidates, List.of(cff, dir.resolve("nope")))
                    .locate())
        .isInstanceOf(CjkFontNotFoundException.class)
        .hasMessageStartingWith("No usable CJK font found")
        .hasMessageContaining(ABSENT_RESOURCE)
        .hasMessageContaining("npm")
        .hasMessageContaining("apt-get install fonts-wqy-microhei")
        .hasMessageContaining(notAFont + ": unreadable font file")
        .hasMessageContaining(cff + ": CFF (PostScript) outlines")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    if (Files.isRegularFile(DEJAVU)) {
      assertThatThrownBy(() -> locator(ABSENT_RESOURCE, () -> List.of(DEJAVU), List.of()).locate())
          .hasMessageContaining(DEJAVU + ": no glyph for ");
    }
  }

  @Test
  void fontconfigOutputIsParsedToSortedDistinctFiles() {
    String output =
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc: \n"
            + "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: \n"
            + "\n"
            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc: \n";
    assertThat(FontconfigCandidates.parse(output))
        .containsExactly(
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
    assertThat(FontconfigCandidates.parse("")).isEmpty();
  }
}
