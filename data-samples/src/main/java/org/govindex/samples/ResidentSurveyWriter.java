package org.govindex.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the resident satisfaction survey wave ({@code surveys/resident_*}) as 问卷星 text exports in
 * four layout variants (UTF-8 with BOM, GB18030, XLSX, UTF-8 without BOM and fully quoted).
 *
 * <p>Planted defects (one per row, methodology §1 precedence therefore unambiguous): unknown and
 * ambiguous community, a non-option answer, 所用时间 under 30 s, no scored answer at all, and a
 * duplicate — an extra earlier submission with the phone number of a later valid one, written just
 * before it; the earlier row is the one counted (and to be rejected).
 */
final class ResidentSurveyWriter {

  static final SurveyFileSpec[] FILES = {
    new SurveyFileSpec("a", FileFormat.CSV_UTF8_BOM, "、", false, "", "", true, false, true, 0.40),
    new SurveyFileSpec("b", FileFormat.CSV_GB18030, ".", true, "", "", true, false, true, 0.30),
    new SurveyFileSpec("c", FileFormat.XLSX, "：", false, "？", "", false, false, true, 0.15),
    new SurveyFileSpec("d", FileFormat.CSV_UTF8, "、", false, "", "（单选题）", false, true, false, 0.15)
  };

  static final String[] AGE_GROUPS = {"18-29岁", "30-44岁", "45-59岁", "60岁及以上"};
  private static final double[] AGE_WEIGHTS = {0.20, 0.30, 0.28, 0.22};
  private static final String[] BAD_ANSWERS = {"很满意", "一般", "5", "满意┋基本满意"};
  private static final String[] SOURCES = {"手机提交", "手机提交", "手机提交", "微信", "链接"};
  private static final String[] SOURCE_DETAILS = {"直接访问", "直接访问", "微信好友", "朋友圈"};
  private static final int MIN_CLEAN_SECONDS = 60;
  private static final int ITEM_COUNT = SurveyItem.RESIDENT_ITEMS.length;

  private final DropContext context;
  private final Registry registry;
  private final SeededRandom random;
  private final PhoneNumbers phones;
  private final WeightedIndex communityDraw;

  ResidentSurveyWriter(DropContext context) {
    this.context = context;
    this.registry = context.registry();
    this.random = context.random("resident-survey");
    this.phones = PhoneNumbers.respondents(context.settings().seed());
    double[] weights = new double[registry.communities().size()];
    for (Community community : registry.communities()) {
      weights[community.index()] = community.surveyWeight();
    }
    this.communityDraw = new WeightedIndex(weights);
  }

  List<GeneratedFile> write() throws IOException {
    int[] counts = SurveyFileSpec.split(FILES, context.settings().scale().residentResponses());
    List<GeneratedFile> files = new ArrayList<>();
    for (int f = 0; f < FILES.length; f++) {
      files.add(writeFile(FILES[f], counts[f]));
    }
    return files;
  }

  private DefectReason[] reasons() {
    List<DefectReason> reasons = new ArrayList<>();
    reasons.add(DefectReason.UNKNOWN_UNIT);
    if (registry.ambiguousCommunityName() != null) {
      reasons.add(DefectReason.AMBIGUOUS_UNIT);
    }
    reasons.add(DefectReason.BAD_VALUE);
    reasons.add(DefectReason.SPEEDER);
    reasons.add(DefectReason.NO_SCORED_ANSWER);
    reasons.add(DefectReason.DUPLICATE);
    return reasons.toArray(new DefectReason[0]);
  }

  private GeneratedFile writeFile(SurveyFileSpec spec, int slots) throws IOException {
    int period = context.period();
    try (DataFile file =
        DataFile.open(
            context,
            spec.fileName("resident", period),
            spec.format(),
            spec.quoteAll(),
            spec.crlf(),
            0)) {
      file.header(header(spec));
      DefectSchedule schedule = new DefectSchedule(slots, context.defectRate(), reasons(), random);
      SortedTimes times =
          new SortedTimes(Times.at(period, 3, 1), Times.at(period, 5, 1), slots, 7, 23, random);
      String[] cells = new String[header(spec).length];
      for (int slot = 0; slot < slots; slot++) {
        DefectReason defect = schedule.next();
        long submitted = times.next();
        Community community = registry.communities().get(communityDraw.draw(random));
        String phone = phones.next();
        if (defect == DefectReason.DUPLICATE) {
          long earlier = submitted - random.between(2, 240) * Times.MINUTE;
          fill(cells, spec, file, community, earlier, phone, null);
          file.defectRow(DefectReason.DUPLICATE, cells);
          defect = null;
        }
        fill(cells, spec, file, community, submitted, phone, defect);
        if (defect == null) {
          file.row(cells);
        } else {
          file.defectRow(defect, cells);
        }
      }
      return file.finish();
    }
  }

