package org.govindex.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the two-way department rating (双向考评, {@code surveys/department_*}): in each district,
 * pools of raters of the four types (居民代表, 街道, 社区居委会, 驻区单位) rate each of its departments with
 * probability 0.85 on the seven items, so most groups have at least 3 raters and a few do not. One
 * CSV (UTF-8 with BOM) and one XLSX file.
 *
 * <p>Planted defects: unknown department code ({@code unknown_unit}), a non-option answer ({@code
 * bad_value}), an invalid 评议人类型 ({@code bad_enum}), an empty 被评议部门 ({@code missing_value}).
 */
final class DepartmentRatingWriter {

  static final String[] RATER_TYPES = {"居民代表", "街道", "社区居委会", "驻区单位"};
  private static final double[] TYPE_BIAS = {0.0, -0.1, 0.1, 0.2};
  private static final double RATE_PROBABILITY = 0.85;
  private static final String[] BAD_RATER_TYPES = {"群众", "企业", "人大代表"};
  private static final String[] BAD_ANSWERS = {"很好", "良", "4"};

  static final SurveyFileSpec[] FILES = {
    new SurveyFileSpec("a", FileFormat.CSV_UTF8_BOM, "、", false, "", "", false, false, true, 0.7),
    new SurveyFileSpec("b", FileFormat.XLSX, "、", false, "", "", false, false, true, 0.3)
  };

  private record Rater(int type, Street street, String phone, double bias) {}

  private record Rating(Rater rater, Department department) {}

  private final DropContext context;
  private final Registry registry;
  private final SeededRandom random;
  private final PhoneNumbers phones;

  DepartmentRatingWriter(DropContext context) {
    this.context = context;
    this.registry = context.registry();
    this.random = context.random("department-rating");
    this.phones = PhoneNumbers.raters(context.settings().seed());
  }

  List<GeneratedFile> write() throws IOException {
    List<List<Rating>> perFile = new ArrayList<>();
    for (int f = 0; f < FILES.length; f++) {
      perFile.add(new ArrayList<>());
    }
    for (District district : registry.districts()) {
      List<Rater> raters = raters(district);
      for (Department department : registry.departmentsOf(district)) {
        for (Rater rater : raters) {
          if (random.chance(RATE_PROBABILITY)) {
            perFile.get(random.chance(FILES[0].share()) ? 0 : 1).add(new Rating(rater, department));
          }
        }
      }
    }
    List<GeneratedFile> files = new ArrayList<>();
    for (int f = 0; f < FILES.length; f++) {
      files.add(writeFile(FILES[f], perFile.get(f)));
    }
    return files;
  }

  private List<Rater> raters(District district) {
    List<Street> streets = registry.streetsOf(district);
    List<Rater> raters = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      raters.add(rater(0, random.pick(streets)));
    }
    for (Street street : streets) {
      raters.add(rater(1, street));
      raters.add(rater(1, street));
    }
    for (int i = 0; i < 8; i++) {
      raters.add(rater(2, random.pick(streets)));
    }
    for (int i = 0; i < 4; i++) {
      raters.add(rater(3, random.pick(streets)));
    }
    return raters;
  }

  private Rater rater(int type, Street street) {
    return new Rater(type, street, phones.next(), TYPE_BIAS[type] + 0.4 * random.gaussian());
  }

  private GeneratedFile writeFile(SurveyFileSpec spec, List<Rating> ratings) throws IOException {
    int period = context.period();
    try (DataFile file =
        DataFile.open(
            context,
            spec.fileName("department", period),
            spec.format(),
            spec.quoteAll(),
            spec.crlf(),
            0)) {
      String[] header = header(spec);
      file.header(header);
      DefectSchedule schedule =
          new DefectSchedule(
              ratings.size(),
              context.defectRate(),
              new DefectReason[] {
                DefectReason.UNKNOWN_UNIT,
                DefectReason.BAD_VALUE,
                DefectReason.BAD_ENUM,
                DefectReason.MISSING_VALUE
              },
              random);
      SortedTimes times =
          new SortedTimes(
              Times.at(period, 11, 1), Times.at(period, 12, 1), ratings.size(), 8, 22, random);
      String[] cells = new String[header.length];
      for (Rating rating : ratings) {
        DefectReason defect = schedule.next();
        fill(cells, file.rowsWritten() + 1, times.next(), rating, defect);
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
    List<String> header = new ArrayList<>(List.of("序号", "提交答卷时间", "所用时间", "来源", "来自IP"));
    int q = 1;
    header.add(spec.question(q++, "评议人类型", true));
    header.add(spec.question(q++, "评议人所在街道", false));
    header.add(spec.question(q++, "被评议部门", false));
    for (String item : SurveyItem.DEPARTMENT_ITEMS) {
      header.add(spec.question(q++, item, true));
    }
    header.add(spec.question(q, "评议人手机号码", false));
    return header.toArray(new String[0]);
  }

  private void fill(String[] cells, int seq, long submitted, Rating rating, DefectReason defect) {
    Rater rater = rating.rater();
    Department department = rating.department();
    int c = 0;
    cells[c++] = Integer.toString(seq);
    cells[c++] = Times.survey(submitted);
    cells[c++] =
        (60 + Numbers.clamp(Math.round(random.logNormal(Math.log(150), 0.5)), 0, 2_000)) + "秒";
    cells[c++] = "手机提交";
    cells[c++] =
        "113."
            + random.nextInt(256)
            + "."
            + random.nextInt(256)
            + "."
            + (1 + random.nextInt(254))
            + "(广东-"
            + department.district().cityName()
            + ")";
    cells[c++] =
        defect == DefectReason.BAD_ENUM ? random.pick(BAD_RATER_TYPES) : RATER_TYPES[rater.type()];
    cells[c++] = streetValue(rater.street());
    cells[c++] = departmentValue(department, defect);
    int badItem = defect == DefectReason.BAD_VALUE ? random.nextInt(7) : -1;
    boolean anyScored = false;
    for (int i = 0; i < SurveyItem.DEPARTMENT_ITEMS.length; i++) {
      double dontKnow = rater.type() == 0 && i == 6 ? 0.08 : 0.03;
      String answer =
          SatisfactionModel.answer(
              department.effect() + rater.bias() + (i == 6 ? 0.2 : 0.0), dontKnow, 0.01, random);
      anyScored |= SatisfactionModel.isScored(answer);
      cells[c + i] = i == badItem ? random.pick(BAD_ANSWERS) : answer;
    }
    if (!anyScored) {
      cells[c + (badItem == 0 ? 1 : 0)] =
          SatisfactionModel.scored(department.effect() + rater.bias(), random);
    }
    c += SurveyItem.DEPARTMENT_ITEMS.length;
    cells[c] = rater.phone();
  }

  private String streetValue(Street street) {
    double u = random.nextDouble();
    if (u < 0.6) {
      return street.code();
    }
    if (u < 0.9) {
      return street.name() + "（" + street.code() + "）";
    }
    return street.name();
  }

  private String departmentValue(Department department, DefectReason defect) {
    if (defect == DefectReason.MISSING_VALUE) {
      return "";
    }
    if (defect == DefectReason.UNKNOWN_UNIT) {
      return "信访局（" + Codes.unknownDepartment(department.district().code(), random) + "）";
    }
    return random.chance(0.9)
        ? department.name() + "（" + department.code() + "）"
        : department.code();
  }
}
