package org.govindex.reports.publication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.govindex.reports.model.InputFileSummary;

/**
 * Deterministic result tables, methodology and rejects in the nightly output format, written to a
 * directory: 2 districts, 6 streets, 30 communities (every 7th below the minimum sample, one with a
 * very long name), 6 departments, 3 years of the innovation index, awards.
 */
final class SamplePublicationData {

  static final String PERIOD = "2026";
  static final String[] STREETS = {"东湖街道", "西关街道", "南岸街道", "北城街道", "龙泉街道", "梅林街道"};
  static final String[] DEPARTMENTS = {"民政局", "城市管理和综合执法局", "住房和城乡建设局", "公安分局", "卫生健康局", "教育局"};
  static final String[][] INDICATORS = {
    {"hotline_orders_per_1000", "12345工单量(每千常住人口)"},
    {"hotline_response_rate", "12345工单按时签收率"},
    {"mediation_success_rate", "矛盾纠纷调解成功率"},
    {"volunteer_rate", "注册志愿者占常住人口比例"},
    {"service_area_per_100_households", "每百户社区综合服务中心面积"}
  };
  static final String[] DIMENSIONS = {
    "governance_actors",
    "service_facilities",
    "professional_workforce",
    "service_innovation",
    "outcomes_satisfaction"
  };
  static final String LONG_NAME = "经济技术开发区管委会直管滨江新城第一安置小区联合社区居民委员会";

  static final int COMMUNITIES = 30;

  /** The name of communities 8 and 9, of two different streets (as two 和路社区 of a city). */
  static final String REPEATED_NAME = "和路社区";

  /** The report settings of the fixture: issuer, cover date and one cited policy document. */
  static final ReportSettings REPORT =
      new ReportSettings(
          "测试市社会建设委员会", null, "2027-01-15", java.util.Map.of("Nanjing", "南京市深化街道和社区体制改革实施方案"));

  /** The goalpost source note of {@code volunteer_rate}, as an analyst writes it. */
  static final String POLICY_NOTE =
      "policy: Nanjing 2014 plan 志愿者注册登记率不低于10% (shared/policy/002): 10% or more scores 100";

  private SamplePublicationData() {}

  /** Writes everything under {@code dir} and returns the inputs pointing at it. */
  static PublicationInputs write(Path dir) throws IOException {
    return write(dir, COMMUNITIES);
  }

