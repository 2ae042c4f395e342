package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.govindex.contract.testing.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code govindex bench} under a Chinese locale: its refusals and its figures in Chinese. */
@ExtendWith(ChineseLocale.class)
class BenchCommandTest {

  @TempDir Path tmp;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void benchIndexRefusesAFolderWithoutTheAsemFilesInChinese() {
    Run r = run("bench", "index", "--asem", tmp.toString());
    assertThat(r.status()).isNotZero();
    assertThat(r.err().strip())
        .isEqualTo("govindex index: " + tmp + "：应包含 ASEM_iMeta.csv 和 ASEM_iData.csv");
  }

  @Test
  void benchIndexRefusesInEnglishUnderAnEnglishLocale() {
    Locale.setDefault(Locale.ENGLISH);
    Run r = run("bench", "index", "--asem", tmp.toString());
    assertThat(r.err().strip())
        .isEqualTo("govindex index: " + tmp + ": expected ASEM_iMeta.csv and ASEM_iData.csv");
  }

  @Test
  void benchNightlyRefusesAnUnknownScaleInChinese() {
    Run r = run("bench", "nightly", "--scale", "huge", "--out", tmp.toString());
    assertThat(r.status()).isNotZero();
    assertThat(r.err().strip()).isEqualTo("govindex nightly: 未知规模 huge：应为 small、city 或 province");
  }

  @Test
  void benchIndexPrintsItsFiguresInChinese() {
    Path home = Path.of(System.getProperty("user.dir")).getParent();
    Path asem = home.resolveSibling("shared").resolve("reference/asem");
    assumeTrue(Files.isDirectory(asem), "shared reference data absent");
    Run r =
        run(
            "bench",
            "index",
            "--asem",
            asem.toString(),
            "--recipe",
            home.resolve("indicators/examples/asem/pipeline-b.yaml").toString(),
            "--rebuilds",
            "20",
            "--replications",
            "20");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("指数构建，方案 B（pipeline-b.yaml）：预热后重复构建 20 次，中位数 ")
        .contains("对照：COINr 每次构建 0.13 秒，本程序的速度是它的 ")
        .contains("不确定性分析：20 次重复（含设计检查）用时 ")
        .contains("机器：")
        .doesNotContain("warm rebuilds")
        .doesNotContain("replications");
  }
}
