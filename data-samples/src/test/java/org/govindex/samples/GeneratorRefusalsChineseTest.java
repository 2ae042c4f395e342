package org.govindex.samples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govindex.contract.testing.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What {@code govindex generate} refuses, under a Chinese locale: each refusal in Chinese. */
@ExtendWith(ChineseLocale.class)
class GeneratorRefusalsChineseTest {

  @TempDir Path dir;

  @Test
  void anUnknownScaleOrAnOutOfRangeSettingIsRefusedInChinese() {
    assertThatThrownBy(() -> Scale.parse("town"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("未知规模 town：应为 small、city 或 province");
    assertThatThrownBy(() -> new GeneratorSettings(Scale.SMALL, 1, dir, 0.7, 2026))
        .hasMessage("缺陷率应在 0 到 0.5 之间，实际为 0.7");
    assertThatThrownBy(() -> new GeneratorSettings(Scale.SMALL, 1, dir, 0.02, 1999))
        .hasMessage("年度应为 2000 至 2099 之间的年份，实际为 1999");
  }

  @Test
  void aFolderWithOtherFilesIsNeverWrittenIntoAndTheRefusalIsChinese() throws Exception {
    Path out = Files.createDirectories(dir.resolve("real"));
    Files.writeString(out.resolve("hotline.csv"), "real data");
    assertThatThrownBy(
            () -> DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 1, out, 0.02, 2026)))
        .isInstanceOf(DropGenerationException.class)
        .hasMessage("拒绝写入非空文件夹 " + out + "：其中没有 " + DropGenerator.METADATA_FILE + "（不是合成样例数据）");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThatThrownBy(
            () -> DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 1, file, 0.02, 2026)))
        .isInstanceOf(DropGenerationException.class)
        .hasMessage("输出路径 " + file + " 已存在，但不是文件夹");
  }

  @Test
  void aFolderThatCannotBeCreatedIsRefusedInChinese() {
    Path proc = Path.of("/proc");
    assumeTrue(Files.isDirectory(proc.resolve("self")), "no /proc, where no folder can be made");
    Path out = proc.resolve("govindex-drop");
    assertThatThrownBy(
            () -> DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 1, out, 0.02, 2026)))
        .isInstanceOf(DropGenerationException.class)
        .hasMessage("无法在 " + out + " 中写入样例数据：" + out + "：文件或文件夹不存在");
  }
}
