package org.govindex.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated small drop has every file type of the input contract, its headers and encodings.
 */
class DropFormatTest {

  @TempDir static Path temp;
  static Path drop;
  static GenerationResult result;

  @BeforeAll
  static void generate() {
    drop = temp.resolve("drop");
    result = DropGenerator.generate(new GeneratorSettings(Scale.SMALL, 20261, drop, 0.02, 2026));
  }

  // Header lists copied from shared/docs/input-contract.md.
  static final List<String> DISTRICTS = List.of("区划代码", "区名称", "区类型");
  static final List<String> STREETS = List.of("街道代码", "街道名称", "区划代码");
  static final List<String> COMMUNITIES = List.of("社区代码", "社区名称", "街道代码", "户数", "常住人口", "社区类型");
  static final List<String> DEPARTMENTS = List.of("部门代码", "部门名称", "区划代码");
  static final List<String> HOTLINE =
      List.of(
          "工单编号", "来电时间", "受理渠道", "诉求类型", "诉求内容", "来电号码", "所属街道代码", "所属社区代码", "承办单位代码", "签收时限",
          "签收时间", "办结时限", "办结时间", "工单状态", "是否退单", "是否重办", "是否不合理诉求", "回访结果", "回访满意度");
  static final List<String> MEDIATION =
      List.of("调解案件编号", "受理日期", "所属街道代码", "所属社区代码", "纠纷类型", "调解结果", "结案日期");
  static final List<String> SUMMARY = List.of("街道代码", "年度", "受理数", "成功数");
  static final List<String> COMMUNITY_FACTS =
      List.of(
          "社区代码",
          "年度",
          "注册志愿者人数",
          "社区服务用房面积",
          "社区工作人员办公面积",
          "社区综合服务中心面积",
          "专职社区工作者人数",
          "持证社工人数",
          "社区社会组织数",
          "居委会直选",
          "居民参选率",
          "议事协商会议次数",
          "为民服务专项资金",
          "网上办理事项占比");
  static final List<String> STREET_FACTS =
      List.of("街道代码", "年度", "招商引资额", "固定资产投资额", "社会消费品零售总额", "财税收入");
  static final List<String> PROJECTS =
      List.of("项目编号", "社区代码", "年度", "项目名称", "项目类型", "居民满意度得分", "社会效果评价得分");

