package org.govindex.jobs.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery of the data files of a drop by folder and name pattern. */
class DropScannerTest {

  @TempDir Path dir;

  private void touch(String path) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[0]);
  }

  private Path minimalDrop(String name) throws Exception {
    Path drop = Files.createDirectories(dir.resolve(name));
    for (String table :
        List.of("districts.csv", "streets.csv", "communities.csv", "departments.xlsx")) {
      touch(name + "/registry/" + table);
    }
    touch(name + "/surveys/resident_2026_a.csv");
    touch(name + "/cases/mediation_summary_2026.csv");
    touch(name + "/cases/mediation_2026.csv");
    touch(name + "/README.md");
    touch(name + "/" + org.govindex.jobs.ingest.source.DropScanner.SYNTHETIC_MARKER);
    touch(name + "/.DS_Store");
    touch(name + "/cases/.hidden.csv");
    return drop;
  }

  @Test
  void filesAreDiscoveredByFolderAndNamePattern() throws Exception {
    List<DropFile> files = DropScanner.scan(minimalDrop("ok"));
    assertThat(files)
        .extracting(f -> f.relativePath() + "=" + f.kind())
        .containsExactly(
            "registry/districts.csv=DISTRICTS",
            "registry/streets.csv=STREETS",
            "registry/communities.csv=COMMUNITIES",
            "registry/departments.xlsx=DEPARTMENTS",
            "surveys/resident_2026_a.csv=RESIDENT_SURVEY",
            "cases/mediation_summary_2026.csv=MEDIATION_SUMMARY",
            "cases/mediation_2026.csv=MEDIATION");
    assertThat(files)
        .filteredOn(DropFile::isXlsx)
        .extracting(DropFile::relativePath)
        .containsExactly("registry/departments.xlsx");
  }

  @Test
  void unrecognisedDataFileIsAnErrorNamingIt() throws Exception {
    Path drop = minimalDrop("bad");
    touch("bad/cases/calls_2026.csv");
    assertThatThrownBy(() -> DropScanner.scan(drop))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("cases/calls_2026.csv")
        .hasMessageNotContaining("\n");
  }

  @Test
  void missingRegistryTableIsAnError() throws Exception {
    Path drop = minimalDrop("noreg");
    Files.delete(drop.resolve("registry/streets.csv"));
    assertThatThrownBy(() -> DropScanner.scan(drop))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("registry/streets");
  }

  @Test
  void aRegistryTableGivenTwiceIsAnError() throws Exception {
    Path drop = minimalDrop("twice");
    touch("twice/registry/streets.xlsx");
    assertThatThrownBy(() -> DropScanner.scan(drop))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("registry/streets")
        .hasMessageContaining("more than once");
  }

  @Test
  void aMissingDropFolderIsNamed() {
    Path missing = dir.resolve("nowhere");
    assertThatThrownBy(() -> DropScanner.scan(missing))
        .isInstanceOf(IngestionException.class)
        .hasMessage("drop folder " + missing + " does not exist");
  }
}
