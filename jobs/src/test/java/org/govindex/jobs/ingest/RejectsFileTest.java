package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govindex.contract.Datasets;
import org.govindex.reports.tables.RejectRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rejects.csv} opens in Excel on Chinese Windows and reads back as written. */
class RejectsFileTest {

  @TempDir Path dir;

  @Test
  void startsWithTheUtf8ByteOrderMarkThenTheHeader() throws Exception {
    Path file = dir.resolve(RejectsFile.NAME);
    RejectsFile.write(file, List.of(new Reject("a.csv", 3, "bad_date", "日期格式错误")).iterator());

    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo("\uFEFFfile,row_number,reason_code,reason\na.csv,3,bad_date,日期格式错误\n");
  }

  @Test
  void theReportsReaderStripsTheMarkAndGivesBackEveryCell() {
    Path file = dir.resolve(RejectsFile.NAME);
    RejectsFile.write(
        file,
        List.of(
                new Reject("=a.csv", 2, "bad_value", "-选项不合规"),
                new Reject("b.csv", 7, "duplicate", "重复问卷"))
            .iterator());

    assertThat(Datasets.REJECTS.names()).first().isEqualTo("file");
    assertThat(RejectRow.read(file))
        .containsExactly(
            new RejectRow("=a.csv", 2, "bad_value", "-选项不合规"),
            new RejectRow("b.csv", 7, "duplicate", "重复问卷"));
  }
}
