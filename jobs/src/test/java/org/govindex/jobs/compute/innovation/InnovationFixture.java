package org.govindex.jobs.compute.innovation;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    Panel put(int year, String community, String indicator, double value) {
      IndicatorPanel.put(values, year, community, indicator, value);
      return this;
    }

    Panel flag(String community, String flag) {
      flags.put(community, flag);
      return this;
    }

    IndicatorPanel build(List<Integer> years) {
      return new IndicatorPanel(years, values, flags);
    }
  }

  static UnitDirectory.Community community(
      String code, String street, String district, double population) {
    return new UnitDirectory.Community(code, "name " + code, street, district, population, 1000);
  }

  static UnitDirectory directory(List<UnitDirectory.Community> communities) {
    Map<String, String> streets = new TreeMap<>();
    Map<String, String> streetDistricts = new TreeMap<>();
    Map<String, String> districts = new TreeMap<>();
    for (UnitDirectory.Community c : communities) {
      streets.put(c.streetCode(), "street " + c.streetCode());
      streetDistricts.put(c.streetCode(), c.districtCode());
      districts.put(c.districtCode(), "district " + c.districtCode());
    }
    return new UnitDirectory(communities, streets, streetDistricts, districts);
  }

  static IndexRow row(List<IndexRow> rows, String year, String level, String unit) {
    return rows.stream()
        .filter(
            r -> r.period().equals(year) && r.level().equals(level) && r.unitCode().equals(unit))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + year + " " + level + " " + unit));
  }
}