  /** The same with {@code communities} communities (at most 999). */
  static PublicationInputs write(Path dir, int communities) throws IOException {
    Path tables = dir.resolve("tables");
    Files.createDirectories(tables);
    Random random = new Random(20260115L);
    List<String> appraisal = new ArrayList<>();
    appraisal.add(
        "period,level,unit_code,unit_name,subjective_score,objective_score,total_score,subjective_weight,n_valid,ci_low,ci_high,satisfaction_rate,rank,grade,flags,parent_code,parent_name,district_type,previous_total_score,total_change,change_significant,rank_low,rank_high");
    List<String> contributions = new ArrayList<>();
    contributions.add(
        "period,level,unit_code,component,component_name,component_type,weight,score,contribution,level_mean");
    List<String> innovation = new ArrayList<>();
    innovation.add(
        "period,level,unit_code,unit_name,"
            + String.join(",", DIMENSIONS)
            + ",index,trend_index,development_index,change,change_p05,change_p95,change_significant,rank,rank_median,rank_p05,rank_p95,population,flags");
    List<double[]> communityScores = new ArrayList<>();
    for (int i = 1; i <= communities; i++) {
      double s = 60 + random.nextDouble() * 35;
      double o = 55 + random.nextDouble() * 40;
      communityScores.add(new double[] {s, o, 0.7 * s + 0.3 * o});
    }
    List<Integer> order = rankOrder(communityScores);
    for (int i = 1; i <= communities; i++) {
      double[] score = communityScores.get(i - 1);
      boolean small = i % 7 == 0;
      int street = (i - 1) % STREETS.length;
      String code = communityCode(i);
      String name =
          i == 5
              ? LONG_NAME
              : i == 8 || i == 9
                  ? REPEATED_NAME
                  : "幸福里" + String.format(Locale.ROOT, "%03d", i) + "社区";
      int rank = small ? 0 : order.indexOf(i - 1) + 1;
      String grade = small ? "样本不足" : grade(score[2]);
      String flags =
          small ? "insufficient_sample" : i % 5 == 0 ? "missing_indicator:volunteer_rate" : "";
      int n = small ? 12 + i % 10 : 40 + (i * 7) % 80;
      String previous = i % 3 == 0 ? "" : num(score[2] - 3 + (i % 6));
      String change = previous.isEmpty() ? "" : num(3 - (i % 6));
      String significant = previous.isEmpty() ? "" : Boolean.toString(i % 2 == 0);
      appraisal.add(
          String.join(
              ",",
              PERIOD,
              "community",
              code,
              name,
              num(score[0]),
              num(score[1]),
              num(score[2]),
              "0.7",
              Integer.toString(n),
              num(score[0] - 2.5),
              num(Math.min(100, score[0] + 2.1)),
              num(0.85 + (i % 10) / 100.0),
              rank == 0 ? "" : Integer.toString(rank),
              grade,
              flags,
              streetCode(street),
              STREETS[street],
              street < 3 ? "中心城区" : "非中心城区",
              previous,
              change,
              significant,
              rank == 0 ? "" : Integer.toString(Math.max(1, rank - 2)),
              rank == 0 ? "" : Integer.toString(Math.min(communities, rank + 3))));
      contributions.add(row(code, "subjective", "群众主观评价 S", "part", 0.7, score[0], 77.0));
      contributions.add(row(code, "objective", "客观指标 O", "part", 0.3, score[1], 75.0));
      for (int k = 0; k < INDICATORS.length; k++) {
        double indicator = 40 + random.nextDouble() * 60;
        contributions.add(
            row(code, INDICATORS[k][0], INDICATORS[k][1], "indicator", 0.06, indicator, 70.0));
      }
      for (int year = 2024; year <= 2026; year++) {
        innovation.add(innovationRow(year, "community", code, name, random, i, communities));
      }
    }
    for (int s = 0; s < STREETS.length; s++) {
      double total = 70 + s * 2.5;
      appraisal.add(
          String.join(
              ",",
              PERIOD,
              "street",
              streetCode(s),
              STREETS[s],
              num(total + 1),
              num(total - 2),
              num(total),
              "0.5",
              Integer.toString(300 + s * 20),
              num(total - 1),
              num(total + 3),
              "0.9",
              Integer.toString(STREETS.length - s),
              grade(total),
              s < 3 ? "central_street_economic_excluded" : "",
              "4401" + (s < 3 ? "03" : "04"),
              s < 3 ? "建桥区" : "淳平区",
              s < 3 ? "中心城区" : "非中心城区",
              num(total - 1.5),
              "1.5",
              "false",
              Integer.toString(Math.max(1, STREETS.length - s - 1)),
              Integer.toString(Math.min(STREETS.length, STREETS.length - s + 1))));
      contributions.add(
          rowOf("street", streetCode(s), "subjective", "群众主观评价 S", "part", 0.5, total + 1, 75.0));
      contributions.add(
          rowOf("street", streetCode(s), "objective", "客观指标 O", "part", 0.5, total - 2, 72.0));
      for (int year = 2024; year <= 2026; year++) {
        innovation.add(
            innovationRow(
                year, "street", streetCode(s), STREETS[s], random, s + 1, STREETS.length));
      }
    }
    for (int d = 0; d < 2; d++) {
      for (int year = 2024; year <= 2026; year++) {
        innovation.add(
            innovationRow(
                year,
                "district",
                "4401" + (d == 0 ? "03" : "04"),
                d == 0 ? "建桥区" : "淳平区",
                random,
                d + 1,
                2));
      }
    }
    write(tables.resolve("appraisal.csv"), appraisal);
    write(tables.resolve("appraisal_contributions.csv"), contributions);
    write(tables.resolve("innovation_index.csv"), innovation);
    write(tables.resolve("satisfaction_items.csv"), satisfactionItems(communities));
    writeDepartments(tables, random);
    writeAwards(tables);
    writeCoherence(tables);
    write(
        tables.resolve("survey_quality.csv"),
        List.of(
            "period,level,unit_code,n_responses,n_valid,n_speeders,speeder_share,"
                + "n_duplicate_phones,duplicate_share,n_straightliners,straightliner_share,"
                + "max_ip_burst,n_burst_responses,burst_share,dont_know_share,flags",
            PERIOD + ",street," + streetCode(0) + ",320,300,3,0.01,0,0.0,6,0.02,3,3,0.01,0.05,",
            PERIOD
                + ",street,"
                + streetCode(1)
                + ",350,320,38,0.12,0,0.0,6,0.02,25,64,0.2,0.04,"
                + "many_speeders;ip_burst;suspicious_survey"));
    write(
        tables.resolve("street_rating_given.csv"),
        List.of(
            "period,street_code,street_name,n_raters,mean_score_given,n_departments_rated,n_ratings",
            PERIOD + "," + streetCode(0) + "," + STREETS[0] + ",13,66.89250700280114,6,68",
            PERIOD + "," + streetCode(1) + "," + STREETS[1] + ",12,71.2,6,60"));
    Path methodology = dir.resolve("methodology.json");
    Files.writeString(methodology, methodologyJson(), StandardCharsets.UTF_8);
    Path rejects = dir.resolve("rejects.csv");
    write(
        rejects,
        List.of(
            "file,row_number,reason_code,reason",
            "surveys/resident_2026_a.csv,12,speeder,所用时间 12 秒",
            "surveys/resident_2026_a.csv,40,duplicate,重复手机号",
            "cases/hotline_2026_01-04.csv,58,bad_enum,\"工单状态: '待处理' is not one of [[作废], 办理中, 已办结]\""));
    List<InputFileSummary> inputs =
        List.of(
            new InputFileSummary("surveys/resident_2026_a.csv", 1200, 1198, 2),
            new InputFileSummary("cases/hotline_2026_01-04.csv", 901, 900, 1));
    return new PublicationInputs(
        PERIOD, "2026-12-31", "1.2.3-test", tables, methodology, inputs, rejects, REPORT);
  }

