package org.govindex.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the administrative facts ({@code facts/}): community facts and street economic facts for
 * the years period-3 .. period with unit-level trends (so year-on-year change exists), and the
 * governance innovation projects of period-1 and period.
 *
 * <p>Planted defects: community facts — unknown community, a non-number, an invalid 居委会直选, an empty
 * 社区代码, a code in scientific notation; street facts — unknown street, a non-number, an empty 年度;
 * projects — a non-number score, unknown community, a repeated 项目编号 (the later row), an empty 项目编号.
 */
final class FactsWriter {

  static final String[] COMMUNITY_HEADER = {
    "社区代码", "年度", "注册志愿者人数", "社区服务用房面积", "社区工作人员办公面积", "社区综合服务中心面积", "专职社区工作者人数",
    "持证社工人数", "社区社会组织数", "居委会直选", "居民参选率", "议事协商会议次数", "为民服务专项资金", "网上办理事项占比"
  };
  static final String[] STREET_HEADER = {"街道代码", "年度", "招商引资额", "固定资产投资额", "社会消费品零售总额", "财税收入"};
  static final String[] PROJECT_HEADER = {
    "项目编号", "社区代码", "年度", "项目名称", "项目类型", "居民满意度得分", "社会效果评价得分"
  };
  static final int YEARS = 4;

  private static final String[] THEMES = {
    "邻里互助", "长者饭堂", "四点半课堂", "社区议事厅", "垃圾分类督导", "楼道微更新", "社区花园营造", "智慧安防", "社工服务站", "志愿服务积分"
  };
  private static final String[] THEME_TYPES = {
    "为老服务", "为老服务", "青少年服务", "社区治理", "环境改善", "环境改善", "环境改善", "平安建设", "专业社工", "志愿服务"
  };
  private static final String[] FUNDS = {"20", "20", "20", "20", "15", "25", "30", "10"};
  private static final String[] BAD_NUMBERS = {"约500", "五十", "12..5", "3O"};
  private static final String[] BAD_SCORES = {"良好", "85分", "优"};

  private final DropContext context;
  private final Registry registry;
  private final SeededRandom random;

  FactsWriter(DropContext context) {
    this.context = context;
    this.registry = context.registry();
    this.random = context.random("facts");
  }

  List<GeneratedFile> write() throws IOException {
    return List.of(writeCommunityFacts(), writeStreetFacts(), writeProjects());
  }

  private GeneratedFile writeCommunityFacts() throws IOException {
    int period = context.period();
    try (DataFile file =
        context.open(
            "facts/community_facts_" + period + ".csv", FileFormat.CSV_UTF8_BOM, false, true)) {
      file.header(COMMUNITY_HEADER);
      DefectSchedule schedule =
          new DefectSchedule(
              (long) registry.communities().size() * YEARS,
              context.defectRate(),
              new DefectReason[] {
                DefectReason.UNKNOWN_UNIT,
                DefectReason.BAD_NUMBER,
                DefectReason.BAD_ENUM,
                DefectReason.MISSING_VALUE,
                DefectReason.BAD_CODE
              },
              random);
      String[] cells = new String[COMMUNITY_HEADER.length];
      for (Community community : registry.communities()) {
        CommunityTrend trend = new CommunityTrend(community, random);
        for (int k = 0; k < YEARS; k++) {
          DefectReason defect = schedule.next();
          trend.fill(cells, community.code(), period - YEARS + 1 + k, random);
          if (defect == null) {
            file.row(cells);
            continue;
          }
          switch (defect) {
            case UNKNOWN_UNIT ->
                cells[0] = Codes.unknownCommunity(community.street().code(), random);
            case BAD_NUMBER -> cells[2 + random.nextInt(7)] = random.pick(BAD_NUMBERS);
            case BAD_ENUM -> cells[9] = random.chance(0.5) ? "部分" : "Y";
            case MISSING_VALUE -> cells[0] = "";
            case BAD_CODE -> cells[0] = Codes.excelScientific(community.code());
            default -> throw new IllegalStateException("not a facts defect: " + defect);
          }
          file.defectRow(defect, cells);
        }
      }
      return file.finish();
    }
  }

