package org.govindex.indicators.innovation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.govindex.contract.Grade;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.grading.Grading;
import org.govindex.indicators.registry.Registry;

/**
 * 以奖代补 of the period: one {@link ProjectAward} per project of the period (projects whose 年度 is the
 * period), in project code order, and the totals per community, street and district.
 */
final class Awards {

  private Awards() {}

  /** The projects of the period, scored, graded and awarded, ordered by project code. */
  static List<ProjectAward> of(Table projects, InnovationSettings s) {
    Grading grading = Grading.withoutQuota(s.grades());
    List<ProjectAward> out = new ArrayList<>();
    for (Table.Row r : projects.rows()) {
      if (r.integer("year") != s.periodYear()) {
        continue;
      }
      out.add(
          ProjectAward.of(
              s.period(),
              r.string("project_code"),
              r.string("project_name"),
              r.string("community_code"),
              r.number("resident_satisfaction"),
              r.number("social_effect"),
              s.awards(),
              grading));
    }
    out.sort(Comparator.comparing(ProjectAward::projectCode));
    return out;
  }

  /**
   * The {@code awards_by_unit} table ({@link Results#AWARDS_BY_UNIT}): for every registered
   * community, street and district (by level, then code) its projects, scored projects, eligible
   * projects, 优秀 and 良好 projects and the award total in 元. A project counts for its community when
   * the community is registered, for the community's street and for the street's district.
   */
  static Table byUnit(String period, List<ProjectAward> awards, Registry registry) {
    Hierarchy units = new Hierarchy(registry);
    int communities = registry.communities().size();
    long[][][] counts = {
      new long[communities][5],
      new long[units.size(UnitLevel.STREET)][5],
      new long[units.size(UnitLevel.DISTRICT)][5]
    };
    double[][] totals = {
      new double[communities],
      new double[units.size(UnitLevel.STREET)],
      new double[units.size(UnitLevel.DISTRICT)]
    };
    for (ProjectAward a : awards) {
      int c = units.community(a.unitCode());
      if (c < 0) {
        continue;
      }
      int[] positions = {c, units.parent(UnitLevel.STREET, c), units.parent(UnitLevel.DISTRICT, c)};
      for (int l = 0; l < positions.length; l++) {
        int u = positions[l];
        if (u < 0) {
          continue;
        }
        long[] n = counts[l][u];
        n[0]++;
        if (a.projectScore() != null) {
          n[1]++;
        }
        if (a.eligible()) {
          n[2]++;
        }
        if (a.grade() == Grade.EXCELLENT) {
          n[3]++;
        }
        if (a.grade() == Grade.GOOD) {
          n[4]++;
        }
        totals[l][u] += a.awardAmount();
      }
    }
    Table.Builder table = Table.builder(Results.AWARDS_BY_UNIT);
    for (int c = 0; c < communities; c++) {
      Registry.Community community = registry.communities().get(c);
      add(
          table,
          period,
          UnitLevel.COMMUNITY,
          community.code(),
          community.name(),
          counts[0][c],
          totals[0][c]);
    }
    for (int l = 0; l < RollUp.LEVELS.length; l++) {
      UnitLevel level = RollUp.LEVELS[l];
      for (int u = 0; u < units.size(level); u++) {
        add(
            table,
            period,
            level,
            units.code(level, u),
            units.name(level, u),
            counts[l + 1][u],
            totals[l + 1][u]);
      }
    }
    return table.build();
  }

  private static void add(
      Table.Builder table,
      String period,
      UnitLevel level,
      String code,
      String name,
      long[] n,
      double total) {
    table
        .row()
        .set("period", period)
        .set("level", level.code())
        .set("unit_code", code)
        .set("unit_name", name)
        .set("n_projects", n[0])
        .set("n_scored", n[1])
        .set("n_eligible", n[2])
        .set("n_excellent", n[3])
        .set("n_good", n[4])
        .set("award_total", total)
        .add();
  }
}
