package org.govindex.indicators.registry;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accepted registry of a run as small immutable tables: districts, streets, communities and
 * departments, each ordered by code. Every unit-level computation takes its units, names, parents
 * and populations from here.
 */
public record Registry(
    List<District> districts,
    List<Street> streets,
    List<Community> communities,
    List<Department> departments) {

  /**
   * A district (区).
   *
   * @param type 区类型: 中心城区 or 非中心城区
   * @param central whether the district is 中心城区
   */
  public record District(String code, String name, String type, boolean central) {}

  /** A street (街道) and its district. */
  public record Street(String code, String name, String districtCode) {}

  /**
   * A community (社区).
   *
   * @param households 户数
   * @param population 常住人口
   * @param type 社区类型
   */
  public record Community(
      String code, String name, String streetCode, int households, int population, String type) {}

  /** A district department (区级部门). */
  public record Department(String code, String name, String districtCode) {}

  public Registry {
    districts = sorted(districts, District::code);
    streets = sorted(streets, Street::code);
    communities = sorted(communities, Community::code);
    departments = sorted(departments, Department::code);
  }

  private static <T> List<T> sorted(List<T> units, java.util.function.Function<T, String> code) {
    return units.stream().sorted(Comparator.comparing(code)).toList();
  }

  /** District code → district. */
  public Map<String, District> districtsByCode() {
    return index(districts, District::code);
  }

  /** Street code → street. */
  public Map<String, Street> streetsByCode() {
    return index(streets, Street::code);
  }

  /** Community code → community. */
  public Map<String, Community> communitiesByCode() {
    return index(communities, Community::code);
  }

  /** Department code → department. */
  public Map<String, Department> departmentsByCode() {
    return index(departments, Department::code);
  }

  /** The district of a street, if both are registered. */
  public Optional<District> districtOfStreet(String streetCode) {
    Street street = streetsByCode().get(streetCode);
    return street == null
        ? Optional.empty()
        : Optional.ofNullable(districtsByCode().get(street.districtCode()));
  }

  private static <T> Map<String, T> index(
      List<T> units, java.util.function.Function<T, String> code) {
    Map<String, T> m = new LinkedHashMap<>();
    units.forEach(u -> m.put(code.apply(u), u));
    return java.util.Collections.unmodifiableMap(m);
  }
}
