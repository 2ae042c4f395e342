package org.govindex.indicators.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed case. Street S1 = C1 + C2, street S2 = C3 (no response) + C4, street S3 has no
 * community. Items c1..c6 (community) and s1 (street); V 非常满意, S 满意, B 基本满意, U 不满意, D 不了解, _
 * skipped. Times on 2026-03-01.
 *
 * <pre>
 * C1  id   ip  time      reason            answers c1..c6 s1       scored  straight  dk/answered
 *     r01  A   10:00:00  -                 S S S S S S S            7       yes       0/7
 *     r02  A   10:02:30  -                 S S S S D D S            5       yes       2/7
 *     r03  A   10:05:00  -                 S S S S D D D            4       no (< 5)  3/7
 *     r04  A   10:07:30  -                 V S S S S S S            7       no        0/7
 *     r05  A   10:10:00  speeder
 *     r06  A   10:12:00  duplicate
 *     r07  A   10:25:00  -                 V V V V V _ _            5       yes       0/5
 *     r08  B   10:00:00  -                 U U U D D D D            3       no        4/7
 *     r09  B   10:30:00  bad_value
 *     r10  -   10:40:00  no_scored_answer
 *     r11  B   (none)    bad_date          (not counted)
 *     r12  A   10:03:00  missing_value     (not counted: would make A's burst 6)
 * C2  r21  C   10:00:00  -                 D D D D S B _            2       no        4/6
 *     r22  C   10:02:30  -                 D D D S U _ _            2       no        3/5
 *     r23  C   10:05:00  -                 S B S B S B S            7       no        0/7
 *     r24  C   10:07:30  speeder
 *     r25  C   10:10:01  speeder
 *     r26  A   10:01:00  -                 D D D D D D S            1       no        6/7
 * C4  r41  -   10:00:00  speeder
 *     r42  -   10:30:00  speeder
 * </pre>
 *
 * Bursts (W = 10 min, M = 5): C1 IP A at 10:00, 10:02:30, 10:05, 10:07:30, 10:10, 10:12, 10:25:
 * [10:00, 10:10] and [10:02:30, 10:12:30] hold 5, so max 5 and all but 10:25 are in a burst (6). C2
 * IP C: 10:10:01 is one second outside [10:00, 10:10], so max 4 and no burst. S1 pools IP A of C1
 * and C2: [10:00, 10:10] holds 6 (with 10:01), 7 responses in a burst.
 *
 * <pre>
 *      n   valid spd  spd_sh  dup dup_sh  str str_sh  maxb nb  b_sh   dk_sh   flags
 * C1   10  6     1    0.1     1   0.1     3   0.5     5    6   0.6    9/40    straight, burst
 * C2   6   4     2    1/3     0   0       0   0       4    0   0      13/25   speeders, dont_know
 * C3   0   0     0    null    0   null    0   null    null 0   null   null    -
 * C4   2   0     2    1       0   0       0   null    null 0   0      null    speeders
 * S1   16  10    3    3/16    1   1/16    3   0.3     6    7   7/16   22/65   burst
 * S2   2   0     2    1       0   0       0   null    null 0   0      null    speeders
 * S3   0   0     0    null    0   null    0   null    null 0   null   null    -
 * </pre>
 *
 * C1's duplicate share and S1's straight-liner share sit exactly at their thresholds (0.1, 0.3):
 * not flagged, since a flag needs the share to exceed the threshold.
 *
 * <p>The rows are reduced by {@link QualityFixture} to the counts the survey kernel hands over.
 */
class SurveyQualityTest {

  static final String S1 = "440101001";
  static final String S2 = "440101002";
  static final String S3 = "440101003";
  static final String C1 = "440101001001";
  static final String C2 = "440101001002";
  static final String C3 = "440101002001";
  static final String C4 = "440101002002";
  static final double EPS = 1e-12;
  static final String DAY = "2026-03-01 ";

  static QualityFixture inputs;
  static Map<String, Table.Row> rows;

  @BeforeAll
  static void reduce() {
    String v = "非常满意";
    String s = "满意";
    String b = "基本满意";
    String u = "不满意";
    String d = "不了解";
    String x = "";
    inputs =
        new QualityFixture()
            .street(S1)
            .street(S2)
            .street(S3)
            .community(C1, S1)
            .community(C2, S1)
            .community(C3, S2)
            .community(C4, S2)
            .response("r01", C1, "A", DAY + "10:00:00", null, s, s, s, s, s, s, s)
            .response("r02", C1, "A", DAY + "10:02:30", null, s, s, s, s, d, d, s)
            .response("r03", C1, "A", DAY + "10:05:00", null, s, s, s, s, d, d, d)
            .response("r04", C1, "A", DAY + "10:07:30", null, v, s, s, s, s, s, s)
            .response("r05", C1, "A", DAY + "10:10:00", "speeder")
            .response("r06", C1, "A", DAY + "10:12:00", "duplicate")
            .response("r07", C1, "A", DAY + "10:25:00", null, v, v, v, v, v, x, x)
            .response("r08", C1, "B", DAY + "10:00:00", null, u, u, u, d, d, d, d)
            .response("r09", C1, "B", DAY + "10:30:00", "bad_value")
            .response("r10", C1, null, DAY + "10:40:00", "no_scored_answer")
            .response("r11", C1, "B", null, "bad_date")
            .response("r12", C1, "A", DAY + "10:03:00", "missing_value")
            .response("r21", C2, "C", DAY + "10:00:00", null, d, d, d, d, s, b, x)
            .response("r22", C2, "C", DAY + "10:02:30", null, d, d, d, s, u, x, x)
            .response("r23", C2, "C", DAY + "10:05:00", null, s, b, s, b, s, b, s)
            .response("r24", C2, "C", DAY + "10:07:30", "speeder")
            .response("r25", C2, "C", DAY + "10:10:01", "speeder")
            .response("r26", C2, "A", DAY + "10:01:00", null, d, d, d, d, d, d, s)
            .response("r41", C4, null, DAY + "10:00:00", "speeder")
            .response("r42", C4, null, DAY + "10:30:00", "speeder");
    rows = compute(SurveyQualitySettings.defaults("2026"));
  }

  /** The table of the fixture's counts reduced with the settings, by level|unit_code. */
  static Map<String, Table.Row> compute(SurveyQualitySettings settings) {
    return byUnit(table(settings));
  }

  static Table table(SurveyQualitySettings settings) {
    return SurveyQuality.table(
        inputs.registry(),
        inputs.communityCounts(settings),
        inputs.streetCounts(settings),
        settings);
  }

  static Map<String, Table.Row> byUnit(Table table) {
    Map<String, Table.Row> out = new LinkedHashMap<>();
    for (Table.Row row : table.rows()) {
      out.put(row.string("level") + "|" + row.string("unit_code"), row);
    }
    return out;
  }

  @Test
  void columnsTypesAndOrder() {
    // the table of the output contract: columns, types and order
    assertThat(table(SurveyQualitySettings.defaults("2026")).spec())
        .isEqualTo(Results.SURVEY_QUALITY);
    assertThat(Results.SURVEY_QUALITY.names())
        .containsExactly(
            "period",
            "level",
            "unit_code",
            "n_responses",
            "n_valid",
            "n_speeders",
            "speeder_share",
            "n_duplicate_phones",
            "duplicate_share",
            "n_straightliners",
            "straightliner_share",
            "max_ip_burst",
            "n_burst_responses",
            "burst_share",
            "dont_know_share",
            "flags");
    // community rows first, each level by unit_code; every registry unit has a row
    assertThat(rows.keySet())
        .containsExactly(
            "community|" + C1,
            "community|" + C2,
            "community|" + C3,
            "community|" + C4,
            "street|" + S1,
            "street|" + S2,
            "street|" + S3);
    assertThat(rows.values()).allSatisfy(r -> assertThat(r.string("period")).isEqualTo("2026"));
  }

  @Test
  void communityWithStraightlinersAndAnIpBurst() {
    expect(
        "community|" + C1,
        10,
        6,
        1,
        0.1,
        1,
        0.1,
        3,
        0.5,
        5L,
        6,
        0.6,
        9.0 / 40.0,
        "many_straightliners;ip_burst;suspicious_survey");
  }

  @Test
  void communityWithSpeedersManyDontKnowAndFiveResponsesOneSecondTooSpread() {
    expect(
        "community|" + C2,
        6,
        4,
        2,
        1.0 / 3.0,
        0,
        0.0,
        0,
        0.0,
        4L,
        0,
        0.0,
        13.0 / 25.0,
        "many_speeders;many_dont_know;suspicious_survey");
  }

  @Test
  void zeroDenominatorsGiveNullSharesAndNoFlag() {
    expect("community|" + C3, 0, 0, 0, null, 0, null, 0, null, null, 0, null, null, "");
    expect("street|" + S3, 0, 0, 0, null, 0, null, 0, null, null, 0, null, null, "");
    // responses but no valid one and no IP: valid-based shares null, max_ip_burst null
    expect(
        "community|" + C4,
        2,
        0,
        2,
        1.0,
        0,
        0.0,
        0,
        null,
        null,
        0,
        0.0,
        null,
        "many_speeders;suspicious_survey");
  }

  @Test
  void streetsPoolTheirCommunitiesResponsesAndBurstsSpanCommunities() {
    expect(
        "street|" + S1,
        16,
        10,
        3,
        3.0 / 16.0,
        1,
        1.0 / 16.0,
        3,
        0.3,
        6L,
        7,
        7.0 / 16.0,
        22.0 / 65.0,
        "ip_burst;suspicious_survey");
    expect(
        "street|" + S2,
        2,
        0,
        2,
        1.0,
        0,
        0.0,
        0,
        null,
        null,
        0,
        0.0,
        null,
        "many_speeders;suspicious_survey");
  }

  @Test
  void flagsNeedTheShareToExceedTheThreshold() {
    // just below C1's speeder/duplicate shares (0.1) and S1's straight-liner share (0.3); burst
    // threshold at C1's burst share (0.6, above S1's 7/16), don't-know threshold at C1's 9/40
    // (below S1's 22/65)
    Map<String, Table.Row> below =
        compute(
            SurveyQualitySettings.defaults("2026")
                .withThresholds(0.1 - 1e-9, 0.1 - 1e-9, 0.3 - 1e-9, 0.6, 9.0 / 40.0));
    assertThat(flags(below, "community|" + C1))
        .isEqualTo("many_speeders;many_duplicates;many_straightliners;suspicious_survey");
    assertThat(flags(below, "street|" + S1))
        .isEqualTo("many_speeders;many_straightliners;many_dont_know;suspicious_survey");
    // thresholds of 1: no share can exceed them
    Map<String, Table.Row> none =
        compute(SurveyQualitySettings.defaults("2026").withThresholds(1, 1, 1, 1, 1));
    assertThat(none.values()).allSatisfy(r -> assertThat(r.string("flags")).isEmpty());
    // thresholds of 0: every positive share flags, a zero share does not
    Map<String, Table.Row> zero =
        compute(SurveyQualitySettings.defaults("2026").withThresholds(0, 0, 0, 0, 0));
    assertThat(flags(zero, "community|" + C2))
        .isEqualTo("many_speeders;many_dont_know;suspicious_survey");
    assertThat(flags(zero, "community|" + C3)).isEmpty();
  }

  @Test
  void burstWindowAndMinimumAreSettings() {
    // M = 4: C2's four responses in [10:00, 10:10] are a burst, and [10:02:30, 10:12:30] holds
    // 4 with 10:10:01, so all five of IP C are in one
    Map<String, Table.Row> four = compute(SurveyQualitySettings.defaults("2026").withBurst(10, 4));
    assertThat(four.get("community|" + C2).longValue("max_ip_burst")).isEqualTo(4L);
    assertThat(four.get("community|" + C2).longValue("n_burst_responses")).isEqualTo(5L);
    assertThat(four.get("community|" + C2).number("burst_share")).isCloseTo(5.0 / 6.0, within(EPS));
    // C1 with M = 4: [10:05, 10:15] holds 10:05, 10:07:30, 10:10, 10:12; 10:25 is still alone
    assertThat(four.get("community|" + C1).longValue("n_burst_responses")).isEqualTo(6L);
    // W = 11 min: 10:10:01 is inside [10:00, 10:11], five responses of IP C
    Map<String, Table.Row> eleven =
        compute(SurveyQualitySettings.defaults("2026").withBurst(11, 5));
    assertThat(eleven.get("community|" + C2).longValue("max_ip_burst")).isEqualTo(5L);
    assertThat(eleven.get("community|" + C2).longValue("n_burst_responses")).isEqualTo(5L);
    // W = 1 min: no two responses of one IP are that close in C1 (10:00 and 10:02:30 apart)
    Map<String, Table.Row> one = compute(SurveyQualitySettings.defaults("2026").withBurst(1, 2));
    assertThat(one.get("community|" + C1).longValue("max_ip_burst")).isEqualTo(1L);
    assertThat(one.get("community|" + C1).longValue("n_burst_responses")).isZero();
    // but S1 with W = 1 min: IP A at 10:00 (C1) and 10:01 (C2) are a burst of 2
    assertThat(one.get("street|" + S1).longValue("max_ip_burst")).isEqualTo(2L);
    assertThat(one.get("street|" + S1).longValue("n_burst_responses")).isEqualTo(2L);
  }

  @Test
  void straightliningNeedsFiveScoredAnswersByDefault() {
    // with a minimum of 4 items r03 (four identical scored answers) counts too
    Map<String, Table.Row> four =
        compute(new SurveyQualitySettings("2026", 10, 5, 4, 0.2, 0.1, 0.3, 0.2, 0.4));
    assertThat(four.get("community|" + C1).longValue("n_straightliners")).isEqualTo(4L);
    assertThat(four.get("community|" + C1).number("straightliner_share"))
        .isCloseTo(4.0 / 6.0, within(EPS));
    // with 6, r02 (5 scored) and r07 (5 scored) drop out, r01 (7) stays
    Map<String, Table.Row> six =
        compute(new SurveyQualitySettings("2026", 10, 5, 6, 0.2, 0.1, 0.3, 0.2, 0.4));
    assertThat(six.get("community|" + C1).longValue("n_straightliners")).isEqualTo(1L);
  }

  private static String flags(Map<String, Table.Row> table, String key) {
    return table.get(key).string("flags");
  }

  private static void expect(
      String key,
      long responses,
      long valid,
      long speeders,
      Double speederShare,
      long duplicates,
      Double duplicateShare,
      long straightliners,
      Double straightlinerShare,
      Long maxBurst,
      long burstResponses,
      Double burstShare,
      Double dontKnowShare,
      String flags) {
    Table.Row row = rows.get(key);
    assertThat(row).as(key).isNotNull();
    assertThat(row.longValue("n_responses")).as(key + " n_responses").isEqualTo(responses);
    assertThat(row.longValue("n_valid")).as(key + " n_valid").isEqualTo(valid);
    assertThat(row.longValue("n_speeders")).as(key + " n_speeders").isEqualTo(speeders);
    assertShare(row, key, "speeder_share", speederShare);
    assertThat(row.longValue("n_duplicate_phones")).as(key + " dup").isEqualTo(duplicates);
    assertShare(row, key, "duplicate_share", duplicateShare);
    assertThat(row.longValue("n_straightliners")).as(key + " str").isEqualTo(straightliners);
    assertShare(row, key, "straightliner_share", straightlinerShare);
    assertThat(row.longValue("max_ip_burst")).as(key + " max_ip_burst").isEqualTo(maxBurst);
    assertThat(row.longValue("n_burst_responses")).as(key + " nb").isEqualTo(burstResponses);
    assertShare(row, key, "burst_share", burstShare);
    assertShare(row, key, "dont_know_share", dontKnowShare);
    assertThat(row.string("flags")).as(key + " flags").isEqualTo(flags);
  }

  private static void assertShare(Table.Row row, String key, String column, Double expected) {
    Double actual = row.number(column);
    if (expected == null) {
      assertThat(actual).as(key + " " + column).isNull();
    } else {
      assertThat(actual).as(key + " " + column).isNotNull().isCloseTo(expected, within(EPS));
    }
  }
}