  private String[] header(SurveyFileSpec spec) {
    List<String> header = new ArrayList<>();
    header.add("序号");
    header.add("提交答卷时间");
    header.add("所用时间");
    header.add("来源");
    if (spec.sourceDetail()) {
      header.add("来源详情");
    }
    header.add("来自IP");
    int q = 1;
    header.add(spec.question(q++, "您所在社区", false));
    for (SurveyItem item : SurveyItem.RESIDENT_ITEMS) {
      header.add(spec.question(q++, item.header(), true));
    }
    header.add(spec.question(q++, "您的性别", true));
    header.add(spec.question(q++, "您的年龄", true));
    header.add(spec.question(q, "您的手机号码", false));
    return header.toArray(new String[0]);
  }

  /** Fills one response; {@code defect} null for a clean (valid) response. */
  private void fill(
      String[] cells,
      SurveyFileSpec spec,
      DataFile file,
      Community community,
      long submitted,
      String phone,
      DefectReason defect) {
    int c = 0;
    cells[c++] = Integer.toString(file.rowsWritten() + 1); // 问卷星 numbers submissions 1, 2, ...
    cells[c++] = Times.survey(submitted);
    int seconds =
        defect == DefectReason.SPEEDER
            ? random.between(3, 29)
            : MIN_CLEAN_SECONDS
                + Numbers.clamp(Math.round(random.logNormal(Math.log(180), 0.6)), 0, 3_000);
    cells[c++] = seconds + "秒";
    cells[c++] = random.pick(SOURCES);
    if (spec.sourceDetail()) {
      cells[c++] = random.pick(SOURCE_DETAILS);
    }
    cells[c++] = ip(community);
    cells[c++] = communityValue(community, defect);
    String[] answers = answers(community, defect);
    for (String answer : answers) {
      cells[c++] = answer;
    }
    cells[c++] = random.chance(0.05) ? "" : (random.chance(0.47) ? "男" : "女");
    cells[c++] = random.chance(0.05) ? "" : AGE_GROUPS[random.weighted(AGE_WEIGHTS)];
    cells[c] = phone;
  }

  private String ip(Community community) {
    String region =
        random.chance(0.03) ? "湖南-长沙" : "广东-" + community.street().district().cityName();
    return "113."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + (1 + random.nextInt(254))
        + "("
        + region
        + ")";
  }

  private String communityValue(Community community, DefectReason defect) {
    if (defect == DefectReason.UNKNOWN_UNIT) {
      String unknownCode = Codes.unknownCommunity(community.street().code(), random);
      switch (random.nextInt(3)) {
        case 0:
          return random.pick(UnitNames.UNKNOWN_COMMUNITY_NAMES) + "（" + unknownCode + "）";
        case 1:
          return unknownCode;
        default:
          return random.pick(UnitNames.UNKNOWN_COMMUNITY_NAMES);
      }
    }
    if (defect == DefectReason.AMBIGUOUS_UNIT) {
      return registry.ambiguousCommunityName();
    }
    double u = random.nextDouble();
    if (u < 0.78 || (u >= 0.95 && !community.uniqueName())) {
      return community.name() + "（" + community.code() + "）";
    }
    if (u < 0.88) {
      return community.name() + "(" + community.code() + ")";
    }
    if (u < 0.95) {
      return community.code();
    }
    return community.name();
  }

  /**
   * Answers to the eight items. A clean response has at least one scored community item; a
   * no-scored-answer response has none at all; a bad-value response has one non-option text.
   */
  private String[] answers(Community community, DefectReason defect) {
    String[] answers = new String[ITEM_COUNT];
    if (defect == DefectReason.NO_SCORED_ANSWER) {
      for (int i = 0; i < ITEM_COUNT; i++) {
        answers[i] = random.chance(0.7) ? SatisfactionModel.DONT_KNOW : SatisfactionModel.SKIPPED;
      }
      answers[random.nextInt(ITEM_COUNT)] = SatisfactionModel.DONT_KNOW;
      return answers;
    }
    double respondent = 0.45 * random.gaussian();
    boolean anyCommunityScored = false;
    int firstCommunityItem = -1;
    for (int i = 0; i < ITEM_COUNT; i++) {
      SurveyItem item = SurveyItem.RESIDENT_ITEMS[i];
      double unit = item.streetLevel() ? community.street().effect() : community.effect();
      double dontKnow = community.rural() ? item.ruralDontKnowRate() : item.dontKnowRate();
      answers[i] =
          SatisfactionModel.answer(unit + item.offset() + respondent, dontKnow, 0.015, random);
      if (!item.streetLevel()) {
        anyCommunityScored |= SatisfactionModel.isScored(answers[i]);
        firstCommunityItem = firstCommunityItem < 0 ? i : firstCommunityItem;
      }
    }
    if (!anyCommunityScored) {
      SurveyItem item = SurveyItem.RESIDENT_ITEMS[firstCommunityItem];
      answers[firstCommunityItem] =
          SatisfactionModel.scored(community.effect() + item.offset() + respondent, random);
    }
    if (defect == DefectReason.BAD_VALUE) {
      answers[random.nextInt(ITEM_COUNT)] = random.pick(BAD_ANSWERS);
    }
    return answers;
  }
}
