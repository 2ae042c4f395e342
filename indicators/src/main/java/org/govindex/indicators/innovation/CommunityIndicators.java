package org.govindex.indicators.innovation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govindex.contract.Flag;
import org.govindex.contract.Messages;
import org.govindex.contract.Table;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.registry.Registry;

/**
 * The community × indicator panel of the innovation index, for the registered communities. See
 * {@link IndicatorSources} for the definitions; objective indicators are the raw values handed over
 * for each year; S exists for the period only (the survey wave is the run's period).
 */
final class CommunityIndicators {

  private CommunityIndicators() {}

  /**
   * The scored years: the years of {@code community_facts} from the base year up to the period, and
   * the period.
   *
   * @throws InnovationInputException when {@code community_facts} has no row for the base year
   */
  static List<Integer> years(Table communityFacts, InnovationSettings settings) {
    int period = settings.periodYear();
    TreeSet<Integer> years = new TreeSet<>();
    for (Table.Row r : communityFacts.rows()) {
      int y = r.integer("year");
      if (y <= period) {
        years.add(y);
      }
    }
    years.add(period);
    int base = settings.baseYear() == null ? years.first() : settings.baseYear();
    if (!years.contains(base)) {
      throw new InnovationInputException(Messages.text("innovation.noBaseYearFacts", base, years));
    }
    return List.copyOf(years.tailSet(base, true));
  }

  static IndicatorPanel collect(
      InnovationInputs in, InnovationSettings settings, List<Integer> years) {
    Set<String> used = new HashSet<>();
    for (FrameworkNode n : settings.framework().framework().indicators()) {
      used.add(n.code());
    }
    Map<String, Registry.Community> communities = in.registry().communitiesByCode();
    Map<Integer, Map<String, Map<String, Double>>> values = new TreeMap<>();
    objective(in, years, used, communities, values);
    facts(in, years, used, communities, values);
    projects(in, settings, years, used, values);
    Map<String, String> surveyFlags = new TreeMap<>();
    Map<String, double[]> surveyReplicates = new TreeMap<>();
    if (used.contains(IndicatorSources.SURVEY)) {
      survey(in, settings, values, surveyFlags, surveyReplicates);
    }
    return new IndicatorPanel(years, values, surveyFlags, surveyReplicates);
  }

  private static void objective(
      InnovationInputs in,
      List<Integer> years,
      Set<String> used,
      Map<String, Registry.Community> communities,
      Map<Integer, Map<String, Map<String, Double>>> values) {
    if (IndicatorSources.OBJECTIVE.stream().noneMatch(used::contains)) {
      return;
    }
    for (int year : years) {
      Map<String, Map<String, Double>> byCommunity = in.objective().get(year);
      if (byCommunity == null) {
        throw new InnovationInputException(
            Messages.text("innovation.noObjectiveValues", year, years));
      }
      byCommunity.forEach(
          (code, indicators) -> {
            if (!communities.containsKey(code)) {
              return;
            }
            for (String indicator : IndicatorSources.OBJECTIVE) {
              Double x = indicators.get(indicator);
              if (used.contains(indicator) && x != null) {
                IndicatorPanel.put(values, year, code, indicator, x);
              }
            }
          });
    }
  }

