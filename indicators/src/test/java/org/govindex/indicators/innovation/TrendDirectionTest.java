package org.govindex.indicators.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.govindex.indicators.innovation.InnovationFixture.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 2 at city scale: for every unit (community, street, district) and every pair of
 * consecutive years, the trend chart (trend index), the 较上年 change and the development index move
 * in the same direction. The panel has a city's shape (11 districts, 170 streets, 2,700
 * communities, 4 years) with indicators that appear in later years only, so that the level index
 * and the trend index differ (the case that once contradicted itself: 65.0 → 63.0 on the chart,
 * +2.3 in the table).
 */
class TrendDirectionTest {

  private static final int DISTRICTS = 11;
  private static final int STREETS = 170;
  private static final int COMMUNITIES = 2700;
  private static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);

  @Test
  void trendChartChangeAndDevelopmentIndexAgreeInDirectionForEveryUnitOfACity() {
    List<InnovationFixture.Member> members = new ArrayList<>();
    InnovationFixture.Panel panel = new InnovationFixture.Panel();
    Random random = new Random(20261203L);
    for (int c = 0; c < COMMUNITIES; c++) {
      int street = c % STREETS;
      String code = String.format("C%04d", c);
      members.add(
          community(code, "S" + street, "D" + street % DISTRICTS, 1000 + random.nextInt(9000)));
      double drift = random.nextGaussian() * 0.01;
      for (int y = 0; y < YEARS.size(); y++) {
        int year = YEARS.get(y);
        panel.put(year, code, "volunteer_rate", clamp(0.05 + drift * y + noise(random, 0.01)));
        panel.put(year, code, "consultations", 6 + 3 * drift * 100 * y + noise(random, 2));
        panel.put(year, code, "office_area_share", 0.35 - drift * y + noise(random, 0.03));
        if (year >= 2025) {
          // data from 2025 on: in the level index of those years, never in the trend index
          panel.put(year, code, "centre_area", 50 + random.nextDouble() * 250);
        }
      }
    }
    InnovationScoring.Result result =
        InnovationScoring.score(
            InnovationFixture.framework(InnovationScoringTest.META, InnovationScoringTest.RECIPE),
            panel.build(YEARS),
            InnovationFixture.registry(members));

    Map<String, List<IndexRow>> byUnit =
        result.index().stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.level() + "/" + r.unitCode(), TreeMap::new, Collectors.toList()));
    assertThat(byUnit).hasSize(COMMUNITIES + STREETS + DISTRICTS);
    int pairs = 0;
    int levelAndTrendDisagree = 0;
    for (List<IndexRow> rows : byUnit.values()) {
      rows.sort(Comparator.comparing(IndexRow::period));
      for (int i = 1; i < rows.size(); i++) {
        IndexRow before = rows.get(i - 1);
        IndexRow after = rows.get(i);
        double trendStep = after.trendIndex() - before.trendIndex();
        double developmentStep = after.developmentIndex() - before.developmentIndex();
        String where = after.level() + " " + after.unitCode() + " " + after.period();
        assertThat(Math.signum(developmentStep)).as(where).isEqualTo(Math.signum(trendStep));
        assertThat(after.change()).as(where).isCloseTo(trendStep, within(1e-9));
        pairs++;
        if (Math.signum(after.index() - before.index()) != Math.signum(trendStep)) {
          levelAndTrendDisagree++;
        }
      }
    }
    assertThat(pairs).isEqualTo((COMMUNITIES + STREETS + DISTRICTS) * (YEARS.size() - 1));
    // the fixture does exercise the trap: the level index alone would often point the other way
    assertThat(levelAndTrendDisagree).isGreaterThan(100);
  }

  private static double noise(Random random, double sd) {
    return random.nextGaussian() * sd;
  }

  private static double clamp(double share) {
    return Math.max(0, Math.min(0.1, share));
  }
}
