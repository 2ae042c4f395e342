package org.govindex.reports.fonts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govindex.contract.testing.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The refusal when no CJK font serves, under a Chinese locale: where it looked and the remedy. */
@ExtendWith(ChineseLocale.class)
class CjkFontLocatorChineseTest {

  private static final String ABSENT_RESOURCE = "govindex/fonts/does-not-exist.ttf";

  private static final String REMEDY =
      "请在装有 npm 的环境中重新构建 reports 模块以内置 Noto Sans SC 字体，"
          + "或安装一种 TrueType 中文字体（apt-get install fonts-wqy-microhei）";

  @TempDir Path dir;

  private static CjkFontLocator locator(List<Path> fontconfig, List<Path> wellKnown) {
    return new CjkFontLocator(
        CjkFontLocatorChineseTest.class.getClassLoader(),
        ABSENT_RESOURCE,
        () -> fontconfig,
        wellKnown);
  }

  @Test
  void noCandidateAtAllIsRefusedInChineseWithTheRemedy() {
    assertThatThrownBy(() -> locator(List.of(), List.of(dir.resolve("nope"))).locate())
        .isInstanceOf(CjkFontNotFoundException.class)
        .hasMessage(
            "找不到可用的中文字体（内置资源 "
                + ABSENT_RESOURCE
                + " 不存在；fontconfig 列出 0 个文件；常见位置有 0 个文件）："
                + REMEDY);
  }

  @Test
  void rejectedCandidatesAreNamedWithTheirReasonsInChinese() throws Exception {
    Path notAFont = Files.writeString(dir.resolve("broken.ttf"), "garbage");
    Path cff = Files.write(dir.resolve("cff.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0});
    assertThatThrownBy(() -> locator(List.of(notAFont), List.of(cff)).locate())
        .isInstanceOf(CjkFontNotFoundException.class)
        .hasMessageStartingWith(
            "找不到可用的中文字体（内置资源 "
                + ABSENT_RESOURCE
                + " 不存在；fontconfig 列出 1 个文件；常见位置有 1 个文件；不可用："
                + notAFont
                + "：无法读取的字体文件（")
        .hasMessageEndingWith(
            "；" + cff + "：字形轮廓为 CFF（PostScript）格式，PDFBox 只能嵌入 TrueType 字体）：" + REMEDY);
  }
}