  private static void facts(
      InnovationInputs in,
      List<Integer> years,
      Set<String> used,
      Map<String, Registry.Community> communities,
      Map<Integer, Map<String, Map<String, Double>>> values) {
    if (IndicatorSources.FACTS.stream().noneMatch(used::contains)) {
      return;
    }
    Set<Integer> scored = Set.copyOf(years);
    Set<String> seen = new HashSet<>();
    for (Table.Row r : in.communityFacts().rows()) {
      int year = r.integer("year");
      if (!scored.contains(year)) {
        continue;
      }
      String code = r.string("community_code");
      if (!seen.add(code + "|" + year)) {
        throw new InnovationInputException(
            Messages.text(
                "innovation.secondFactsRow",
                r.string("source_file"),
                r.longValue("row_number"),
                code,
                year));
      }
      Registry.Community c = communities.get(code);
      if (c == null) {
        continue;
      }
      double households = c.households();
      double staff = number(r.number("staff"));
      Boolean direct = r.bool("direct_election");
      Map<String, Double> v = new LinkedHashMap<>();
      v.put("direct_election", direct == null ? Double.NaN : direct ? 1.0 : 0.0);
      v.put("election_turnout_pct", number(r.number("turnout_pct")));
      v.put("consultations", number(r.number("consultations")));
      v.put("centre_area", number(r.number("centre_area")));
      v.put("service_fund", number(r.number("service_fund")));
      v.put("staff_per_1000_households", households > 0 ? staff / households * 1000.0 : Double.NaN);
      v.put("online_share_pct", number(r.number("online_share_pct")));
      v.forEach(
          (k, x) -> {
            if (used.contains(k)) {
              IndicatorPanel.put(values, year, code, k, x);
            }
          });
    }
  }

  private static double number(Double x) {
    return x == null ? Double.NaN : x;
  }

  /**
   * {@code project_count} and {@code project_score} of every registered community in each scored
   * year that has projects: the community's number of projects (0 when none) and the mean of their
   * project scores, summed in row order.
   */
  private static void projects(
      InnovationInputs in,
      InnovationSettings settings,
      List<Integer> years,
      Set<String> used,
      Map<Integer, Map<String, Map<String, Double>>> values) {
    if (IndicatorSources.PROJECTS.stream().noneMatch(used::contains)) {
      return;
    }
    AwardSettings a = settings.awards();
    Set<Integer> scored = Set.copyOf(years);
    Set<Integer> yearsWithProjects = new TreeSet<>();
    Map<String, double[]> byKey = new HashMap<>();
    for (Table.Row r : in.projects().rows()) {
      int year = r.integer("year");
      if (!scored.contains(year)) {
        continue;
      }
      yearsWithProjects.add(year);
      double[] s =
          byKey.computeIfAbsent(r.string("community_code") + "|" + year, k -> new double[2]);
      s[0]++;
      s[1] += a.projectScore(r.number("resident_satisfaction"), r.number("social_effect"));
    }
    for (int year : yearsWithProjects) {
      for (Registry.Community c : in.registry().communities()) {
        double[] s = byKey.get(c.code() + "|" + year);
        if (used.contains("project_count")) {
          IndicatorPanel.put(values, year, c.code(), "project_count", s == null ? 0 : s[0]);
        }
        if (used.contains("project_score") && s != null) {
          IndicatorPanel.put(values, year, c.code(), "project_score", s[1] / s[0]);
        }
      }
    }
  }

  /**
   * S of the period for the communities with at least the minimum sample; the others are flagged
   * {@code no_survey} (no S) or {@code insufficient_sample}; the bootstrap replicates of the S that
   * enter.
   */
  private static void survey(
      InnovationInputs in,
      InnovationSettings settings,
      Map<Integer, Map<String, Map<String, Double>>> values,
      Map<String, String> flags,
      Map<String, double[]> replicates) {
    for (Registry.Community c : in.registry().communities()) {
      SurveyScore s = in.survey().get(c.code());
      Double score = s == null ? null : s.score();
      long n = s == null ? 0 : s.validResponses();
      if (score == null || score.isNaN()) {
        flags.put(c.code(), Flag.NO_SURVEY.code());
      } else if (n < settings.minSampleCommunity()) {
        flags.put(c.code(), Flag.INSUFFICIENT_SAMPLE.code());
      } else {
        IndicatorPanel.put(values, settings.periodYear(), c.code(), IndicatorSources.SURVEY, score);
        if (s.replicates() != null) {
          replicates.put(c.code(), s.replicates());
        }
      }
    }
  }
}
