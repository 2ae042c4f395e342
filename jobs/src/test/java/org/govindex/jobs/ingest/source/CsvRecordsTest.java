package org.govindex.jobs.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.govindex.contract.testing.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV reading: the encoding decided from the first bytes (UTF-8 with or without BOM, GB18030), a
 * file mixing encodings refused at the line that changes, RFC 4180 quoting, and the row numbers.
 * The refusals are checked as a Chinese user reads them, and once in English.
 */
@ExtendWith(ChineseLocale.class)
class CsvRecordsTest {

  static final Charset GB = Charset.forName("GB18030");
  static final Charset GBK = Charset.forName("GBK");

  /** A record and its row number; a null cell (nothing between delimiters) as the empty text. */
  record Numbered(long row, List<String> cells) {}

  static CsvRecords open(String file, byte[] bytes) throws Exception {
    return new CsvRecords(file, new ByteArrayInputStream(bytes));
  }

  static List<Numbered> records(CsvRecords source) {
    List<Numbered> out = new ArrayList<>();
    for (String[] r = source.next(); r != null; r = source.next()) {
      out.add(
          new Numbered(source.rowNumber(), Arrays.stream(r).map(c -> c == null ? "" : c).toList()));
    }
    return out;
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  static TextEncoding.Sniffed sniff(byte[] bytes) throws Exception {
    return TextEncoding.sniff(new BufferedInputStream(new ByteArrayInputStream(bytes)));
  }

  // ---- encoding detection ----

  @Test
  void byteOrderMarkMeansUtf8() throws Exception {
    byte[] withBom =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "社区代码,社区名称\n440101001001,和平社区\n".getBytes(StandardCharsets.UTF_8));
    assertThat(sniff(withBom)).isEqualTo(new TextEncoding.Sniffed("UTF-8", true));
    try (CsvRecords csv = open("bom.csv", withBom)) {
      assertThat(csv.encoding()).isEqualTo("UTF-8");
      assertThat(csv.header()).containsExactly("社区代码", "社区名称");
      assertThat(records(csv)).containsExactly(new Numbered(1, List.of("440101001001", "和平社区")));
    }
  }

  @Test
  void strictUtf8WithoutBomIsUtf8() throws Exception {
    // more than one 64 KiB buffer, so multi-byte characters straddle buffer boundaries
    String text = "序号,您所在社区\n" + "1,和平社区\n".repeat(20_000);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(sniff(bytes)).isEqualTo(new TextEncoding.Sniffed("UTF-8", false));
    try (CsvRecords csv = open("plain.csv", bytes)) {
      assertThat(csv.encoding()).isEqualTo("UTF-8");
      List<Numbered> rows = records(csv);
      assertThat(rows).hasSize(20_000);
      assertThat(rows).allMatch(r -> r.cells().equals(List.of("1", "和平社区")));
      assertThat(rows.get(19_999).row()).isEqualTo(20_000);
    }
  }

  @Test
  void gbkBytesAreGb18030() throws Exception {
    byte[] gb = "工单编号,来电时间\nGD1,2026-01-01\n".getBytes(GB);
    assertThat(sniff(gb)).isEqualTo(new TextEncoding.Sniffed("GB18030", false));
    try (CsvRecords csv = open("gb.csv", gb)) {
      assertThat(csv.encoding()).isEqualTo("GB18030");
      assertThat(csv.header()).containsExactly("工单编号", "来电时间");
    }
    // GBK (Excel on Chinese Windows) is a subset of GB18030
    try (CsvRecords csv = open("gbk.csv", "区名称,区类型\n甲区,中心城区\n".getBytes(GBK))) {
      assertThat(csv.encoding()).isEqualTo("GB18030");
      assertThat(records(csv)).containsExactly(new Numbered(1, List.of("甲区", "中心城区")));
    }
  }

  @Test
  void invalidUtf8LateInTheFileIsGb18030() throws Exception {
    // the first non-ASCII text decides: here it is GB18030, after 200 KB of ASCII
    byte[] all =
        concat("a,b\n".repeat(50_000).getBytes(StandardCharsets.US_ASCII), "满意,是\n".getBytes(GB));
    try (CsvRecords csv = open("late.csv", all)) {
      assertThat(csv.encoding()).isEqualTo("GB18030");
      List<Numbered> rows = records(csv);
      assertThat(rows).hasSize(50_000);
      assertThat(rows.get(49_999)).isEqualTo(new Numbered(50_000, List.of("满意", "是")));
    }
  }

  @Test
  void aCharacterCutByTheEndOfTheLookAheadDoesNotCountAgainstUtf8() throws Exception {
    // the first non-ASCII line runs past the look-ahead, which ends inside a 3-byte character
    byte[] bytes =
        concat(
            "a".repeat(TextEncoding.LOOK_AHEAD - 1).getBytes(StandardCharsets.US_ASCII),
            "满意\n".getBytes(StandardCharsets.UTF_8));
    assertThat(sniff(bytes)).isEqualTo(new TextEncoding.Sniffed("UTF-8", false));
  }

