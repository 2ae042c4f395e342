package org.govindex.indicators.innovation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.registry.Registry;

/**
 * A seeded random city: districts of streets of communities, and a panel of the bundled framework's
 * indicators. As in the drops, the facts-based indicators have values in every year, projects in
 * every year, and the survey and case indicators in the period only; about 3 % of the values are
 * missing. S comes with 1,000 bootstrap replicates, as the survey kernel hands them over.
 */
final class SyntheticCity {

  final Registry registry;
  final IndicatorPanel panel;

  SyntheticCity(
      InnovationFramework framework,
      int districts,
      int streets,
      int communities,
      List<Integer> years,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Registry.District> d = new ArrayList<>();
    for (int i = 0; i < districts; i++) {
      d.add(new Registry.District(String.format("D%02d", i), "区" + i, "非中心城区", false));
    }
    List<Registry.Street> s = new ArrayList<>();
    for (int i = 0; i < streets; i++) {
      s.add(new Registry.Street(String.format("S%03d", i), "街道" + i, d.get(i % districts).code()));
    }
    List<Registry.Community> c = new ArrayList<>();
    for (int i = 0; i < communities; i++) {
      c.add(
          new Registry.Community(
              String.format("C%04d", i),
              "社区" + i,
              s.get(i % streets).code(),
              1000 + random.nextInt(3000),
              2000 + random.nextInt(9000),
              "城市社区"));
    }
    this.registry = new Registry(d, s, c, List.of());
    int period = years.get(years.size() - 1);
    InnovationFixture.Panel p = new InnovationFixture.Panel();
    for (int year : years) {
      for (Registry.Community community : c) {
        for (FrameworkNode n : framework.framework().indicators()) {
          boolean everyYear =
              IndicatorSources.FACTS.contains(n.code())
                  || IndicatorSources.PROJECTS.contains(n.code())
                  || n.code().equals("volunteer_rate")
                  || n.code().equals("office_area_share")
                  || n.code().equals("service_area_per_100_households")
                  || n.code().equals("certified_social_worker_share")
                  || n.code().equals("social_orgs_per_1000");
          if ((everyYear || year == period) && random.nextDouble() >= 0.03) {
            double span = n.goalHigh() - n.goalLow();
            double value = n.goalLow() - 0.1 * span + 1.2 * span * random.nextDouble();
            p.put(year, community.code(), n.code(), value);
            if (n.code().equals(IndicatorSources.SURVEY)) {
              p.replicates(community.code(), replicates(value, random));
            }
          }
        }
      }
    }
    this.panel = p.build(years);
  }

  /** 1,000 bootstrap replicates of S around its value (as the survey kernel hands over). */
  private static double[] replicates(double s, SplittableRandom random) {
    double[] b = new double[1000];
    for (int i = 0; i < b.length; i++) {
      b[i] = s + 4 * (random.nextDouble() + random.nextDouble() - 1);
    }
    return b;
  }
}