  private static String innovationRow(
      int year, String level, String code, String name, Random random, int rank, int units) {
    StringBuilder row = new StringBuilder();
    row.append(year).append(',').append(level).append(',').append(code).append(',').append(name);
    for (int d = 0; d < DIMENSIONS.length; d++) {
      row.append(',').append(num(50 + random.nextDouble() * 40));
    }
    double index = 80 - rank * 20.0 / units + (year - 2024);
    boolean base = year == 2024;
    row.append(',')
        .append(num(index))
        .append(',')
        .append(num(index))
        .append(',')
        .append(num(base ? 100 : 100 + (year - 2024) * 1.5))
        .append(',')
        .append(base ? "" : "1.0")
        .append(',')
        .append(base ? "" : "0.2")
        .append(',')
        .append(base ? "" : "1.8")
        .append(',')
        .append(base ? "" : "true")
        .append(',')
        .append(rank)
        .append(',')
        .append(rank)
        .append(',')
        .append(Math.max(1, rank - 2))
        .append(',')
        .append(Math.min(units, rank + 2))
        .append(",5000.0,");
    return row.toString();
  }

  private static void writeDepartments(Path tables, Random random) throws IOException {
    List<String> rating = new ArrayList<>();
    rating.add(
        "period,department_code,department_name,group_residents,group_street,group_committee,group_units,satisfaction_score,objective_score,total_score,rank,grade,flags,satisfaction_weight,n_raters_residents,n_raters_street,n_raters_committee,n_raters_units,n_raters,n_straightliners,satisfaction_score_standardised,total_score_standardised,rank_standardised,satisfaction_score_equal_weights,total_score_equal_weights,rank_equal_weights");
    List<String> matrix = new ArrayList<>();
    matrix.add(
        "period,street_code,street_name,department_code,department_name,mean_score,n_raters");
    List<String> indicators = new ArrayList<>();
    indicators.add(
        "period,level,unit_code,indicator_code,raw_value,normalized_score,denominator,flags");
    for (int d = 0; d < DEPARTMENTS.length; d++) {
      String code = "440103" + String.format(Locale.ROOT, "%02d", d + 1);
      double total = 82 - d * 2.1;
      rating.add(
          String.join(
              ",",
              PERIOD,
              code,
              DEPARTMENTS[d],
              num(70 + d),
              d == 3 ? "" : num(65 + d),
              num(75 - d),
              num(68.5),
              num(70),
              num(85),
              num(total),
              Integer.toString(d + 1),
              grade(total),
              d == 3 ? "group_dropped" : "",
              "0.5",
              "9",
              d == 3 ? "2" : "4",
              "7",
              "4",
              "24",
              "0",
              num(71),
              num(total - 0.5),
              Integer.toString(d == 0 ? 2 : d == 1 ? 1 : d + 1),
              num(70.5),
              num(total + 0.3),
              Integer.toString(d + 1)));
      for (int s = 0; s < STREETS.length; s++) {
        matrix.add(
            String.join(
                ",",
                PERIOD,
                streetCode(s),
                STREETS[s],
                code,
                DEPARTMENTS[d],
                num(55 + random.nextDouble() * 35),
                Integer.toString(5 + s)));
      }
      indicators.add(
          String.join(
              ",",
              PERIOD,
              "department",
              code,
              "hotline_response_rate",
              "0.93",
              "86.0",
              "120.0",
              ""));
    }
    write(tables.resolve("department_rating.csv"), rating);
    write(tables.resolve("department_street_matrix.csv"), matrix);
    write(tables.resolve("indicator_values.csv"), indicators);
  }

