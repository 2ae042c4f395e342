package org.govindex.samples;

import java.io.IOException;
import java.util.List;

/**
 * Writes the dispute mediation cases of the period ({@code cases/mediation_<period>.csv}, cases on
 * communities by population, about 96% 调解成功) and a per-street yearly summary of the three previous
 * years ({@code cases/mediation_summary_<period>.csv}).
 *
 * <p>Planted defects, cases: repeated 调解案件编号 ({@code duplicate_key}), unparseable 受理日期 ({@code
 * bad_date}), invalid 调解结果 ({@code bad_enum}), unknown street ({@code unknown_unit}), empty 受理日期
 * ({@code missing_value}), community code in scientific notation ({@code bad_code}). Summary: 成功数
 * greater than 受理数 ({@code inconsistent}), a non-number ({@code bad_number}), an unknown street
 * ({@code unknown_unit}).
 */
final class MediationWriter {

  static final String[] CASE_HEADER = {
    "调解案件编号", "受理日期", "所属街道代码", "所属社区代码", "纠纷类型", "调解结果", "结案日期"
  };
  static final String[] SUMMARY_HEADER = {"街道代码", "年度", "受理数", "成功数"};
  static final String[] RESULTS = {"调解成功", "调解不成功", "终止调解"};
  private static final double[] RESULT_WEIGHTS = {0.96, 0.03, 0.01};
  private static final String[] DISPUTE_TYPES = {
    "邻里纠纷", "婚姻家庭纠纷", "物业纠纷", "劳动争议", "损害赔偿纠纷", "房屋土地纠纷", "其他纠纷"
  };
  private static final double[] DISPUTE_WEIGHTS = {0.35, 0.15, 0.18, 0.10, 0.08, 0.08, 0.06};
  private static final String[] BAD_DATES = {"2026/02/30", "二月三日", "2026-00-12"};
  private static final String[] BAD_NUMBERS = {"约120", "一百二十", "12O"};

  private final DropContext context;
  private final Registry registry;
  private final SeededRandom random;

  MediationWriter(DropContext context) {
    this.context = context;
    this.registry = context.registry();
    this.random = context.random("mediation");
  }

  List<GeneratedFile> write() throws IOException {
    return List.of(writeCases(), writeSummary());
  }

  private GeneratedFile writeCases() throws IOException {
    int period = context.period();
    int slots = context.settings().scale().mediationCases();
    double[] weights = new double[registry.communities().size()];
    for (Community community : registry.communities()) {
      weights[community.index()] = community.population();
    }
    WeightedIndex draw = new WeightedIndex(weights);
    try (DataFile file =
        context.open("cases/mediation_" + period + ".csv", FileFormat.CSV_UTF8_BOM, false, true)) {
      file.header(CASE_HEADER);
      DefectSchedule schedule =
          new DefectSchedule(
              slots,
              context.defectRate(),
              new DefectReason[] {
                DefectReason.DUPLICATE_KEY, DefectReason.BAD_DATE, DefectReason.BAD_ENUM,
                DefectReason.UNKNOWN_UNIT, DefectReason.MISSING_VALUE, DefectReason.BAD_CODE
              },
              random);
      SortedTimes times =
          new SortedTimes(Times.at(period, 1, 1), Times.at(period + 1, 1, 1), slots, random);
      String[] cells = new String[CASE_HEADER.length];
      for (int slot = 0; slot < slots; slot++) {
        DefectReason defect = schedule.next();
        String id = "TJ" + period + Codes.pad(slot + 1, 6);
        long accepted = times.next();
        Community community = registry.communities().get(draw.draw(random));
        fill(cells, id, accepted, community);
        if (defect == DefectReason.DUPLICATE_KEY) {
          file.row(cells);
          fill(cells, id, accepted, registry.communities().get(draw.draw(random)));
          file.defectRow(defect, cells);
          continue;
        }
        if (defect == null) {
          file.row(cells);
          continue;
        }
        switch (defect) {
          case BAD_DATE -> cells[1] = random.pick(BAD_DATES);
          case BAD_ENUM -> cells[5] = random.chance(0.5) ? "已调解" : "成功";
          case UNKNOWN_UNIT -> {
            cells[2] = Codes.unknownStreet(community.street().district().code(), random);
            cells[3] = "";
          }
          case MISSING_VALUE -> cells[1] = "";
          case BAD_CODE -> cells[3] = Codes.excelScientific(community.code());
          default -> throw new IllegalStateException("not a mediation defect: " + defect);
        }
        file.defectRow(defect, cells);
      }
      return file.finish();
    }
  }

  private void fill(String[] cells, String id, long accepted, Community community) {
    cells[0] = id;
    cells[1] = Times.date(accepted);
    cells[2] = community.street().code();
    cells[3] = random.chance(0.1) ? "" : community.code();
    cells[4] = DISPUTE_TYPES[random.weighted(DISPUTE_WEIGHTS)];
    cells[5] = RESULTS[random.weighted(RESULT_WEIGHTS)];
    cells[6] = random.chance(0.03) ? "" : Times.date(accepted + random.between(0, 45) * Times.DAY);
  }

  private GeneratedFile writeSummary() throws IOException {
    int period = context.period();
    List<Street> streets = registry.streets();
    int slots = streets.size() * 3;
    try (DataFile file =
        context.open(
            "cases/mediation_summary_" + period + ".csv", FileFormat.CSV_GB18030, false, true)) {
      file.header(SUMMARY_HEADER);
      DefectSchedule schedule =
          new DefectSchedule(
              slots,
              context.defectRate(),
              new DefectReason[] {
                DefectReason.INCONSISTENT, DefectReason.BAD_NUMBER, DefectReason.UNKNOWN_UNIT
              },
              random);
      String[] cells = new String[SUMMARY_HEADER.length];
      for (Street street : streets) {
        int population = registry.streetPopulation()[street.index()];
        for (int year = period - 3; year < period; year++) {
          DefectReason defect = schedule.next();
          int accepted =
              Math.max(1, (int) Math.round(population / 1000.0 * (4 + 4 * random.nextDouble())));
          int succeeded = (int) Math.floor(accepted * (0.93 + 0.06 * random.nextDouble()));
          cells[0] = street.code();
          cells[1] = Integer.toString(year);
          cells[2] = Integer.toString(accepted);
          cells[3] = Integer.toString(succeeded);
          if (defect == null) {
            file.row(cells);
            continue;
          }
          switch (defect) {
            case INCONSISTENT -> cells[3] = Integer.toString(accepted + random.between(1, 50));
            case BAD_NUMBER -> cells[2] = random.pick(BAD_NUMBERS);
            case UNKNOWN_UNIT -> cells[0] = Codes.unknownStreet(street.district().code(), random);
            default -> throw new IllegalStateException("not a summary defect: " + defect);
          }
          file.defectRow(defect, cells);
        }
      }
      return file.finish();
    }
  }
}
