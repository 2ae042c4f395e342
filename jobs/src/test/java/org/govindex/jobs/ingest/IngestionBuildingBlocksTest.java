package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark-free parts of ingestion: encodings, headers, codes, units, keys, file discovery. */
class IngestionBuildingBlocksTest {

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  // ---- encoding detection ----

  @Test
  void byteOrderMarkMeansUtf8() throws Exception {
    byte[] text = "社区代码,社区名称\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    FileFingerprint fp = FileFingerprint.of(write("bom.csv", withBom));
    assertThat(fp.encoding()).isEqualTo("UTF-8");
    assertThat(fp.bom()).isTrue();
  }

  @Test
  void strictUtf8WithoutBomIsUtf8() throws Exception {
    // more than one 64 KiB buffer, so multi-byte characters straddle buffer boundaries
    String text = "序号,您所在社区\n".repeat(20_000);
    FileFingerprint fp =
        FileFingerprint.of(write("plain.csv", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(fp.encoding()).isEqualTo("UTF-8");
    assertThat(fp.bom()).isFalse();
  }

  @Test
  void gbkBytesAreGb18030() throws Exception {
    byte[] gb = "工单编号,来电时间\nGD1,2026-01-01\n".getBytes(Charset.forName("GB18030"));
    assertThat(FileFingerprint.of(write("gb.csv", gb)).encoding()).isEqualTo("GB18030");
  }

  @Test
  void invalidUtf8LateInTheFileIsGb18030() throws Exception {
    byte[] ascii = "a,b\n".repeat(50_000).getBytes(StandardCharsets.US_ASCII);
    byte[] gb = "满意\n".getBytes(Charset.forName("GB18030"));
    byte[] all = new byte[ascii.length + gb.length];
    System.arraycopy(ascii, 0, all, 0, ascii.length);
    System.arraycopy(gb, 0, all, ascii.length, gb.length);
    assertThat(FileFingerprint.of(write("late.csv", all)).encoding()).isEqualTo("GB18030");
  }

  @Test
  void sha256OfKnownContent() throws Exception {
    // SHA-256("abc") from FIPS 180-2, appendix B.1
    assertThat(
            FileFingerprint.of(write("abc.txt", "abc".getBytes(StandardCharsets.US_ASCII)))
                .sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  // ---- headers ----

  @Test
  void headerVariantsAreFoundByNormalisedText() {
    List<String> headers =
        List.of(" 序号 ", "1、提交答卷时间", "12．所用时间", "3：来自ＩＰ", "5) 您所在社区（必填）", "来源详情", "来源");
    Map<String, Integer> found =
        ColumnLocator.locate(
            "f.csv",
            headers,
            List.of(
                ColumnRule.equal("seq", "序号"),
                ColumnRule.equal("submitted", "提交答卷时间"),
                ColumnRule.equal("duration", "所用时间"),
                ColumnRule.equal("ip", "来自IP"),
                ColumnRule.containing("community", "所在社区"),
                ColumnRule.equal("source", "来源"),
                ColumnRule.equal("detail", "来源详情")));
    assertThat(found)
        .containsEntry("seq", 0)
        .containsEntry("submitted", 1)
        .containsEntry("duration", 2)
        .containsEntry("ip", 3)
        .containsEntry("community", 4)
        .containsEntry("source", 6)
        .containsEntry("detail", 5);
  }

  @Test
  void equalityRuleFallsBackToTheHeaderThatContainsIt() {
    Map<String, Integer> found =
        ColumnLocator.locate(
            "f.csv",
            List.of("社区代码", "社区服务用房面积（平方米）"),
            List.of(ColumnRule.equal("code", "社区代码"), ColumnRule.equal("area", "社区服务用房面积")));
    assertThat(found).containsEntry("area", 1);
  }

  @Test
  void missingRequiredColumnNamesFileAndColumn() {
    assertThatThrownBy(
            () ->
                ColumnLocator.locate(
                    "cases/hotline_1.csv",
                    List.of("工单编号"),
                    List.of(ColumnRule.equal("order", "工单编号"), ColumnRule.equal("t", "来电时间"))))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("cases/hotline_1.csv")
        .hasMessageContaining("来电时间")
        .hasMessageNotContaining("\n");
  }

  // ---- codes and units ----

  private static UnitRegistry registry() {
    return new UnitRegistry(
        List.of(
            new Unit(UnitLevel.DISTRICT, "440101", "甲区", null),
            new Unit(UnitLevel.STREET, "440101001", "东街道", "440101"),
            new Unit(UnitLevel.STREET, "440101002", "西街道", "440101"),
            new Unit(UnitLevel.COMMUNITY, "440101001001", "和平社区", "440101001"),
            new Unit(UnitLevel.COMMUNITY, "440101002001", "和平社区", "440101002"),
            new Unit(UnitLevel.COMMUNITY, "440101002002", "光明社区", "440101002")));
  }

  private static String reasonOf(Runnable action) {
    try {
      action.run();
    } catch (CellRejection r) {
      return r.code();
    }
    return "accepted";
  }

  @Test
  void unitReferenceForms() {
    UnitRegistry r = registry();
    assertThat(r.resolve("c", "光明社区（440101002002）", null, UnitLevel.COMMUNITY).code())
        .isEqualTo("440101002002");
    assertThat(r.resolve("c", "光明社区(440101002002)", null, UnitLevel.COMMUNITY).code())
        .isEqualTo("440101002002");
    assertThat(r.resolve("c", " 440101002002 ", null, UnitLevel.COMMUNITY).code())
        .isEqualTo("440101002002");
    assertThat(r.resolve("c", "光明社区", null, UnitLevel.COMMUNITY).code()).isEqualTo("440101002002");
    // a name shared by two streets: ambiguous city-wide, unique within its street
    assertThat(reasonOf(() -> r.resolve("c", "和平社区", null, UnitLevel.COMMUNITY)))
        .isEqualTo("ambiguous_unit");
    assertThat(r.resolve("c", "和平社区", "440101002", UnitLevel.COMMUNITY).code())
        .isEqualTo("440101002001");
  }

  @Test
  void scientificNotationAndWrongLengthCodesAreBadCodes() {
    UnitRegistry r = registry();
    assertThat(reasonOf(() -> r.resolve("c", "4.40101E+11", null, UnitLevel.COMMUNITY)))
        .isEqualTo("bad_code");
    assertThat(reasonOf(() -> r.resolve("c", "44010100200", null, UnitLevel.COMMUNITY)))
        .isEqualTo("bad_code");
    assertThat(reasonOf(() -> Cells.code("社区代码", "4.40104E+11", UnitLevel.COMMUNITY)))
        .isEqualTo("bad_code");
    assertThat(Cells.code("社区代码", "044010100200", UnitLevel.COMMUNITY)).isEqualTo("044010100200");
  }

  @Test
  void unknownCodesAndMismatchedNamesAreUnknownUnits() {
    UnitRegistry r = registry();
    assertThat(reasonOf(() -> r.resolve("c", "440101009999", null, UnitLevel.COMMUNITY)))
        .isEqualTo("unknown_unit");
    assertThat(reasonOf(() -> r.resolve("c", "光明社区（440101001001）", null, UnitLevel.COMMUNITY)))
        .isEqualTo("unknown_unit");
    assertThat(reasonOf(() -> r.resolve("c", "", null, UnitLevel.COMMUNITY)))
        .isEqualTo("unknown_unit");
  }

  @Test
  void timestampsInTheThreeFormats() {
    assertThat(Cells.timestamp("t", "2026/3/1 9:05:07").toString())
        .isEqualTo("2026-03-01T09:05:07");
    assertThat(Cells.timestamp("t", "2026-03-01 09:05:07").toString())
        .isEqualTo("2026-03-01T09:05:07");
    assertThat(Cells.timestamp("t", "2026-03-01").toString()).isEqualTo("2026-03-01T00:00");
    assertThat(reasonOf(() -> Cells.timestamp("t", "2026-02-30"))).isEqualTo("bad_date");
    assertThat(reasonOf(() -> Cells.timestamp("t", "01/03/2026"))).isEqualTo("bad_date");
  }

  // ---- pseudonymisation ----

  @Test
  void hmacSha256MatchesRfc4231TestCase2() {
    assertThat(new Pseudonymizer("Jefe").hash("what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void phoneFormattingDoesNotChangeTheHash() {
    Pseudonymizer p = new Pseudonymizer("k");
    assertThat(p.hashPhone("138-0000 0001")).isEqualTo(p.hash("13800000001"));
    assertThat(p.hashPhone("+8613800000001")).isEqualTo(p.hash("13800000001"));
    assertThat(p.hashPhone("")).isNull();
  }

  @Test
  void keyFromConfigurationThenEnvironmentThenSampleForSyntheticDropsOnly() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path synthetic = Files.createDirectories(dir.resolve("synthetic"));
    Files.writeString(synthetic.resolve(PseudonymKey.SYNTHETIC_MARKER), "{}");
    Map<String, String> env = Map.of(PseudonymKey.ENV, "from-env");

    assertThat(PseudonymKey.resolve("configured", env, real))
        .isEqualTo(new PseudonymKey("configured", PseudonymKey.Origin.CONFIGURATION));
    assertThat(PseudonymKey.resolve(null, env, real))
        .isEqualTo(new PseudonymKey("from-env", PseudonymKey.Origin.ENVIRONMENT));
    assertThat(PseudonymKey.resolve(" ", Map.of(), synthetic).origin())
        .isEqualTo(PseudonymKey.Origin.BUILT_IN_SAMPLE);
    assertThatThrownBy(() -> PseudonymKey.resolve(null, Map.of(), real))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("GOVINDEX_PSEUDONYM_KEY")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> PseudonymKey.resolve(PseudonymKey.SAMPLE_KEY, Map.of(), real))
        .isInstanceOf(IngestionException.class);
  }

  // ---- discovery ----

  private Path minimalDrop(String name) throws Exception {
    Path drop = Files.createDirectories(dir.resolve(name));
    for (String table :
        List.of("districts.csv", "streets.csv", "communities.csv", "departments.xlsx")) {
      write(name + "/registry/" + table, new byte[0]);
    }
    write(name + "/surveys/resident_2026_a.csv", new byte[0]);
    write(name + "/cases/mediation_summary_2026.csv", new byte[0]);
    write(name + "/cases/mediation_2026.csv", new byte[0]);
    write(name + "/README.md", new byte[0]);
    write(name + "/" + PseudonymKey.SYNTHETIC_MARKER, new byte[0]);
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
  }

  @Test
  void unrecognisedDataFileIsAnErrorNamingIt() throws Exception {
    Path drop = minimalDrop("bad");
    write("bad/cases/calls_2026.csv", new byte[0]);
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
}