  // ---- a file in two encodings ----

  @Test
  void aLaterGbkLineInAUtf8FileIsRefusedNamingFileLineAndEncoding() throws Exception {
    byte[] bytes =
        concat(
            "区划代码,区名称,区类型\n440101,甲区,中心城区\n440102,乙区,非中心城区\n".getBytes(StandardCharsets.UTF_8),
            "440103,丙区,中心城区\n".getBytes(GBK),
            "440104,丁区,中心城区\n".getBytes(StandardCharsets.UTF_8));
    try (CsvRecords csv = open("registry/districts.csv", bytes)) {
      assertThat(csv.encoding()).isEqualTo("UTF-8");
      assertThat(csv.next()).containsExactly("440101", "甲区", "中心城区");
      // the source reads one record ahead (to know the last record): the bad line 4 surfaces
      // while row 2, the record before it, is delivered
      assertThatThrownBy(csv::next)
          .isInstanceOf(IngestionException.class)
          .hasMessage(
              "registry/districts.csv：文件编码错误，第 4 行不是有效的 UTF-8 文本（一个文件只能用一种编码，请另存为 UTF-8 或 GB18030）");
    }
  }

  @Test
  void aGbkLineFarIntoAUtf8FileIsRefusedWithItsLine() throws Exception {
    // beyond the look-ahead of the encoding decision and the reader's buffers; a quoted cell
    // over two lines before it: lines are the file's lines, not its records
    String head = "序号,内容\n1,\"第一行\n第二行\"\n" + "2,满意\n".repeat(200_000);
    byte[] bytes = concat(head.getBytes(StandardCharsets.UTF_8), "3,不满意\n".getBytes(GBK));
    assertThat(bytes.length).isGreaterThan(TextEncoding.LOOK_AHEAD);
    try (CsvRecords csv = open("surveys/resident_x.csv", bytes)) {
      assertThat(csv.encoding()).isEqualTo("UTF-8");
      assertThatThrownBy(() -> records(csv))
          .isInstanceOf(IngestionException.class)
          .hasMessage(
              "surveys/resident_x.csv：文件编码错误，第 200004 行不是有效的 UTF-8 文本（一个文件只能用一种编码，请另存为 UTF-8 或 GB18030）");
    }
  }