  /** Per-community levels in the first year and their yearly trends. */
  private static final class CommunityTrend {
    private double volunteers;
    private final double volunteerGrowth;
    private double serviceArea;
    private final double officeShare;
    private double centreArea;
    private int staff;
    private final double certifiedShare;
    private int socialOrgs;
    private final boolean directElection;
    private final double turnout;
    private final String fund;
    private double onlineShare;

    CommunityTrend(Community c, SeededRandom random) {
      volunteers = c.population() * (0.04 + 0.10 * random.nextDouble());
      volunteerGrowth = 1.03 + 0.09 * random.nextDouble();
      serviceArea = Math.max(250, c.households() * (0.2 + 0.25 * random.nextDouble()));
      officeShare = 0.08 + 0.22 * random.nextDouble();
      centreArea = c.households() / 100.0 * (12 + 16 * random.nextDouble());
      staff = Numbers.clamp(Math.round(c.households() / 400.0 + random.gaussian()), 2, 15);
      certifiedShare = 0.2 + 0.4 * random.nextDouble();
      socialOrgs = random.between(2, 20);
      directElection = random.chance(0.5);
      turnout = 55 + 37 * random.nextDouble();
      fund = random.pick(FUNDS);
      onlineShare = 30 + 45 * random.nextDouble();
    }

    /** Writes the current year and advances the trends by one year. */
    void fill(String[] cells, String code, int year, SeededRandom random) {
      int certified = (int) Math.min(staff, Math.round(staff * certifiedShare));
      cells[0] = code;
      cells[1] = Integer.toString(year);
      cells[2] = Long.toString(Math.round(volunteers));
      cells[3] = Numbers.oneDecimal(serviceArea);
      cells[4] = Numbers.oneDecimal(serviceArea * officeShare);
      cells[5] = Numbers.oneDecimal(centreArea);
      cells[6] = Integer.toString(staff);
      cells[7] = Integer.toString(certified);
      cells[8] = Integer.toString(socialOrgs);
      cells[9] = directElection ? "是" : "否";
      cells[10] = Numbers.oneDecimal(Math.min(99, turnout + 3 * random.gaussian()));
      cells[11] = Integer.toString(random.between(4, 24));
      cells[12] = fund;
      cells[13] = Numbers.oneDecimal(Math.min(99, onlineShare));
      volunteers *= volunteerGrowth * (1 + 0.02 * random.gaussian());
      if (random.chance(0.15)) {
        serviceArea *= 1.1 + 0.2 * random.nextDouble();
      }
      if (random.chance(0.12)) {
        centreArea *= 1.15;
      }
      staff = Math.max(2, staff + random.between(-1, 1));
      socialOrgs += random.between(0, 2);
      onlineShare += 3 + 5 * random.nextDouble();
    }
  }

  private GeneratedFile writeStreetFacts() throws IOException {
    int period = context.period();
    try (DataFile file =
        context.open(
            "facts/street_facts_" + period + ".csv", FileFormat.CSV_GB18030, false, true)) {
      file.header(STREET_HEADER);
      DefectSchedule schedule =
          new DefectSchedule(
              (long) registry.streets().size() * YEARS,
              context.defectRate(),
              new DefectReason[] {
                DefectReason.UNKNOWN_UNIT, DefectReason.BAD_NUMBER, DefectReason.MISSING_VALUE
              },
              random);
      String[] cells = new String[STREET_HEADER.length];
      for (Street street : registry.streets()) {
        boolean central = street.district().central();
        double[] level = {
          (central ? 8_000 : 15_000) * (0.5 + random.nextDouble()),
          (central ? 20_000 : 40_000) * (0.5 + random.nextDouble()),
          (central ? 60_000 : 25_000) * (0.5 + random.nextDouble()),
          (central ? 9_000 : 5_000) * (0.5 + random.nextDouble())
        };
        double growth = 0.97 + 0.15 * random.nextDouble();
        for (int k = 0; k < YEARS; k++) {
          DefectReason defect = schedule.next();
          cells[0] = street.code();
          cells[1] = Integer.toString(period - YEARS + 1 + k);
          for (int i = 0; i < level.length; i++) {
            cells[2 + i] = Long.toString(Math.round(level[i]));
            level[i] *= growth * (1 + 0.05 * random.gaussian());
          }
          if (defect == null) {
            file.row(cells);
            continue;
          }
          switch (defect) {
            case UNKNOWN_UNIT -> cells[0] = Codes.unknownStreet(street.district().code(), random);
            case BAD_NUMBER -> cells[2 + random.nextInt(4)] = random.pick(BAD_NUMBERS);
            case MISSING_VALUE -> cells[1] = "";
            default -> throw new IllegalStateException("not a street facts defect: " + defect);
          }
          file.defectRow(defect, cells);
        }
      }
      return file.finish();
    }
  }

