package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.govindex.contract.testing.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code govindex inspect} under a Chinese locale: the reason each file was recognised (its
 * required columns, the source profile, header aliases, the file name, the 问卷星 layout) is Chinese,
 * with codes and names as arguments but no English phrase.
 */
@ExtendWith(ChineseLocale.class)
class InspectChineseTest {

  private static final Path REPO = InspectCommandTests.REPO;

  /** Three Latin words in a row, as an English phrase would have them. */
  private static final Pattern ENGLISH_PHRASE =
      Pattern.compile("[A-Za-z]{2,}[\\s,;:()]+[A-Za-z]{2,}[\\s,;:()]+[A-Za-z]{2,}");

  private String inspect(Path drop) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "inspect",
            "--input",
            drop.toString());
    assertThat(status).as(err.toString()).isZero();
    return out.toString();
  }

  private static List<String> reasons(String report) {
    return report.lines().filter(l -> l.startsWith("  依据：")).toList();
  }

  @Test
  void theBundledDropsReasonsAreChinese() {
    List<String> reasons = reasons(inspect(REPO.resolve("data-samples/drop")));

    assertThat(reasons).hasSize(18);
    for (String reason : reasons) {
      assertThat(reason).as(reason).containsPattern("具备 [a-z_]+ 的全部 \\d+ 个必需列（来源配置 contract）");
      assertThat(ENGLISH_PHRASE.matcher(reason).find()).as(reason).isFalse();
    }
    assertThat(reasons)
        .anySatisfy(r -> assertThat(r).endsWith("；文件名与之相符"))
        .anySatisfy(r -> assertThat(r).contains("；问卷星“按文本”导出（答案为选项文字）"));
  }

  @Test
  void theReasonsOfADropWithHeaderAliasesAndAnOptionNumberExportAreChinese() {
    List<String> reasons = reasons(inspect(REPO.resolve("data-samples/variants/city-a")));

    assertThat(reasons).isNotEmpty();
    for (String reason : reasons) {
      assertThat(ENGLISH_PHRASE.matcher(reason).find()).as(reason).isFalse();
    }
    assertThat(reasons)
        .anySatisfy(r -> assertThat(r).containsPattern("用到 \\d+ 个表头别名"))
        .anySatisfy(r -> assertThat(r).contains("问卷星“按序号”导出（文件名标明“按序号”）"));
  }
}