  @Test
  void aLaterGbkLineInAUtf8FileWithBomIsRefused() throws Exception {
    byte[] bytes =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "区划代码,区名称\n440101,甲区\n".getBytes(StandardCharsets.UTF_8),
            "440103,丙区\n".getBytes(GBK));
    try (CsvRecords csv = open("registry/districts.csv", bytes)) {
      assertThatThrownBy(() -> records(csv))
          .isInstanceOf(IngestionException.class)
          .hasMessageStartingWith("registry/districts.csv：文件编码错误，第 3 行不是有效的 UTF-8 文本")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void aByteThatIsNoGb18030LaterInAGb18030FileIsRefusedWithItsLine() throws Exception {
    byte[] bytes =
        concat("工单编号,诉求类型\nGD1,投诉\n".getBytes(GB), new byte[] {'G', 'D', '2', ',', (byte) 0xFF});
    try (CsvRecords csv = open("cases/hotline_x.csv", bytes)) {
      assertThat(csv.encoding()).isEqualTo("GB18030");
      assertThatThrownBy(() -> records(csv))
          .isInstanceOf(IngestionException.class)
          .hasMessage(
              "cases/hotline_x.csv：文件编码错误，第 3 行不是有效的 GB18030 文本（一个文件只能用一种编码，请另存为 UTF-8 或 GB18030）");
    }
  }

  // ---- a file cut short ----

  /** Which rows are reported truncated, reading the whole file. */
  private static List<Long> truncatedRows(String text) throws Exception {
    List<Long> out = new ArrayList<>();
    try (CsvRecords csv = open("cut.csv", text.getBytes(StandardCharsets.UTF_8))) {
      for (String[] r = csv.next(); r != null; r = csv.next()) {
        if (csv.truncated()) {
          out.add(csv.rowNumber());
        }
      }
    }
    return out;
  }

  @Test
  void aFileCutMidRowHasItsLastRowTruncated() throws Exception {
    assertThat(truncatedRows("编号,名称\n1,甲\n2,乙")).containsExactly(2L);
    assertThat(truncatedRows("编号,名称\n1,甲\n2,")).containsExactly(2L);
  }

  @Test
  void aFileCutInsideAQuoteHasItsLastRowTruncated() throws Exception {
    assertThat(truncatedRows("编号,名称\n1,甲\n2,\"乙\n丙")).containsExactly(2L);
    // the cut falls right after a line break inside the quoted cell
    assertThat(truncatedRows("编号,名称\n1,甲\n2,\"乙\n")).containsExactly(2L);
  }

  @Test
  void aCompleteFileHasNoTruncatedRow() throws Exception {
    assertThat(truncatedRows("编号,名称\n1,甲\n2,乙\n")).isEmpty();
    assertThat(truncatedRows("编号,名称\r\n1,\"甲\"\"x\"\"\"\r\n2,\"乙\n丙\"\r\n")).isEmpty();
    assertThat(truncatedRows("编号,名称\n1,甲\n\n\n")).isEmpty();
    assertThat(truncatedRows("编号,名称")).isEmpty();
  }

  @Test
  void recordsAreNeitherPaddedNorCut() throws Exception {
    try (CsvRecords csv =
        open("ragged.csv", "a,b,c\n1,2\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8))) {
      assertThat(csv.fieldCountKnown()).isTrue();
      assertThat(csv.next()).hasSize(2);
      assertThat(csv.next()).hasSize(4);
    }
  }

  // ---- records and row numbers ----

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
    byte[] bytes =
        ("编号,内容,备注\n" + "GD1,\"楼下噪音,请处理\n谢谢\",x\n" + "GD2,\"他说\"\"你好\"\"\",\n" + "GD3,,\"\"\n")
            .getBytes(StandardCharsets.UTF_8);
    try (CsvRecords csv = open("q.csv", bytes)) {
      assertThat(records(csv))
          .containsExactly(
              new Numbered(1, List.of("GD1", "楼下噪音,请处理\n谢谢", "x")),
              new Numbered(2, List.of("GD2", "他说\"你好\"", "")),
              new Numbered(3, List.of("GD3", "", "")));
    }
  }

  @Test
  void crlfLineEndsAndCellsAsWritten() throws Exception {
    byte[] bytes = "编号,名称\r\n 1 ,　甲区 \r\n2,乙区\r\n".getBytes(StandardCharsets.UTF_8);
    try (CsvRecords csv = open("crlf.csv", bytes)) {
      assertThat(csv.header()).containsExactly("编号", "名称");
      assertThat(records(csv))
          .containsExactly(
              new Numbered(1, List.of(" 1 ", "　甲区 ")), new Numbered(2, List.of("2", "乙区")));
    }
  }

  @Test
  void emptyLinesAreNotRowsSoRowNumbersCountRecords() throws Exception {
    // row numbers are those of the data records (header excluded), as the old Spark reader's
    // zipWithIndex gave them: empty lines, before the header too, are skipped and not counted
    byte[] bytes = "\n编号,名称\n\nA,甲\n\n\nB,乙\n\nC,\"丙\n\n丙\"\nD,丁".getBytes(StandardCharsets.UTF_8);
    try (CsvRecords csv = open("gaps.csv", bytes)) {
      assertThat(csv.header()).containsExactly("编号", "名称");
      assertThat(records(csv))
          .containsExactly(
              new Numbered(1, List.of("A", "甲")),
              new Numbered(2, List.of("B", "乙")),
              new Numbered(3, List.of("C", "丙\n\n丙")),
              new Numbered(4, List.of("D", "丁")));
    }
  }

  @Test
  void aRecordStartingWithHashIsARecordNotAComment() throws Exception {
    // CSV has no comments: a 项目编号 or 序号 may start with #
    byte[] bytes = "项目编号,名称\n#1,甲\n# 2,乙\n3,#丙\n".getBytes(StandardCharsets.UTF_8);
    try (CsvRecords csv = open("hash.csv", bytes)) {
      assertThat(records(csv))
          .containsExactly(
              new Numbered(1, List.of("#1", "甲")),
              new Numbered(2, List.of("# 2", "乙")),
              new Numbered(3, List.of("3", "#丙")));
    }
  }

  @Test
  void shortAndLongRecordsAreReadAsWritten() throws Exception {
    byte[] bytes = "a,b,c\n1\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8);
    try (CsvRecords csv = open("ragged.csv", bytes)) {
      assertThat(records(csv))
          .containsExactly(
              new Numbered(1, List.of("1")), new Numbered(2, List.of("1", "2", "3", "4")));
    }
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThatThrownBy(() -> open("cases/hotline_x.csv", new byte[0]))
        .isInstanceOf(IngestionException.class)
        .hasMessage("cases/hotline_x.csv：空文件（没有表头行）");
  }

  @Test
  void theRefusalsAreInEnglishOutsideAChineseLocale() {
    Locale.setDefault(Locale.ROOT);
    assertThatThrownBy(() -> open("cases/hotline_x.csv", new byte[0]))
        .hasMessage("cases/hotline_x.csv: empty file (no header row)");
    byte[] mixed =
        concat(
            "区代码,区名称\n".getBytes(StandardCharsets.UTF_8),
            "440103,荔湾区\n".getBytes(StandardCharsets.UTF_8),
            "440104,越秀区\n".getBytes(GB));
    assertThatThrownBy(() -> records(open("registry/districts.csv", mixed)))
        .hasMessage(
            "registry/districts.csv: wrong file encoding: line 3 is not valid UTF-8 text (a file"
                + " must use one encoding; save it as UTF-8 or GB18030)");
  }
}
