package org.govindex.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the 12345 hotline work orders of the period ({@code cases/hotline_*}), split by months
 * over several files. Orders fall on communities with probability proportional to 常住人口 times
 * exp(-0.35 × satisfaction effect), so volume scales with population and is higher where residents
 * are less satisfied; 12% carry no community. Deadlines: 签收 within 24 h, 办结 within 15 days (3 for
 * 咨询); most are met.
 *
 * <p>Planted defects: a repeated 工单编号 (the later row, {@code duplicate_key}), an unparseable 来电时间
 * ({@code bad_date}), an invalid 工单状态/诉求类型/是否退单 ({@code bad_enum}), an empty 工单编号 or 所属街道代码 ({@code
 * missing_value}), an unknown street or community code ({@code unknown_unit}), a code in Excel
 * scientific notation ({@code bad_code}).
 */
final class HotlineWriter {

  static final String[] HEADER = {
    "工单编号", "来电时间", "受理渠道", "诉求类型", "诉求内容", "来电号码", "所属街道代码", "所属社区代码", "承办单位代码", "签收时限", "签收时间",
    "办结时限", "办结时间", "工单状态", "是否退单", "是否重办", "是否不合理诉求", "回访结果", "回访满意度"
  };

  static final String[] REQUEST_TYPES = {"咨询", "求助", "投诉", "举报", "建议", "感谢", "其他"};
  private static final double[] REQUEST_WEIGHTS = {0.30, 0.20, 0.35, 0.05, 0.06, 0.02, 0.02};
  private static final String[] CHANNELS = {"电话", "电话", "电话", "电话", "微信", "网站", "APP"};
  private static final String[][] ISSUES = {
    {"咨询社保卡办理流程", "咨询居住证办理材料", "咨询老年人优待证办理", "咨询子女入学政策"},
    {"下水道堵塞请求疏通", "楼道灯损坏请求维修", "家中老人走失请求协助寻找"},
    {"楼下餐馆油烟扰民", "夜间施工噪音扰民", "垃圾清运不及时", "物业收费不合理", "占道经营影响通行", "小区电梯经常故障"},
    {"有人违章搭建", "有商户无证经营", "群租房存在安全隐患"},
    {"建议增设公交站点", "建议增加社区健身设施"},
    {"感谢社区工作人员热心帮助", "感谢街道及时处理"},
    {"反映其他问题"}
  };
  private static final String[] PLACE_SUFFIX = {"小区", "花园", "新村", "路", "街"};
  private static final String[] SURNAMES = {"张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
  private static final String[] BAD_DATES = {
    "2026-13-05 10:00:00", "3月5日 10:00", "2026-03-05T25:00", "昨天"
  };
  private static final double NO_COMMUNITY_SHARE = 0.12;

  /** One output file: months [fromMonth, toMonth] of the period. */
  record HotlineFileSpec(
      String name, FileFormat format, int fromMonth, int toMonth, boolean padHeaders) {}

  private final DropContext context;
  private final Registry registry;
  private final SeededRandom random;
  private final WeightedIndex communityDraw;
  private final long exportEnd;
  private final java.util.Map<String, List<Department>> departmentsByDistrict =
      new java.util.HashMap<>();
  private long nextOrder = 1;

  HotlineWriter(DropContext context) {
    this.context = context;
    this.registry = context.registry();
    this.random = context.random("hotline");
    double[] weights = new double[registry.communities().size()];
    for (Community community : registry.communities()) {
      weights[community.index()] = community.population() * Math.exp(-0.35 * community.effect());
    }
    this.communityDraw = new WeightedIndex(weights);
    this.exportEnd = Times.at(context.period() + 1, 1, 6);
    for (District district : registry.districts()) {
      departmentsByDistrict.put(district.code(), registry.departmentsOf(district));
    }
  }

  /** The file plan of a scale: three files (the last XLSX) for small, one file per month else. */
  static List<HotlineFileSpec> plan(Scale scale, int period) {
    List<HotlineFileSpec> plan = new ArrayList<>();
    String prefix = "cases/hotline_" + period + "_";
    if (scale == Scale.SMALL) {
      plan.add(new HotlineFileSpec(prefix + "01-04.csv", FileFormat.CSV_GB18030, 1, 4, false));
      plan.add(new HotlineFileSpec(prefix + "05-08.csv", FileFormat.CSV_UTF8_BOM, 5, 8, true));
      plan.add(new HotlineFileSpec(prefix + "09-12.xlsx", FileFormat.XLSX, 9, 12, false));
      return plan;
    }
    FileFormat[] cycle = {FileFormat.CSV_GB18030, FileFormat.CSV_UTF8_BOM, FileFormat.CSV_UTF8};
    for (int month = 1; month <= 12; month++) {
      plan.add(
          new HotlineFileSpec(
              prefix + Codes.pad(month, 2) + ".csv",
              cycle[(month - 1) % 3],
              month,
              month,
              month == 2));
    }
    return plan;
  }

  List<GeneratedFile> write() throws IOException {
    List<HotlineFileSpec> plan = plan(context.settings().scale(), context.period());
    double[] weights = new double[plan.size()];
    for (int f = 0; f < plan.size(); f++) {
      for (int m = plan.get(f).fromMonth(); m <= plan.get(f).toMonth(); m++) {
        int days = java.time.YearMonth.of(context.period(), m).lengthOfMonth();
        weights[f] += days * (1.0 + 0.15 * Math.sin(2 * Math.PI * (m - 4) / 12.0));
      }
    }
    int[] counts = Allocation.proportional(context.settings().scale().hotlineOrders(), weights, 0);
    List<GeneratedFile> files = new ArrayList<>();
    for (int f = 0; f < plan.size(); f++) {
      files.add(writeFile(plan.get(f), counts[f]));
    }
    return files;
  }

  private GeneratedFile writeFile(HotlineFileSpec spec, int slots) throws IOException {
    int period = context.period();
    try (DataFile file = DataFile.open(context, spec.name(), spec.format(), false, true, -1)) {
      String[] header = HEADER.clone();
      if (spec.padHeaders()) {
        for (int i = 0; i < header.length; i += 2) {
          header[i] = " " + header[i] + " ";
        }
      }
      file.header(header);
      DefectSchedule schedule =
          new DefectSchedule(
              slots,
              context.defectRate(),
              new DefectReason[] {
                DefectReason.DUPLICATE_KEY, DefectReason.BAD_DATE, DefectReason.BAD_ENUM,
                DefectReason.MISSING_VALUE, DefectReason.UNKNOWN_UNIT, DefectReason.BAD_CODE
              },
              random);
      long start = Times.at(period, spec.fromMonth(), 1);
      long end =
          spec.toMonth() == 12
              ? Times.at(period + 1, 1, 1)
              : Times.at(period, spec.toMonth() + 1, 1);
      SortedTimes times = new SortedTimes(start, end, slots, 6, 24, random);
      String[] cells = new String[HEADER.length];
      for (int slot = 0; slot < slots; slot++) {
        DefectReason defect = schedule.next();
        long calledAt = times.next();
        String id = "GD" + period + Codes.pad((int) nextOrder++, 8);
        if (defect == DefectReason.DUPLICATE_KEY) {
          fill(cells, id, calledAt, null);
          file.row(cells);
          fill(cells, id, calledAt + random.between(1, 600), null);
          file.defectRow(defect, cells);
          continue;
        }
        fill(cells, id, calledAt, defect);
        if (defect == null) {
          file.row(cells);
        } else {
          file.defectRow(defect, cells);
        }
      }
      return file.finish();
    }
  }

  private void fill(String[] cells, String id, long calledAt, DefectReason defect) {
    Community community = registry.communities().get(communityDraw.draw(random));
    Street street = community.street();
    int type = random.weighted(REQUEST_WEIGHTS);
    boolean withCommunity = !random.chance(NO_COMMUNITY_SHARE);
    cells[0] = id;
    cells[1] = Times.iso(calledAt);
    cells[2] = random.pick(CHANNELS);
    cells[3] = REQUEST_TYPES[type];
    cells[4] = content(community, type);
    cells[5] =
        "1" + "35789".charAt(random.nextInt(5)) + Codes.pad(random.nextInt(1_000_000_000), 9);
    cells[6] = street.code();
    cells[7] = withCommunity ? community.code() : "";
    List<Department> departments = departmentsByDistrict.get(street.district().code());
    cells[8] =
        departments.isEmpty() || random.chance(0.45)
            ? street.code()
            : random.pick(departments).code();
    times(cells, calledAt, type, community);
    cells[14] = random.chance(0.035) ? "是" : "否";
    cells[15] = random.chance(0.025) ? "是" : "否";
    cells[16] = random.chance(0.015) ? "是" : "否";
    if (defect != null) {
      plant(cells, defect, community);
    }
  }

  /** Deadlines, handling times, status and call-back (cells 9-13, 17, 18). */
  private void times(String[] cells, long calledAt, int type, Community community) {
    long signDeadline = calledAt + 24 * Times.HOUR;
    long signedAt = calledAt + Math.round(random.logNormal(Math.log(90), 1.7) * Times.MINUTE);
    long closeDeadline = calledAt + (type == 0 ? 3 : 15) * Times.DAY;
    double typicalHours = type == 0 ? 24 : 72;
    long closedAt =
        signedAt + Math.round(random.logNormal(Math.log(typicalHours), 1.0) * Times.HOUR);
    cells[9] = Times.iso(signDeadline);
    cells[11] = Times.iso(closeDeadline);
    double u = random.nextDouble();
    if (u < 0.015) {
      cells[10] = random.chance(0.5) ? Times.iso(signedAt) : "";
      cells[12] = "";
      cells[13] = "[作废]";
      cells[17] = "未回访";
      cells[18] = "未评价";
      return;
    }
    cells[10] = Times.iso(Math.min(signedAt, exportEnd - Times.HOUR));
    if (closedAt >= exportEnd || u < 0.045) {
      cells[12] = "";
      cells[13] = "办理中";
      cells[17] = "未回访";
      cells[18] = "未评价";
      return;
    }
    cells[12] = Times.iso(closedAt);
    cells[13] = "已办结";
    if (random.chance(0.2)) {
      cells[17] = "未回访";
      cells[18] = "未评价";
      return;
    }
    double solvedProbability = 1.0 / (1.0 + Math.exp(-(1.6 + 0.8 * community.effect())));
    boolean solved = random.chance(solvedProbability);
    cells[17] = solved ? "已解决" : "未解决";
    double v = random.nextDouble();
    if (v < 0.08) {
      cells[18] = "未评价";
    } else if (solved) {
      cells[18] = v < 0.70 ? "满意" : v < 0.93 ? "基本满意" : "不满意";
    } else {
      cells[18] = v < 0.15 ? "满意" : v < 0.45 ? "基本满意" : "不满意";
    }
  }

  private String content(Community community, int type) {
    String name = community.name();
    String place = name.substring(0, Math.min(2, name.length())) + random.pick(PLACE_SUFFIX);
    String issue = random.pick(ISSUES[type]);
    double u = random.nextDouble();
    String ending = u < 0.85 ? "，请尽快处理。" : u < 0.95 ? ",希望相关部门尽快处理" : "。来电人称\"已多次反映\"";
    String contact = random.chance(0.3) ? "（联系人：" + random.pick(SURNAMES) + "先生）" : "";
    return "来电人反映" + place + issue + ending + contact;
  }

  private void plant(String[] cells, DefectReason defect, Community community) {
    switch (defect) {
      case BAD_DATE -> cells[1] = random.pick(BAD_DATES);
      case BAD_ENUM -> {
        switch (random.nextInt(3)) {
          case 0 -> cells[13] = random.chance(0.5) ? "已完成" : "待处理";
          case 1 -> cells[3] = "催办";
          default -> cells[14] = "Y";
        }
      }
      case MISSING_VALUE -> {
        if (random.chance(0.5)) {
          cells[0] = "";
        } else {
          cells[6] = "";
        }
      }
      case UNKNOWN_UNIT -> {
        if (random.chance(0.5)) {
          cells[6] = Codes.unknownStreet(community.street().district().code(), random);
          cells[7] = "";
        } else {
          cells[7] = Codes.unknownCommunity(community.street().code(), random);
        }
      }
      case BAD_CODE -> {
        if (cells[7].isEmpty()) {
          cells[6] = Codes.excelScientific(cells[6]);
        } else {
          cells[7] = Codes.excelScientific(cells[7]);
        }
      }
      default -> throw new IllegalStateException("not a hotline defect: " + defect);
    }
  }
}
