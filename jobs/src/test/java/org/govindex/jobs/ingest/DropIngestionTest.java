package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.GovindexException;
import org.govindex.contract.RejectReason;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.ingest.source.IngestionException;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingestion of a small hand-made drop in which every reject reason is planted at a known file and
 * row; the drop mixes UTF-8 with BOM, UTF-8, GB18030 and XLSX. One ingestion per class, on the
 * shared test session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DropIngestionTest {

  static final String KEY = "test-key-0123456789";
  static final Charset GB = Charset.forName("GB18030");

  @TempDir static Path temp;
  SparkSession spark;
  Path drop;
  Path out;
  IngestionReport report;
  Set<String> phones = new TreeSet<>();

  // ---------- the drop ----------

  static final String DISTRICTS =
      """
      区划代码,区名称,区类型
      440101,甲区,中心城区
      44010X,坏区,中心城区
      440101,重复区,中心城区
      440102,乙区,非中心城区
      440103,丙区,郊区
      """;
  static final String STREETS =
      """
      街道代码,街道名称,区划代码
      440101001,东街道,440101
      440102001,西街道,440102
      440199001,孤街道,440199
      """;
  static final String COMMUNITIES =
      """
      社区代码,社区名称,街道代码,户数,常住人口,社区类型
      440101001001,和平社区,440101001,2000,6000,城市社区
      440101001002,光明社区,440101001,2100,6100,城市社区
      440102001001,和平社区,440102001,1500,4500,农村社区
      440102001002,幸福社区,440102001,abc,4000,城市社区
      440102001003,,440102001,10,10,城市社区
      """;
  static final String RESIDENT =
      """
       序号 ,提交答卷时间,所用时间,来源,来自ＩＰ,1、您所在社区,2．您对社区治安状况的满意程度,3：您对社区环境卫生的满意程度,4、您对所在街道工作的总体满意程度,5、您的手机号码
      1,2026/3/1 10:00:00,120秒,手机提交,113.108.1.2(广东-广州),光明社区（440101001002）,满意,非常满意,基本满意,13800000001
      2,2026/3/1 10:01:00,120秒,手机提交,113.108.1.3(广东-广州),不存在社区（440101001999）,满意,满意,满意,13800000002
      3,2026/3/1 10:02:00,120秒,手机提交,113.108.1.4(广东-广州),和平社区,满意,满意,满意,13800000003
      4,2026/3/1 10:03:00,120秒,手机提交,113.108.1.5(广东-广州),光明社区（440101001002）,还行,满意,满意,13800000004
      5,2026/3/1 10:04:00,10秒,手机提交,113.108.1.6(广东-广州),光明社区（440101001002）,满意,满意,满意,13800000005
      6,2026/3/1 10:05:00,120秒,手机提交,113.108.1.7(广东-广州),光明社区（440101001002）,不了解,(跳过),,13800000006
      7,2026/3/1 10:06:00,120秒,手机提交,113.108.1.8(广东-广州),光明社区（440101001002）,满意,满意,满意,13800000007
      8,2026/3/2 10:06:00,120秒,手机提交,113.108.1.9(广东-广州),和平社区（440101001001）,不满意,满意,满意,13800000007
      9,2026/3/1 10:08:00,120秒,手机提交,113.108.1.10(广东-广州),4.40101E+11,满意,满意,满意,13800000009
      10,2026/3/1 10:09:00,5秒,手机提交,113.108.1.11(广东-广州),不存在社区（440101001999）,满意,满意,满意,13800000010
      11,2026/3/1 10:10:00,5秒,手机提交,113.108.1.12(广东-广州),光明社区（440101001002）,很好,满意,满意,13800000011
      12,2026/3/1 10:11:00,120秒,手机提交,113.108.1.13(广东-广州),光明社区,非常不满意,不了解,(跳过),138 0000 0012
      13,2026/3/1 10:12:00,120秒,手机提交,113.108.1.14(广东-广州),和平社区(440101001001),满意,满意,满意,13800000013
      14,2026/3/1 10:13:00,1分钟,手机提交,113.108.1.15(广东-广州),和平社区(440101001001),满意,满意,满意,13800000014
      """;
  static final String DEPARTMENT =
      """
      序号,提交答卷时间,所用时间,1、评议人类型,2、评议人所在街道,3、被评议部门,4、响应速度,5、配合力度,6、评议人手机号码
      1,2026-03-01 10:00:00,200秒,居民代表,东街道,民政局（44010101）,满意,满意,13900000001
      2,2026-03-01 10:00:00,200秒,居民代表,东街道,民政局,满意,满意,13900000002
      3,2026-03-01 10:00:00,200秒,路人,东街道,民政局（44010101）,满意,满意,13900000003
      4,2026-03-05 10:00:00,200秒,居民代表,440101001,44010101,非常满意,满意,13900000001
      5,2026-03-06 10:00:00,200秒,街道,440101001,民政局（44010201）,非常满意,满意,13900000001
      6,2026-03-06 10:00:00,200秒,街道,440101001,,非常满意,满意,13900000006
      """;
  static final String HOTLINE_HEADER =
      "工单编号,来电时间,受理渠道,诉求类型,诉求内容,来电号码,所属街道代码,所属社区代码,承办单位代码,签收时限,签收时间,办结时限,办结时间,工单状态,是否退单,是否重办,是否不合理诉求,回访结果,回访满意度";
  static final String HOTLINE =
      HOTLINE_HEADER
          + "\n"
          + """
          GD1,2026-03-01 10:00:00,电话,投诉,"楼下噪音,请处理
          谢谢",13700000001,440101001,440101001001,44010101,2026-03-02 10:00:00,2026-03-01 12:00:00,2026-03-31 10:00:00,2026-03-10 10:00:00,已办结,否,否,否,已解决,满意
          GD1,2026-03-01 11:00:00,电话,投诉,噪音,13700000002,440101001,,440101001,,,,,办理中,否,否,否,未回访,未评价
          GD3,2026/13/01 10:00:00,电话,投诉,噪音,13700000003,440101001,,44010101,,,,,办理中,否,否,否,未回访,未评价
          GD4,2026-03-01 10:00:00,电话,投诉,噪音,13700000004,440101001,,44010101,,,,,处理完,否,否,否,未回访,未评价
          GD5,2026-03-01 10:00:00,电话,投诉,噪音,13700000005,440101001,440102001001,44010101,,,,,办理中,否,否,否,未回访,未评价
          ,2026-03-01 10:00:00,电话,投诉,噪音,13700000006,440101001,,44010101,,,,,办理中,否,否,否,未回访,未评价
          GD7,2026-03-01 10:00:00,电话,投诉,噪音,13700000007,4.40101E+8,,44010101,,,,,办理中,否,否,否,未回访,未评价
          GD8,2026-03-01,电话,求助,噪音,13700000008,440102001,和平社区,44010201,,,,,[作废],是,是,是,未回访,未评价
          """;
  static final String MEDIATION =
      """
      调解案件编号,受理日期,所属街道代码,所属社区代码,纠纷类型,调解结果,结案日期
      TJ1,2026-02-01,440101001,440101001002,邻里纠纷,调解成功,2026-02-10
      TJ2,2026-02-01,440101001,,邻里纠纷,调解成功,2026-01-10
      TJ3,2026-02-01,440101001,,邻里纠纷,调解成功,2026-02-1"""; // cut mid-row: no line end
  static final String MEDIATION_SUMMARY =
      """
      街道代码,年度,受理数,成功数
      440101001,2026,100,98
      440102001,2026,50,51
      """;
  static final String COMMUNITY_FACTS =
      """
      社区代码,年度,注册志愿者人数,社区服务用房面积,社区工作人员办公面积,社区综合服务中心面积,专职社区工作者人数,持证社工人数,社区社会组织数,居委会直选,居民参选率,议事协商会议次数,为民服务专项资金,网上办理事项占比
      440101001001,2026,600,800,150,400,8,4,12,是,69,10,20,80
      440101001002,2026,610,810,160,410,8,4,12,否,150,10,20,80
      """;
  static final String STREET_FACTS =
      """
      街道代码,年度,招商引资额,固定资产投资额,社会消费品零售总额,财税收入
      440101001,2026,"1,234.5",40000,50000,6000
      440102001,2026,1,2
      """;
  static final String PROJECTS =
      """
      项目编号,社区代码,年度,项目名称,项目类型,居民满意度得分,社会效果评价得分
      XM1,440101001001,2026,=1+2*3,为老服务,90,80
      XM2,440101001001,2026,%s,为老服务,90,80
      """
          .formatted("长".repeat(org.govindex.contract.Datasets.MAX_FIELD_CHARS + 1));

  /** (file, row) → reason code of every planted defect. */
  static final Map<String, String> PLANTED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("registry/districts.csv#2", "bad_code"),
              Map.entry("registry/districts.csv#3", "duplicate_key"),
              Map.entry("registry/districts.csv#5", "bad_enum"),
              Map.entry("registry/streets.csv#3", "unknown_unit"),
              Map.entry("registry/communities.csv#4", "bad_number"),
              Map.entry("registry/communities.csv#5", "missing_value"),
              Map.entry("surveys/resident_2026_a.csv#2", "unknown_unit"),
              Map.entry("surveys/resident_2026_a.csv#3", "ambiguous_unit"),
              Map.entry("surveys/resident_2026_a.csv#4", "bad_value"),
              Map.entry("surveys/resident_2026_a.csv#5", "speeder"),
              Map.entry("surveys/resident_2026_a.csv#6", "no_scored_answer"),
              Map.entry("surveys/resident_2026_a.csv#7", "duplicate"),
              Map.entry("surveys/resident_2026_a.csv#9", "bad_code"),
              Map.entry("surveys/resident_2026_a.csv#10", "unknown_unit"),
              Map.entry("surveys/resident_2026_a.csv#11", "bad_value"),
              Map.entry("surveys/resident_2026_a.csv#14", "bad_number"),
              Map.entry("surveys/resident_2026_b.xlsx#2", "bad_code"),
              Map.entry("surveys/resident_2026_b.xlsx#3", "duplicate"),
              Map.entry("surveys/department_2026.csv#1", "duplicate"),
              Map.entry("surveys/department_2026.csv#2", "ambiguous_unit"),
              Map.entry("surveys/department_2026.csv#3", "bad_enum"),
              Map.entry("surveys/department_2026.csv#6", "missing_value"),
              Map.entry("cases/hotline_2026.csv#2", "duplicate_key"),
              Map.entry("cases/hotline_2026.csv#3", "bad_date"),
              Map.entry("cases/hotline_2026.csv#4", "bad_enum"),
              Map.entry("cases/hotline_2026.csv#5", "inconsistent"),
              Map.entry("cases/hotline_2026.csv#6", "missing_value"),
              Map.entry("cases/hotline_2026.csv#7", "bad_code"),
              Map.entry("cases/mediation_2026.csv#2", "inconsistent"),
              Map.entry("cases/mediation_summary_2026.csv#2", "inconsistent"),
              Map.entry("facts/community_facts_2026.csv#2", "inconsistent"),
              Map.entry("facts/projects_2026.csv#2", "field_too_long"),
              Map.entry("facts/street_facts_2026.csv#2", "field_count"),
              Map.entry("cases/mediation_2026.csv#3", "truncated_row")));

  /** Data rows per file, counted from the texts above (not from the code under test). */
  static final Map<String, Long> ROWS =
      Map.ofEntries(
          Map.entry("registry/districts.csv", 5L),
          Map.entry("registry/streets.csv", 3L),
          Map.entry("registry/communities.csv", 5L),
          Map.entry("registry/departments.xlsx", 2L),
          Map.entry("surveys/resident_2026_a.csv", 14L),
          Map.entry("surveys/resident_2026_b.xlsx", 3L),
          Map.entry("surveys/department_2026.csv", 6L),
          Map.entry("cases/hotline_2026.csv", 8L),
          Map.entry("cases/mediation_2026.csv", 3L),
          Map.entry("cases/mediation_summary_2026.csv", 2L),
          Map.entry("facts/community_facts_2026.csv", 2L),
          Map.entry("facts/street_facts_2026.csv", 2L),
          Map.entry("facts/projects_2026.csv", 2L));

  @BeforeAll
  void ingestTheDrop() throws Exception {
    drop = temp.resolve("drop");
    out = temp.resolve("ingested");
    writeBom("registry/districts.csv", DISTRICTS);
    write("registry/streets.csv", STREETS, StandardCharsets.UTF_8);
    write("registry/communities.csv", COMMUNITIES, GB);
    writeDepartmentsXlsx();
    writeBom("surveys/resident_2026_a.csv", RESIDENT);
    writeResidentXlsx();
    write("surveys/department_2026.csv", DEPARTMENT, GB);
    write("cases/hotline_2026.csv", HOTLINE, GB);
    write("cases/mediation_2026.csv", MEDIATION, StandardCharsets.UTF_8);
    write("cases/mediation_summary_2026.csv", MEDIATION_SUMMARY, StandardCharsets.UTF_8);
    write("facts/community_facts_2026.csv", COMMUNITY_FACTS, StandardCharsets.UTF_8);
    write("facts/street_facts_2026.csv", STREET_FACTS, GB);
    write("facts/projects_2026.csv", PROJECTS, StandardCharsets.UTF_8);
    Files.writeString(drop.resolve("README.md"), "test drop");
    for (String text : List.of(RESIDENT, DEPARTMENT, HOTLINE)) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("1[3-9]\\d{9}").matcher(text);
      while (m.find()) {
        phones.add(m.group());
      }
    }
    phones.add("13800000020");
    phones.add("13800000021");
    spark = SparkTestSession.get();
    report = ingestion().ingest(drop, out);
  }

  private DropIngestion ingestion() throws Exception {
    return ingestion(spark, KEY);
  }

  /** Ingestion with the bundled questionnaire and profiles and a pseudonym key. */
  static DropIngestion ingestion(SparkSession spark, String key) throws Exception {
    return new DropIngestion(
        spark, new IngestionSettings(questionnaire(), new Pseudonymizer(key), bundledProfiles()));
  }

  /** The source profiles the embedded defaults list. */
  static java.util.List<org.govindex.jobs.ingest.source.SourceProfile> bundledProfiles() {
    return org.govindex.jobs.config.SettingsLoader.load(null).profiles();
  }

  static Questionnaire questionnaire() throws Exception {
    try (var in =
        DropIngestionTest.class.getResourceAsStream("/govindex/config/questionnaire.csv")) {
      return Questionnaire.parse(
          new InputStreamReader(in, StandardCharsets.UTF_8), "questionnaire.csv");
    }
  }

  private void write(String path, String text, Charset charset) throws Exception {
    Path file = drop.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(charset));
  }

  private void writeBom(String path, String text) throws Exception {
    write(path, "\uFEFF" + text, StandardCharsets.UTF_8);
  }

  private void writeDepartmentsXlsx() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("departments");
      row(sheet, 0, "部门代码", "部门名称", "区划代码");
      row(sheet, 1, "44010101", "民政局", "440101");
      row(sheet, 2, "44010201", "民政局", "440102");
      save(book, "registry/departments.xlsx");
    }
  }

  /**
   * Row 1 valid; row 2 a community code stored as a number (Excel shows 4.40101E+11); row 3 repeats
   * row 1's phone earlier.
   */
  private void writeResidentXlsx() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("问卷");
      row(sheet, 0, "序号", "提交答卷时间", "所用时间", "您所在社区", "您对社区治安状况的满意程度", "您的手机号码");
      CellStyle dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d h:mm"));
      var r1 = row(sheet, 1, "1", null, "100秒", "和平社区（440101001001）", "非常满意", "13800000020");
      r1.createCell(1).setCellValue(java.time.LocalDateTime.of(2026, 4, 1, 9, 30));
      r1.getCell(1).setCellStyle(dateStyle);
      var r2 = row(sheet, 2, "2", "2026/4/1 9:31:00", "100秒", null, "满意", "13800000021");
      r2.createCell(3).setCellValue(440101001001d);
      row(sheet, 3, "3", "2026/3/1 9:31:00", "100秒", "和平社区（440101001001）", "满意", "13800000020");
      save(book, "surveys/resident_2026_b.xlsx");
    }
  }

  private static org.apache.poi.ss.usermodel.Row row(Sheet sheet, int index, String... values) {
    var row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        row.createCell(i).setCellValue(values[i]);
      }
    }
    return row;
  }

  private void save(XSSFWorkbook book, String path) throws Exception {
    Path file = drop.resolve(path);
    Files.createDirectories(file.getParent());
    try (OutputStream stream = Files.newOutputStream(file)) {
      book.write(stream);
    }
  }

  // ---------- helpers ----------

  private List<String[]> rejectsCsv() throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("rejects.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFFfile,row_number,reason_code,reason");
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(line.split(",", 4));
    }
    return rows;
  }

  private Map<String, String> rejectCodes() throws Exception {
    Map<String, String> codes = new TreeMap<>();
    for (String[] r : rejectsCsv()) {
      codes.put(r[0] + "#" + r[1], r[2]);
    }
    return codes;
  }

  private String reasonOf(String fileRow) throws Exception {
    return rejectsCsv().stream()
        .filter(r -> (r[0] + "#" + r[1]).equals(fileRow))
        .map(r -> r[3])
        .findFirst()
        .orElseThrow();
  }

  private List<Row> dataset(String name) {
    return spark.read().parquet(out.resolve(name).toString()).collectAsList();
  }

  // ---------- tests: one per reason ----------

  @Test
  void exactlyThePlantedDefectsAreRejected() throws Exception {
    assertThat(rejectCodes()).isEqualTo(PLANTED);
  }

  @Test
  void everyReasonCodeOfTheContractIsPlanted() {
    assertThat(new TreeSet<>(PLANTED.values()))
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(RejectReason.values()).map(RejectReason::code).toList());
  }

  @Test
  void unknownUnit() throws Exception {
    assertThat(rejectCodes()).containsEntry("surveys/resident_2026_a.csv#2", "unknown_unit");
    assertThat(reasonOf("registry/streets.csv#3")).contains("区划代码").contains("440199");
  }

  @Test
  void ambiguousUnitNameMustBeUniqueCityWideForSurveys() throws Exception {
    assertThat(reasonOf("surveys/resident_2026_a.csv#3")).contains("和平社区").contains("全市");
    assertThat(rejectCodes()).containsEntry("surveys/department_2026.csv#2", "ambiguous_unit");
    // hotline row 8: 和平社区 is unique within the row's street 440102001, so it resolves
    assertThat(dataset("hotline_orders"))
        .anySatisfy(
            r -> {
              assertThat(r.<String>getAs("order_id")).isEqualTo("GD8");
              assertThat(r.<String>getAs("community_code")).isEqualTo("440102001001");
            });
  }

  @Test
  void badValue() throws Exception {
    assertThat(reasonOf("surveys/resident_2026_a.csv#4")).contains("社区治安").contains("还行");
  }

  @Test
  void raterTypeOutsideTheFourGroupsIsBadEnum() throws Exception {
    assertThat(reasonOf("surveys/department_2026.csv#3")).contains("评议人类型").contains("路人");
  }

  @Test
  void speeder() throws Exception {
    assertThat(reasonOf("surveys/resident_2026_a.csv#5")).contains("所用时间").contains("10 秒");
  }

  @Test
  void noScoredAnswer() throws Exception {
    assertThat(rejectCodes()).containsEntry("surveys/resident_2026_a.csv#6", "no_scored_answer");
  }

  @Test
  void duplicatePhoneKeepsTheLatestSubmissionAcrossFiles() throws Exception {
    assertThat(reasonOf("surveys/resident_2026_a.csv#7"))
        .contains("surveys/resident_2026_a.csv 第 8 行");
    assertThat(reasonOf("surveys/resident_2026_b.xlsx#3"))
        .contains("surveys/resident_2026_b.xlsx 第 1 行");
  }

  @Test
  void departmentRaterRatingTheSameDepartmentTwiceKeepsTheLatest() throws Exception {
    assertThat(reasonOf("surveys/department_2026.csv#1")).contains("第 4 行");
    // row 5: same rater, another department: kept
    assertThat(dataset("department_ratings"))
        .extracting(r -> r.<Long>getAs("row_number"))
        .containsExactlyInAnyOrder(4L, 5L);
  }

  @Test
  void reasonPrecedenceUnitThenBadValueThenSpeeder() throws Exception {
    assertThat(rejectCodes())
        .containsEntry("surveys/resident_2026_a.csv#10", "unknown_unit")
        .containsEntry("surveys/resident_2026_a.csv#11", "bad_value");
  }

  @Test
  void scientificNotationCodesAreBadCodes() throws Exception {
    assertThat(reasonOf("surveys/resident_2026_a.csv#9")).contains("4.40101E+11");
    assertThat(reasonOf("surveys/resident_2026_b.xlsx#2")).contains("E+11");
    assertThat(reasonOf("cases/hotline_2026.csv#7")).contains("所属街道代码");
    assertThat(reasonOf("registry/districts.csv#2")).contains("区划代码");
  }

  @Test
  void missingValueBadNumberBadDateBadEnum() throws Exception {
    assertThat(reasonOf("cases/hotline_2026.csv#6")).contains("工单编号");
    assertThat(reasonOf("registry/communities.csv#4")).contains("户数");
    assertThat(reasonOf("facts/community_facts_2026.csv#2")).contains("居民参选率");
    assertThat(reasonOf("cases/hotline_2026.csv#3")).contains("来电时间");
    assertThat(reasonOf("cases/hotline_2026.csv#4")).contains("工单状态");
    assertThat(reasonOf("surveys/resident_2026_a.csv#14")).contains("所用时间");
  }

  @Test
  void duplicateKeyKeepsTheFirstRow() throws Exception {
    assertThat(reasonOf("cases/hotline_2026.csv#2")).contains("工单编号").contains("第 1 行");
    assertThat(reasonOf("registry/districts.csv#3")).contains("第 1 行");
  }

  @Test
  void inconsistent() throws Exception {
    assertThat(reasonOf("cases/mediation_summary_2026.csv#2"))
        .contains("成功数 51")
        .contains("受理数 50");
    assertThat(reasonOf("cases/hotline_2026.csv#5")).contains("440102001001");
    assertThat(reasonOf("cases/mediation_2026.csv#2")).contains("结案日期 早于 受理日期");
    assertThat(reasonOf("facts/community_facts_2026.csv#2")).contains("居民参选率 150 超出 0–100");
  }

  @Test
  void incompleteRowsAndOverlongFields() throws Exception {
    assertThat(reasonOf("facts/street_facts_2026.csv#2")).isEqualTo("本行有 4 个字段，表头有 6 列");
    assertThat(reasonOf("cases/mediation_2026.csv#3")).contains("文件在本行中途结束");
    assertThat(reasonOf("facts/projects_2026.csv#2")).isEqualTo("项目名称：长 1001 个字符，超过上限 1000 个字符");
    assertThat(dataset("mediation_cases"))
        .extracting(r -> r.<String>getAs("case_id"))
        .containsExactly("TJ1");
  }

  // ---------- accounting, outputs, personal data ----------

  @Test
  void everyFileBalancesAndRowCountsMatchTheInput() {
    assertThat(report.files())
        .extracting(InputFileReport::path)
        .containsExactlyInAnyOrderElementsOf(ROWS.keySet());
    for (InputFileReport file : report.files()) {
      long planted = PLANTED.keySet().stream().filter(k -> k.startsWith(file.path() + "#")).count();
      assertThat(file.rowsRead()).as(file.path()).isEqualTo(ROWS.get(file.path()));
      assertThat(file.rowsRejected()).as(file.path()).isEqualTo(planted);
      assertThat(file.rowsAccepted()).as(file.path()).isEqualTo(file.rowsRead() - planted);
      assertThat(file.sha256()).hasSize(64);
    }
    Map<String, Long> byReason =
        PLANTED.values().stream()
            .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
    assertThat(report.rejectsByReason()).isEqualTo(byReason);
  }

  @Test
  void rejectsAreSortedByFileThenRow() throws Exception {
    List<String[]> rows = rejectsCsv();
    for (int i = 1; i < rows.size(); i++) {
      int byFile = rows.get(i - 1)[0].compareTo(rows.get(i)[0]);
      assertThat(
              byFile < 0
                  || (byFile == 0
                      && Long.parseLong(rows.get(i - 1)[1]) < Long.parseLong(rows.get(i)[1])))
          .as("row %d", i)
          .isTrue();
    }
  }

  @Test
  void noClearPhoneNumberAnywhereInTheOutput() throws Exception {
    assertThat(phones).hasSizeGreaterThan(20);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anyMatch(f -> f.toString().endsWith(".parquet"));
    for (Path file : files) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String phone : phones) {
        assertThat(bytes).as(file + " holds " + phone).doesNotContain(phone);
      }
      assertThat(bytes).as(file + " holds an IP").doesNotContain("113.108.1.");
      assertThat(bytes)
          .doesNotContain(
              new String("噪音".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void phonesAreHmacSha256OfTheKey() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of().formatHex(mac.doFinal("13800000012".getBytes(StandardCharsets.UTF_8)));
    Row row12 =
        dataset("resident_responses").stream()
            .filter(r -> r.<Long>getAs("row_number") == 12L)
            .findFirst()
            .orElseThrow();
    assertThat(row12.<String>getAs("phone_hash")).isEqualTo(expected);
    assertThat(row12.<String>getAs("ip_region")).isEqualTo("广东-广州");
    assertThat(row12.<String>getAs("ip_hash")).hasSize(64);
  }

  @Test
  void responsesAndLongAnswersAreTyped() {
    Row first =
        dataset("resident_responses").stream()
            .filter(r -> r.<String>getAs("response_id").equals("surveys/resident_2026_a.csv#1"))
            .findFirst()
            .orElseThrow();
    assertThat(first.<String>getAs("community_code")).isEqualTo("440101001002");
    assertThat(first.<String>getAs("street_code")).isEqualTo("440101001");
    assertThat(first.<Integer>getAs("duration_seconds")).isEqualTo(120);
    assertThat(first.<java.sql.Timestamp>getAs("submitted_at").toInstant())
        .isEqualTo(java.time.Instant.parse("2026-03-01T02:00:00Z"));
    Map<String, String> answers = new TreeMap<>();
    for (Row a : dataset("resident_answers")) {
      if (a.<String>getAs("response_id").equals("surveys/resident_2026_a.csv#12")) {
        answers.put(
            a.<String>getAs("item_code"),
            a.getAs("item_level")
                + "|"
                + a.getAs("score")
                + "|"
                + a.getAs("dont_know")
                + "|"
                + a.getAs("skipped"));
      }
    }
    assertThat(answers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "C_SAFETY", "community|0.0|false|false",
                "C_ENVIRONMENT", "community|null|true|false",
                "S_OVERALL", "street|null|false|true"));
    // accepted resident responses: 14 + 3 rows minus the 12 planted rejects
    assertThat(dataset("resident_responses")).hasSize(5);
  }

  @Test
  void registryAndFactsAreTyped() {
    assertThat(dataset("districts"))
        .extracting(r -> r.getAs("district_code") + ":" + r.getAs("central"))
        .containsExactlyInAnyOrder("440101:true", "440102:false");
    assertThat(dataset("street_facts").get(0).<Double>getAs("investment_attracted"))
        .isEqualTo(1234.5);
    assertThat(dataset("projects").get(0).<String>getAs("project_name")).isEqualTo("=1+2*3");
    assertThat(dataset("hotline_orders"))
        .filteredOn(r -> r.<String>getAs("order_id").equals("GD8"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.<Boolean>getAs("unreasonable")).isTrue();
              assertThat(r.<String>getAs("handler_code")).isEqualTo("44010201");
            });
  }

  @Test
  void unrecognisedFileStopsIngestionWithItsName() throws Exception {
    Path bad = temp.resolve("bad");
    Files.createDirectories(bad.resolve("registry"));
    Files.writeString(bad.resolve("registry/districts.csv"), DISTRICTS);
    Files.writeString(bad.resolve("registry/towns.csv"), "x");
    assertThatThrownBy(() -> ingestion().ingest(bad, temp.resolve("bad-out")))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("registry/towns.csv");
  }

  @Test
  void missingRequiredColumnNamesTheFile() throws Exception {
    Path copy = temp.resolve("nocol");
    for (String table : List.of("districts.csv", "streets.csv", "communities.csv")) {
      Files.createDirectories(copy.resolve("registry"));
      Files.copy(drop.resolve("registry/" + table), copy.resolve("registry/" + table));
    }
    Files.copy(
        drop.resolve("registry/departments.xlsx"), copy.resolve("registry/departments.xlsx"));
    Files.createDirectories(copy.resolve("cases"));
    Files.writeString(
        copy.resolve("cases/mediation_summary_x.csv"), "街道代码,年度,受理数\n440101001,2026,3\n");
    assertThatThrownBy(() -> ingestion().ingest(copy, temp.resolve("nocol-out")))
        .isInstanceOf(IngestionException.class)
        .hasMessageContaining("cases/mediation_summary_x.csv")
        .hasMessageContaining("成功数");
  }

  @Test
  void eachFileIsHashedOverAllItsBytes() throws Exception {
    // independent: SHA-256 of the whole file as sha256sum computes it
    for (InputFileReport file : report.files()) {
      byte[] bytes = Files.readAllBytes(drop.resolve(file.path()));
      String expected =
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      assertThat(file.sha256()).as(file.path()).isEqualTo(expected);
    }
  }

  @Test
  void eachFileReportsTheEncodingItWasWrittenIn() {
    Map<String, String> encodings = new TreeMap<>();
    report.files().forEach(f -> encodings.put(f.path(), f.encoding()));
    assertThat(encodings)
        .isEqualTo(
            Map.ofEntries(
                Map.entry("registry/districts.csv", "UTF-8"), // with BOM
                Map.entry("registry/streets.csv", "UTF-8"),
                Map.entry("registry/communities.csv", "GB18030"),
                Map.entry("registry/departments.xlsx", "xlsx"),
                Map.entry("surveys/resident_2026_a.csv", "UTF-8"), // with BOM
                Map.entry("surveys/resident_2026_b.xlsx", "xlsx"),
                Map.entry("surveys/department_2026.csv", "GB18030"),
                Map.entry("cases/hotline_2026.csv", "GB18030"),
                Map.entry("cases/mediation_2026.csv", "UTF-8"),
                Map.entry("cases/mediation_summary_2026.csv", "UTF-8"),
                Map.entry("facts/community_facts_2026.csv", "UTF-8"),
                Map.entry("facts/street_facts_2026.csv", "GB18030"),
                Map.entry("facts/projects_2026.csv", "UTF-8")));
  }

  @Test
  void gb18030TextIsDecoded() {
    // communities.csv is GB18030: names read back as written
    assertThat(dataset("communities"))
        .extracting(r -> r.<String>getAs("community_name"))
        .containsExactlyInAnyOrder("和平社区", "光明社区", "和平社区");
  }

  @Test
  void quotedFieldWithALineBreakIsOneRow() {
    // hotline row 1 holds a quoted 诉求内容 over two lines; the next record is row 2 (GD1 again)
    assertThat(dataset("hotline_orders"))
        .extracting(r -> r.<String>getAs("order_id") + "#" + r.<Long>getAs("row_number"))
        .containsExactlyInAnyOrder("GD1#1", "GD8#8");
  }

  @Test
  void noPersonalDataInTheDecodedDatasets() throws Exception {
    List<Path> datasets;
    try (Stream<Path> list = Files.list(out)) {
      datasets = list.filter(Files::isDirectory).toList();
    }
    assertThat(datasets).hasSizeGreaterThan(10);
    for (Path dir : datasets) {
      for (String json : spark.read().parquet(dir.toString()).toJSON().collectAsList()) {
        for (String phone : phones) {
          assertThat(json).as(dir.getFileName() + " holds " + phone).doesNotContain(phone);
        }
        assertThat(json).as(dir.getFileName() + " holds an IP").doesNotContain("113.108.1.");
        assertThat(json).doesNotContain("噪音");
      }
    }
  }

  @Test
  void aCsvThatChangesEncodingIsRefusedNamingFileLineAndEncoding() throws Exception {
    Path mixed = temp.resolve("mixed");
    Files.createDirectories(mixed.resolve("registry"));
    byte[] utf8 =
        "区划代码,区名称,区类型\n440101,甲区,中心城区\n440102,乙区,非中心城区\n".getBytes(StandardCharsets.UTF_8);
    byte[] gbk = "440103,丙区,中心城区\n".getBytes(Charset.forName("GBK"));
    Files.write(mixed.resolve("registry/districts.csv"), concat(utf8, gbk));
    for (String table : List.of("streets.csv", "communities.csv")) {
      Files.copy(drop.resolve("registry/" + table), mixed.resolve("registry/" + table));
    }
    Files.copy(
        drop.resolve("registry/departments.xlsx"), mixed.resolve("registry/departments.xlsx"));
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.CHINA);
    try {
      assertThatThrownBy(() -> ingestion().ingest(mixed, temp.resolve("mixed-out")))
          .isInstanceOf(IngestionException.class)
          .satisfies(
              e ->
                  assertThat(GovindexException.oneLine(e))
                      .isEqualTo(
                          "registry/districts.csv：文件编码错误，第 4 行不是有效的 UTF-8 文本（一个文件只能用一种编码，请另存为"
                              + " UTF-8 或 GB18030）"));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