  /** innovation_coherence.csv: alpha and PCA share per dimension, one flagged correlation. */
  private static void writeCoherence(Path tables) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("period,measure,node,first,second,value,flag");
    for (int d = 0; d < DIMENSIONS.length; d++) {
      lines.add(PERIOD + ",cronbach_alpha," + DIMENSIONS[d] + ",,," + num(0.55 + d * 0.05) + ",");
      lines.add(PERIOD + ",pca_first_share," + DIMENSIONS[d] + ",,," + num(0.5 + d * 0.04) + ",");
      lines.add(PERIOD + ",complete_units," + DIMENSIONS[d] + ",,,19.0,");
    }
    lines.add(
        PERIOD
            + ",correlation_with_parent,"
            + DIMENSIONS[0]
            + ","
            + INDICATORS[0][0]
            + ","
            + DIMENSIONS[0]
            + ",0.08,weak");
    lines.add(
        PERIOD
            + ",correlation_with_parent,"
            + DIMENSIONS[0]
            + ","
            + INDICATORS[1][0]
            + ","
            + DIMENSIONS[0]
            + ",0.71,");
    write(tables.resolve("innovation_coherence.csv"), lines);
  }

  private static void writeAwards(Path tables) throws IOException {
    write(
        tables.resolve("awards.csv"),
        List.of(
            "period,project_code,project_name,unit_code,project_score,grade,eligible,award_amount,flags",
            "2026,XM202600001,=1+1长者饭堂项目,440103001001,75.5,合格,false,0.0,",
            "2026,XM202600002,幸福里社区花园营造项目,440103001002,91.0,优秀,true,100000.0,",
            "2026,XM202600003,楼道微更新项目,440103002003,82.0,良好,true,50000.0,"));
    write(
        tables.resolve("awards_by_unit.csv"),
        List.of(
            "period,level,unit_code,unit_name,n_projects,n_scored,n_eligible,n_excellent,n_good,award_total",
            "2026,street,440103001,东湖街道,2,2,1,1,0,100000.0",
            "2026,district,440103,建桥区,3,3,2,1,1,150000.0"));
  }

  /** The methodology of the fixture; tests compare the appendix with it. */
  static String methodologyJson() {
    StringBuilder catalogue = new StringBuilder();
    for (int k = 0; k < INDICATORS.length; k++) {
      catalogue
          .append(k == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"indicator_code\":\"%s\",\"indicator_name\":\"%s\",\"levels\":\"community;street\",\"direction\":\"1\",\"goal_worst\":\"0\",\"goal_best\":\"%d\",\"weight_community\":\"%s\",\"weight_street\":\"%s\",\"economic\":\"false\",\"unit\":\"%%\",\"goalpost_source\":\"%s\"}",
                  INDICATORS[k][0],
                  INDICATORS[k][1],
                  100 - k,
                  "1." + (k + 1),
                  "0." + (k + 3),
                  k == 3 ? POLICY_NOTE : "empirical: reviewed yearly"));
    }
    return "{\"answer_scores\":{\"非常满意\":100.0,\"满意\":75.0,\"基本满意\":50.0,\"不满意\":25.0,\"非常不满意\":0.0},"
        + "\"subjective_weight\":{\"community\":0.7,\"street\":0.5,\"department\":0.5},"
        + "\"policy_floors\":{\"community\":0.7,\"street\":0.5},"
        + "\"grade_thresholds\":{\"excellent\":90.0,\"good\":80.0,\"pass\":60.0},"
        + "\"minimum_sample\":{\"community\":30,\"street\":100},"
        + "\"excellent_quota\":null,"
        + "\"bootstrap\":{\"resamples\":1000,\"seed\":20260101},"
        + "\"catalogue\":["
        + catalogue
        + "],"
        + "\"questionnaire\":[{\"item_code\":\"C_SAFETY\",\"item_name\":\"社区治安状况\",\"level\":\"community\",\"dimension\":\"安全\",\"weight\":1.0,\"header_pattern\":\"社区治安\"},"
        + "{\"item_code\":\"C_ENVIRONMENT\",\"item_name\":\"社区环境卫生\",\"level\":\"community\",\"dimension\":\"环境\",\"weight\":1.0,\"header_pattern\":\"环境卫生\"},"
        + "{\"item_code\":\"S_OVERALL\",\"item_name\":\"街道工作总体\",\"level\":\"street\",\"dimension\":\"总体\",\"weight\":1.0,\"header_pattern\":\"街道工作的总体\"}],"
        + "\"department_rating\":{\"group_weights\":{\"居民代表\":0.4,\"街道\":0.3,\"社区居委会\":0.2,\"驻区单位\":0.1},\"minimum_raters\":3},"
        + "\"innovation\":{\"base_year\":2024,\"framework\":[{\"iCode\":\"governance_actors\",\"iName\":\"多元治理主体\",\"Level\":\"2\",\"Parent\":\"innovation_index\",\"Type\":\"Aggregate\",\"Weight\":\"1\"},{\"iCode\":\"service_facilities\",\"iName\":\"服务设施\",\"Level\":\"2\",\"Parent\":\"innovation_index\",\"Type\":\"Aggregate\",\"Weight\":\"1\"},{\"iCode\":\"professional_workforce\",\"iName\":\"专业队伍\",\"Level\":\"2\",\"Parent\":\"innovation_index\",\"Type\":\"Aggregate\",\"Weight\":\"1\"},{\"iCode\":\"service_innovation\",\"iName\":\"服务创新\",\"Level\":\"2\",\"Parent\":\"innovation_index\",\"Type\":\"Aggregate\",\"Weight\":\"1\"},{\"iCode\":\"outcomes_satisfaction\",\"iName\":\"成效与满意度\",\"Level\":\"2\",\"Parent\":\"innovation_index\",\"Type\":\"Aggregate\",\"Weight\":\"2\"}]},"
        + "\"future_setting_xyz\":{\"threshold_q\":0.123}}";
  }

  /**
   * Two community questions and one street question per unit: 社区治安状况 scores {@link #safetyScore},
   * 社区环境卫生 of community 3 was answered 不了解 by all, every other 70.
   */
  private static List<String> satisfactionItems(int communities) {
    List<String> lines = new ArrayList<>();
    lines.add("period,level,unit_code,item_code,score,n_scored,n_dont_know,level_mean");
    for (int i = 1; i <= communities; i++) {
      String code = communityCode(i);
      lines.add(
          String.join(
              ",",
              PERIOD,
              "community",
              code,
              "C_ENVIRONMENT",
              i == 3 ? "" : "70.0",
              i == 3 ? "0" : "20",
              i == 3 ? "9" : "1",
              "70.0"));
      lines.add(
          String.join(
              ",",
              PERIOD,
              "community",
              code,
              "C_SAFETY",
              num(safetyScore(i)),
              "25",
              "0",
              SAFETY_MEAN));
    }
    for (int s = 0; s < STREETS.length; s++) {
      lines.add(
          String.join(
              ",", PERIOD, "street", streetCode(s), "S_OVERALL", "81.5", "300", "4", "81.5"));
    }
    return lines;
  }

  /** The mean of 社区治安状况 written as the level mean (not recomputed: the fixture states it). */
  static final String SAFETY_MEAN = "80.0";

  /** The 社区治安状况 score of community {@code i}: alternately above and below the mean. */
  static double safetyScore(int i) {
    return i % 2 == 0 ? 86.25 : 72.5;
  }

  private static List<Integer> rankOrder(List<double[]> scores) {
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      if ((i + 1) % 7 != 0) {
        ranked.add(i);
      }
    }
    ranked.sort((a, b) -> Double.compare(scores.get(b)[2], scores.get(a)[2]));
    return ranked;
  }

  /** The code of community {@code i} (1-based): its street's code and its number. */
  static String communityCode(int i) {
    int street = (i - 1) % STREETS.length;
    return String.format(Locale.ROOT, "4401%02d%03d%03d", 3 + street / 3, street % 3 + 1, i);
  }

  private static String streetCode(int street) {
    return String.format(Locale.ROOT, "4401%02d%03d", 3 + street / 3, street % 3 + 1);
  }

  private static String row(
      String code,
      String component,
      String name,
      String type,
      double w,
      double score,
      double mean) {
    return rowOf("community", code, component, name, type, w, score, mean);
  }

  private static String rowOf(
      String level,
      String code,
      String component,
      String name,
      String type,
      double w,
      double score,
      double mean) {
    return String.join(
        ",",
        PERIOD,
        level,
        code,
        component,
        name,
        type,
        num(w),
        num(score),
        num(w * score),
        num(mean));
  }

  private static String grade(double total) {
    return total >= 90 ? "优秀" : total >= 80 ? "良好" : total >= 60 ? "合格" : "不合格";
  }

  private static String num(double value) {
    return Double.toString(value);
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