  private record Project(String code, Community community, int year, int theme) {}

  private GeneratedFile writeProjects() throws IOException {
    int period = context.period();
    List<Project> projects = new ArrayList<>();
    for (int year = period - 1; year <= period; year++) {
      int sequence = 0;
      for (Community community : registry.communities()) {
        double u = random.nextDouble();
        int count = u < 0.45 ? 0 : u < 0.85 ? 1 : 2;
        int theme = random.nextInt(THEMES.length);
        for (int i = 0; i < count; i++) {
          String code = "XM" + year + Codes.pad(++sequence, 5);
          projects.add(new Project(code, community, year, (theme + 3 * i) % THEMES.length));
        }
      }
    }
    try (DataFile file =
        context.open("facts/projects_" + period + ".csv", FileFormat.CSV_UTF8, true, false)) {
      file.header(PROJECT_HEADER);
      DefectSchedule schedule =
          new DefectSchedule(
              projects.size(),
              context.defectRate(),
              new DefectReason[] {
                DefectReason.BAD_NUMBER,
                DefectReason.UNKNOWN_UNIT,
                DefectReason.DUPLICATE_KEY,
                DefectReason.MISSING_VALUE
              },
              random);
      String[] cells = new String[PROJECT_HEADER.length];
      boolean formulaNamed = false;
      for (Project project : projects) {
        DefectReason defect = schedule.next();
        fillProject(cells, project);
        if (!formulaNamed && project.year() == period && defect == null) {
          cells[3] = "=1+1" + THEMES[project.theme()] + "项目"; // text that looks like a formula
          formulaNamed = true;
        }
        if (defect == DefectReason.DUPLICATE_KEY) {
          file.row(cells);
          fillProject(cells, project);
          file.defectRow(defect, cells);
          continue;
        }
        if (defect == null) {
          file.row(cells);
          continue;
        }
        switch (defect) {
          case BAD_NUMBER -> cells[5 + random.nextInt(2)] = random.pick(BAD_SCORES);
          case UNKNOWN_UNIT ->
              cells[1] = Codes.unknownCommunity(project.community().street().code(), random);
          case MISSING_VALUE -> cells[0] = "";
          default -> throw new IllegalStateException("not a project defect: " + defect);
        }
        file.defectRow(defect, cells);
      }
      return file.finish();
    }
  }

  private void fillProject(String[] cells, Project project) {
    Community community = project.community();
    String shortName = community.name().substring(0, Math.min(2, community.name().length()));
    double effect = community.effect();
    cells[0] = project.code();
    cells[1] = community.code();
    cells[2] = Integer.toString(project.year());
    cells[3] = shortName + THEMES[project.theme()] + "项目";
    cells[4] = THEME_TYPES[project.theme()];
    cells[5] =
        Integer.toString(
            Numbers.clamp(Math.round(76 + 10 * effect + 7 * random.gaussian()), 30, 100));
    cells[6] =
        Integer.toString(
            Numbers.clamp(Math.round(74 + 8 * effect + 8 * random.gaussian()), 30, 100));
  }
}
