package org.govindex.indicators.innovation;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govindex.indicators.registry.Registry;

/** Small hand-made frameworks, panels and registries for the innovation tests. */
final class InnovationFixture {

  private InnovationFixture() {}

  static InnovationFramework framework(String meta, String recipe) {
    return InnovationFramework.parse(
        new StringReader(meta), "meta.csv", new StringReader(recipe), "recipe.yaml");
  }

  /** Builder of a panel: year → community → indicator → value. */
  static final class Panel {
    private final Map<Integer, Map<String, Map<String, Double>>> values = new TreeMap<>();
    private final Map<String, String> flags = new HashMap<>();
    private final Map<String, double[]> replicates = new HashMap<>();

    Panel put(int year, String community, String indicator, double value) {
      IndicatorPanel.put(values, year, community, indicator, value);
      return this;
    }

    /** The bootstrap replicates of a community's S (its S must be put in the period). */
    Panel replicates(String community, double... b) {
      replicates.put(community, b);
      return this;
    }

    Panel flag(String community, String flag) {
      flags.put(community, flag);
      return this;
    }

    IndicatorPanel build(List<Integer> years) {
      return new IndicatorPanel(years, values, flags, replicates);
    }
  }

  /** A community of a street of a district, with 1000 households. */
  record Member(String code, String street, String district, int population) {}

  static Member community(String code, String street, String district, int population) {
    return new Member(code, street, district, population);
  }

  /** Communities "name C", streets "street S", districts "district D". */
  static Registry registry(List<Member> members) {
    Map<String, Registry.Street> streets = new TreeMap<>();
    Map<String, Registry.District> districts = new TreeMap<>();
    List<Registry.Community> communities = new ArrayList<>();
    for (Member m : members) {
      communities.add(
          new Registry.Community(
              m.code(), "name " + m.code(), m.street(), 1000, m.population(), "城市社区"));
      streets.put(
          m.street(), new Registry.Street(m.street(), "street " + m.street(), m.district()));
      districts.put(
          m.district(),
          new Registry.District(m.district(), "district " + m.district(), "非中心城区", false));
    }
    return new Registry(
        List.copyOf(districts.values()), List.copyOf(streets.values()), communities, List.of());
  }

  static IndexRow row(List<IndexRow> rows, String year, String level, String unit) {
    return rows.stream()
        .filter(
            r ->
                r.period().equals(year)
                    && r.level().code().equals(level)
                    && r.unitCode().equals(unit))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + year + " " + level + " " + unit));
  }
}