  static List<Path> files(String folder, String prefix) throws IOException {
    try (Stream<Path> stream = Files.list(drop.resolve(folder))) {
      return stream.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  @Test
  void everyFileTypeOfTheContractIsPresentWithItsHeaders() throws IOException {
    assertThat(DropReader.read(drop.resolve("registry/districts.csv")).header())
        .isEqualTo(DISTRICTS);
    assertThat(DropReader.read(drop.resolve("registry/streets.csv")).header()).isEqualTo(STREETS);
    assertThat(DropReader.read(drop.resolve("registry/communities.csv")).header())
        .isEqualTo(COMMUNITIES);
    assertThat(DropReader.read(drop.resolve("registry/departments.csv")).header())
        .isEqualTo(DEPARTMENTS);
    assertHeaders("cases", "hotline_", HOTLINE);
    assertHeaders("cases", "mediation_2", MEDIATION);
    assertHeaders("cases", "mediation_summary_", SUMMARY);
    assertHeaders("facts", "community_facts_", COMMUNITY_FACTS);
    assertHeaders("facts", "street_facts_", STREET_FACTS);
    assertHeaders("facts", "projects_", PROJECTS);
    List<String> surveyNames = new ArrayList<>();
    for (Path file : files("surveys", "")) {
      surveyNames.add(file.getFileName().toString());
    }
    assertThat(surveyNames).anyMatch(n -> n.matches("resident_.*\\.csv"));
    assertThat(surveyNames).anyMatch(n -> n.matches("resident_.*\\.xlsx"));
    assertThat(surveyNames).anyMatch(n -> n.matches("department_.*\\.csv"));
    assertThat(surveyNames).anyMatch(n -> n.matches("department_.*\\.xlsx"));
  }

  private static void assertHeaders(String folder, String prefix, List<String> expected)
      throws IOException {
    List<Path> found = files(folder, prefix);
    assertThat(found).as(folder + "/" + prefix).isNotEmpty();
    for (Path file : found) {
      assertThat(DropReader.read(file).header()).as(file.toString()).isEqualTo(expected);
    }
  }

  @Test
  void residentSurveysHaveTheWjxMetadataAndTheQuestionnaireItems() throws IOException {
    Path questionnaire =
        Path.of(System.getProperty("user.dir"))
            .getParent()
            .resolve("indicators/src/main/resources/govindex/config/questionnaire.csv");
    Assumptions.assumeTrue(Files.exists(questionnaire), "questionnaire.csv not found");
    List<String[]> items = new ArrayList<>();
    for (String line : Files.readAllLines(questionnaire, StandardCharsets.UTF_8).subList(1, 9)) {
      items.add(line.split(","));
    }
    List<Path> residents = files("surveys", "resident_");
    assertThat(residents).hasSize(4);
    boolean sawWithoutSourceDetail = false;
    Set<String> separators = new HashSet<>();
    for (Path file : residents) {
      DropReader.Table table = DropReader.read(file);
      assertThat(table.header()).contains("序号", "提交答卷时间", "所用时间", "来源", "来自IP");
      sawWithoutSourceDetail |= !table.header().contains("来源详情");
      table.columnContaining("所在社区");
      table.columnContaining("手机号码");
      table.columnContaining("性别");
      table.columnContaining("年龄");
      for (String[] item : items) {
        int column = table.columnContaining(item[4]); // header_pattern
        assertThat(table.header().get(column).contains("街道"))
            .as(item[0])
            .isEqualTo(item[1].equals("street"));
      }
      for (String raw : table.rawHeader()) {
        if (raw.strip().matches("^\\d+.*")) {
          separators.add(raw.strip().replaceFirst("^\\d+", "").substring(0, 1));
        }
      }
    }
    assertThat(sawWithoutSourceDetail).isTrue();
    assertThat(separators).contains("、", ".", "：");
  }

  @Test
  void departmentRatingsHaveTheContractColumns() throws IOException {
    for (Path file : files("surveys", "department_")) {
      DropReader.Table table = DropReader.read(file);
      for (String text :
          List.of(
              "评议人类型", "评议人所在街道", "被评议部门", "评议人手机号码", "响应速度", "配合力度", "落实程度", "服务态度", "办事效率",
              "落实成效", "廉洁自律")) {
        table.columnContaining(text);
      }
    }
  }

  @Test
  void allThreeCsvEncodingsAndXlsxOccurAndGb18030IsNotUtf8() throws IOException {
    Set<String> detected = new HashSet<>();
    for (GeneratedFile file : result.files()) {
      Path path = drop.resolve(file.path());
      String encoding = DropReader.detectEncoding(path);
      assertThat(encoding).as(file.path()).isEqualTo(file.format().label());
      detected.add(encoding);
      if (encoding.equals("gb18030")) {
        byte[] bytes = Files.readAllBytes(path);
        assertThat(DropReader.isStrictUtf8(bytes)).as(file.path()).isFalse();
        String text = new String(bytes, DropReader.GB18030);
        assertThat(text).containsPattern("[\\u4e00-\\u9fff]");
      }
    }
    assertThat(detected).containsExactlyInAnyOrder("utf-8-bom", "utf-8", "gb18030", "xlsx");
  }

  @Test
  void someCsvFieldsAreQuoted() throws IOException {
    boolean quotedAll = false;
    boolean quotedSome = false;
    for (GeneratedFile file : result.files()) {
      if (file.format() == FileFormat.XLSX) {
        continue;
      }
      String text = Files.readString(drop.resolve(file.path()), file.format().charset());
      String[] lines = text.split("\r?\n");
      quotedAll |= lines[1].startsWith("\"");
      quotedSome |= !lines[1].startsWith("\"") && text.contains(",\"");
    }
    assertThat(quotedAll).isTrue();
    assertThat(quotedSome).isTrue();
  }

  @Test
  void registryCodesAreDigitStringsNestedInTheirParents() throws IOException {
    DropReader.Table districts = DropReader.read(drop.resolve("registry/districts.csv"));
    DropReader.Table streets = DropReader.read(drop.resolve("registry/streets.csv"));
    DropReader.Table communities = DropReader.read(drop.resolve("registry/communities.csv"));
    DropReader.Table departments = DropReader.read(drop.resolve("registry/departments.csv"));
    Set<String> districtCodes = new HashSet<>();
    Set<String> types = new HashSet<>();
    for (List<String> row : districts.rows()) {
      assertThat(row.get(0)).matches("\\d{6}");
      districtCodes.add(row.get(0));
      types.add(row.get(2));
    }
    assertThat(types).containsExactlyInAnyOrder("中心城区", "非中心城区");
    Set<String> streetCodes = new HashSet<>();
    for (List<String> row : streets.rows()) {
      assertThat(row.get(0)).matches("\\d{9}").startsWith(row.get(2));
      assertThat(districtCodes).contains(row.get(2));
      streetCodes.add(row.get(0));
    }
    assertThat(streetCodes).hasSize(4);
    Set<String> communityCodes = new HashSet<>();
    for (List<String> row : communities.rows()) {
      assertThat(row.get(0)).matches("\\d{12}").startsWith(row.get(2));
      assertThat(streetCodes).contains(row.get(2));
      assertThat(row.get(5)).isIn("城市社区", "农村社区");
      assertThat(Integer.parseInt(row.get(4))).isGreaterThan(Integer.parseInt(row.get(3)));
      assertThat(communityCodes.add(row.get(0))).isTrue();
    }
    assertThat(communityCodes).hasSize(20);
    for (List<String> row : departments.rows()) {
      assertThat(row.get(0)).matches("\\d{8}").startsWith(row.get(2));
      assertThat(districtCodes).contains(row.get(2));
    }
  }

  @Test
  void metadataMarksTheDropSyntheticWithItsSettings() throws IOException {
    String json = Files.readString(drop.resolve(DropGenerator.METADATA_FILE));
    assertThat(json)
        .contains("\"synthetic\": true")
        .contains("\"scale\": \"small\"")
        .contains("\"seed\": 20261")
        .contains("\"period\": 2026")
        .contains("\"defect_rate\": 0.02");
    for (GeneratedFile file : result.files()) {
      assertThat(json).contains("\"" + file.path() + "\"");
    }
  }
}
