package org.govindex.jobs.compute.innovation;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.govindex.jobs.compute.objective.ObjectiveInputs;

/**
 * The registry as small Java maps (communities, streets, districts), collected once.
 *
 * @param communities registered communities ordered by code
 * @param streetNames street code → name
 * @param streetDistricts street code → district code
 * @param districtNames district code → name
 */
public record UnitDirectory(
    List<Community> communities,
    Map<String, String> streetNames,
    Map<String, String> streetDistricts,
    Map<String, String> districtNames) {

  /**
   * A registered community.
   *
   * @param code 社区代码
   * @param name 社区名称
   * @param streetCode its street
   * @param districtCode its street's district ({@code null} when the street is unknown)
   * @param population 常住人口 (NaN when missing)
   * @param households 户数 (NaN when missing)
   */
  public record Community(
      String code,
      String name,
      String streetCode,
      String districtCode,
      double population,
      double households) {}

  public UnitDirectory {
    communities = List.copyOf(communities);
    streetNames = Map.copyOf(streetNames);
    streetDistricts = Map.copyOf(streetDistricts);
    districtNames = Map.copyOf(districtNames);
  }

  /** Community code → community. */
  public Map<String, Community> byCode() {
    Map<String, Community> m = new LinkedHashMap<>();
    communities.forEach(c -> m.put(c.code(), c));
    return m;
  }

  static UnitDirectory collect(ObjectiveInputs in) {
    Map<String, String> streetNames = new LinkedHashMap<>();
    Map<String, String> streetDistricts = new LinkedHashMap<>();
    for (Row r :
        in.streets()
            .select(col("street_code"), col("street_name"), col("district_code"))
            .orderBy(col("street_code"))
            .collectAsList()) {
      streetNames.put(r.getString(0), r.isNullAt(1) ? "" : r.getString(1));
      streetDistricts.put(r.getString(0), r.getString(2));
    }
    Map<String, String> districtNames = new LinkedHashMap<>();
    for (Row r :
        in.districts()
            .select(col("district_code"), col("district_name"))
            .orderBy(col("district_code"))
            .collectAsList()) {
      districtNames.put(r.getString(0), r.isNullAt(1) ? "" : r.getString(1));
    }
    List<Community> communities = new ArrayList<>();
    for (Row r :
        in.communities()
            .select(
                col("community_code"),
                col("community_name"),
                col("street_code"),
                col("population").cast("double"),
                col("households").cast("double"))
            .orderBy(col("community_code"))
            .collectAsList()) {
      String street = r.getString(2);
      communities.add(
          new Community(
              r.getString(0),
              r.isNullAt(1) ? "" : r.getString(1),
              street,
              streetDistricts.get(street),
              r.isNullAt(3) ? Double.NaN : r.getDouble(3),
              r.isNullAt(4) ? Double.NaN : r.getDouble(4)));
    }
    return new UnitDirectory(communities, streetNames, streetDistricts, districtNames);
  }
}
