package org.govindex.jobs.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing the data files of a drop: every CSV or XLSX file in any folder, whatever its name. */
class DropScannerTest {

  @TempDir Path dir;

  private void touch(String path) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[0]);
  }

  @Test
  void everyCsvAndXlsxFileInAnyFolderIsAListedDataFile() throws Exception {
    touch("d/registry/districts.csv");
    touch("d/问卷星/2026年居民满意度调查_问卷星导出.xlsx");
    touch("d/12345/五月/工单.CSV");
    touch("d/top.csv");
    touch("d/README.md");
    touch("d/问卷星/README.txt");
    touch("d/" + DropScanner.SYNTHETIC_MARKER);
    touch("d/.DS_Store");
    touch("d/.hidden/x.csv");
    touch("d/cases/.hidden.csv");
    assertThat(DropScanner.candidates(dir.resolve("d")))
        .extracting(c -> c.relativePath() + (c.isXlsx() ? " (xlsx)" : ""))
        .containsExactly(
            "12345/五月/工单.CSV",
            "registry/districts.csv",
            "top.csv",
            "问卷星/2026年居民满意度调查_问卷星导出.xlsx (xlsx)");
  }

  @Test
  void aFileThatIsNoDataFileIsAnErrorNamingIt() throws Exception {
    touch("bad/registry/districts.csv");
    touch("bad/cases/calls_2026.xls");
    assertThatThrownBy(() -> DropScanner.candidates(dir.resolve("bad")))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("cases/calls_2026.xls")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aMissingDropFolderIsNamed() {
    Path missing = dir.resolve("nowhere");
    assertThatThrownBy(() -> DropScanner.candidates(missing))
        .isInstanceOf(IngestionException.class)
        .hasMessage("input folder not found: " + missing);
  }
}
