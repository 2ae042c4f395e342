package org.govindex.indicators.innovation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.registry.Registry;

/**
 * The registry as arrays for the roll-ups: communities, streets and districts in code order, and
 * for each community the position of its street and of its street's district (-1 when not
 * registered). A community belongs to a district through its street only.
 */
final class Hierarchy {

  private final Registry registry;
  private final Map<String, Integer> communityIndex = new HashMap<>();
  private final int[] street;
  private final int[] district;
  private final double[] population;

  Hierarchy(Registry registry) {
    this.registry = registry;
    Map<String, Integer> streets =
        positions(registry.streets().stream().map(Registry.Street::code).toList());
    Map<String, Integer> districts =
        positions(registry.districts().stream().map(Registry.District::code).toList());
    List<Registry.Community> communities = registry.communities();
    int n = communities.size();
    this.street = new int[n];
    this.district = new int[n];
    this.population = new double[n];
    for (int c = 0; c < n; c++) {
      Registry.Community community = communities.get(c);
      communityIndex.put(community.code(), c);
      Integer s = streets.get(community.streetCode());
      street[c] = s == null ? -1 : s;
      Integer d = s == null ? null : districts.get(registry.streets().get(s).districtCode());
      district[c] = d == null ? -1 : d;
      population[c] = community.population();
    }
  }

  private static Map<String, Integer> positions(List<String> codes) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      m.put(codes.get(i), i);
    }
    return m;
  }

  /** Registered communities, in code order. */
  List<Registry.Community> communities() {
    return registry.communities();
  }

  /** Position of a community in {@link #communities()}, or -1 when it is not registered. */
  int community(String code) {
    Integer c = communityIndex.get(code);
    return c == null ? -1 : c;
  }

  /** 常住人口 of community c. */
  double population(int c) {
    return population[c];
  }

  /** Number of units of a level above the community. */
  int size(UnitLevel level) {
    return switch (level) {
      case STREET -> registry.streets().size();
      case DISTRICT -> registry.districts().size();
      default -> throw new IllegalArgumentException(Messages.text("innovation.noRollUp", level));
    };
  }

  /** Code of unit u of a level above the community. */
  String code(UnitLevel level, int u) {
    return level == UnitLevel.STREET
        ? registry.streets().get(u).code()
        : registry.districts().get(u).code();
  }

  /** Name of unit u of a level above the community. */
  String name(UnitLevel level, int u) {
    return level == UnitLevel.STREET
        ? registry.streets().get(u).name()
        : registry.districts().get(u).name();
  }

  /** Position of the street or district of community c, or -1 when it is not registered. */
  int parent(UnitLevel level, int c) {
    return level == UnitLevel.STREET ? street[c] : district[c];
  }
}
