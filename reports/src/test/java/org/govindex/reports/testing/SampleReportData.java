package org.govindex.reports.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.govindex.reports.model.AppraisalReportData;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.model.UnitLevel;
import org.govindex.reports.model.UnitScore;

/** Deterministic report data for tests: realistic shapes, unique names. */
public final class SampleReportData {

  public static final String[] STREET_NAMES = {"东湖街道", "西关街道", "南岸街道", "北城街道", "龙泉街道", "梅林街道"};

  private SampleReportData() {}

  /**
   * {@code communities} communities spread over the streets; every 7th below the minimum sample.
   */
  public static AppraisalReportData withCommunities(int communities) {
    Random random = new Random(20260115L);
    List<UnitScore> units = new ArrayList<>();
    for (int i = 1; i <= communities; i++) {
      String street = STREET_NAMES[i % STREET_NAMES.length];
      boolean small = i % 7 == 0;
      double score = 55 + random.nextDouble() * 40;
      double half = small ? 9 + random.nextDouble() * 4 : 2 + random.nextDouble() * 3;
      int n = small ? 5 + random.nextInt(20) : 30 + random.nextInt(120);
      double rate = 0.6 + random.nextDouble() * 0.39;
      units.add(
          new UnitScore(
              UnitLevel.COMMUNITY,
              String.format("440104%06d", i),
              communityName(i),
              street,
              score,
              n,
              Math.max(0, score - half),
              Math.min(100, score + half * 0.8),
              rate,
              null,
              small ? "样本不足" : grade(score),
              small
                  ? List.of("insufficient_sample", "ranked_by_subjective")
                  : List.of("ranked_by_subjective")));
    }
    List<UnitScore> ranked = rank(units);
    List<UnitScore> streets = new ArrayList<>();
    for (int s = 0; s < STREET_NAMES.length; s++) {
      double score = 65 + 4 * s + random.nextDouble();
      boolean small = s == 5;
      streets.add(
          new UnitScore(
              UnitLevel.STREET,
              String.format("440104%03d", s + 1),
              STREET_NAMES[s],
              "越秀区",
              s == 4 ? null : score,
              s == 4 ? 0 : small ? 60 : 300 + 40 * s,
              s == 4 ? null : score - 3.1,
              s == 4 ? null : score + 2.4,
              s == 4 ? null : 0.8,
              null,
              small ? "样本不足" : grade(score),
              s == 4 ? List.of("no_survey") : small ? List.of("insufficient_sample") : List.of()));
    }
    List<InputFileSummary> inputs =
        List.of(
            new InputFileSummary("survey/居民满意度问卷_2026.csv", 4210, 4051, 159),
            new InputFileSummary("reference/社区名录.xlsx", communities, communities, 0),
            new InputFileSummary(
                "hotline/12345工单_2026_越秀区_第一批次_非常长的文件名用于测试路径截断.csv", 20000, 19876, 124));
    return new AppraisalReportData("2026", "2026-01-15", ranked, streets, inputs);
  }

  /** The name of community {@code i}: unique and never a substring of another. */
  public static String communityName(int i) {
    return String.format("幸福里%03d社区", i);
  }

  private static String grade(double score) {
    return score >= 90 ? "优秀" : score >= 80 ? "良好" : score >= 60 ? "合格" : "不合格";
  }

  private static List<UnitScore> rank(List<UnitScore> units) {
    List<UnitScore> eligible =
        units.stream()
            .filter(u -> !u.insufficientSample())
            .sorted((a, b) -> Double.compare(b.subjectiveScore(), a.subjectiveScore()))
            .toList();
    List<UnitScore> out = new ArrayList<>();
    for (UnitScore unit : units) {
      int index = eligible.indexOf(unit);
      out.add(
          new UnitScore(
              unit.level(),
              unit.code(),
              unit.name(),
              unit.parentName(),
              unit.subjectiveScore(),
              unit.nValid(),
              unit.ciLow(),
              unit.ciHigh(),
              unit.satisfactionRate(),
              index < 0 ? null : index + 1,
              unit.grade(),
              unit.flags()));
    }
    return out;
  }
}
