package org.govindex.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the unit registry of a scale: districts (6-digit codes 44CCDD, about 40% of each city
 * 中心城区), streets (district code + 3 digits), communities (street code + 3 digits) with households,
 * population and latent satisfaction effects, and district departments (district code + 2 digits).
 * Two communities under different streets share a name, so that a bare name can be ambiguous.
 */
final class RegistryBuilder {

  static final String[] DEPARTMENT_NAMES = {
    "民政局", "城市管理和综合执法局", "住房和城乡建设局", "公安分局", "卫生健康局", "教育局",
    "人力资源和社会保障局", "生态环境分局", "交通运输局", "市场监督管理局", "水务局", "应急管理局"
  };

  /** Share of communities that get few survey responses (below the minimum sample). */
  private static final double UNDER_SAMPLED_SHARE = 0.08;

  private final Scale scale;
  private final SeededRandom random;
  private final UnitNames names;

  RegistryBuilder(Scale scale, SeededRandom random) {
    this.scale = scale;
    this.random = random;
    this.names = new UnitNames(random);
  }

  Registry build() {
    List<District> districts = districts();
    int[] streetsPerDistrict = Allocation.random(scale.streets(), districts.size(), 1, 0.3, random);
    List<Street> streets = new ArrayList<>();
    for (int d = 0; d < districts.size(); d++) {
      District district = districts.get(d);
      for (int s = 1; s <= streetsPerDistrict[d]; s++) {
        String code = district.code() + Codes.pad(s, 3);
        double effect = district.effect() + 0.30 * random.gaussian();
        streets.add(new Street(code, names.street(), district, streets.size(), effect));
      }
    }
    List<Community> communities = communities(streets);
    List<Department> departments = new ArrayList<>();
    for (District district : districts) {
      for (int k = 0; k < scale.departmentsPerDistrict(); k++) {
        String code = district.code() + Codes.pad(k + 1, 2);
        departments.add(
            new Department(
                code,
                DEPARTMENT_NAMES[k % DEPARTMENT_NAMES.length],
                district,
                0.35 * random.gaussian()));
      }
    }
    String ambiguous = communities.size() > 1 ? ambiguousName(communities) : null;
    return new Registry(districts, streets, communities, departments, ambiguous);
  }

  private List<District> districts() {
    List<District> districts = new ArrayList<>();
    int perCity = scale.districts() / scale.cities();
    for (int c = 1; c <= scale.cities(); c++) {
      int central = Math.max(1, (int) Math.round(perCity * 0.4));
      for (int d = 0; d < perCity; d++) {
        String code = "44" + Codes.pad(c, 2) + Codes.pad(d + 3, 2);
        districts.add(
            new District(
                code,
                names.district(),
                UnitNames.CITY_NAMES[(c - 1) % UnitNames.CITY_NAMES.length],
                d < central,
                0.15 * random.gaussian()));
      }
    }
    return districts;
  }

  private List<Community> communities(List<Street> streets) {
    int[] perStreet = Allocation.random(scale.communities(), streets.size(), 2, 0.4, random);
    int total = scale.communities();
    boolean[] underSampled = new boolean[total];
    int lowCount = Math.max(2, (int) Math.round(total * UNDER_SAMPLED_SHARE));
    for (int placed = 0; placed < lowCount; ) {
      int i = random.nextInt(total);
      if (!underSampled[i]) {
        underSampled[i] = true;
        placed++;
      }
    }
    List<Community> communities = new ArrayList<>(total);
    for (Street street : streets) {
      for (int k = 1; k <= perStreet[street.index()]; k++) {
        int index = communities.size();
        boolean rural = !street.district().central() && random.chance(0.35);
        int households =
            rural
                ? clamp((int) Math.round(random.logNormal(Math.log(900), 0.4)), 200, 3_000)
                : clamp((int) Math.round(random.logNormal(Math.log(2_600), 0.35)), 600, 9_000);
        int population = (int) Math.round(households * (2.3 + 0.8 * random.nextDouble()));
        double effect = street.effect() + 0.40 * random.gaussian();
        double weight =
            underSampled[index]
                ? 0.12 + 0.13 * random.nextDouble()
                : 0.7 + 0.6 * random.nextDouble();
        communities.add(
            new Community(
                street.code() + Codes.pad(k, 3),
                names.community(),
                street,
                index,
                households,
                population,
                rural,
                effect,
                weight,
                true));
      }
    }
    return communities;
  }

  /**
   * Gives the last community of the second street the name of the last community of the first
   * street, and marks both as not unique.
   */
  private static String ambiguousName(List<Community> communities) {
    Community first = null;
    Community second = null;
    String firstStreet = communities.get(0).street().code();
    for (Community community : communities) {
      if (community.street().code().equals(firstStreet)) {
        first = community;
      } else if (second == null || community.street().code().equals(second.street().code())) {
        second = community;
      } else {
        break;
      }
    }
    if (first == null || second == null) {
      return null;
    }
    communities.set(first.index(), withName(first, first.name()));
    communities.set(second.index(), withName(second, first.name()));
    return first.name();
  }

  private static Community withName(Community c, String name) {
    return new Community(
        c.code(),
        name,
        c.street(),
        c.index(),
        c.households(),
        c.population(),
        c.rural(),
        c.effect(),
        c.surveyWeight(),
        false);
  }

  private static int clamp(int value, int low, int high) {
    return Math.max(low, Math.min(high, value));
  }
}
