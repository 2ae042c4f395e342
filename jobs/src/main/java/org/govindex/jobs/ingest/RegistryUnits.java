package org.govindex.jobs.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Collects the accepted rows of a registry table (small) as {@link Unit}s on the driver. */
final class RegistryUnits {

  private RegistryUnits() {}

  static List<Unit> collect(FileKind kind, Dataset<Row> accepted) {
    return switch (kind) {
      case DISTRICTS -> units(accepted, UnitLevel.DISTRICT, "district_code", "district_name", null);
      case STREETS ->
          units(accepted, UnitLevel.STREET, "street_code", "street_name", "district_code");
      case COMMUNITIES ->
          units(accepted, UnitLevel.COMMUNITY, "community_code", "community_name", "street_code");
      case DEPARTMENTS ->
          units(
              accepted,
              UnitLevel.DEPARTMENT,
              "department_code",
              "department_name",
              "district_code");
      default -> throw new IllegalArgumentException(kind + " is not a registry table");
    };
  }

  private static List<Unit> units(
      Dataset<Row> accepted, UnitLevel level, String code, String name, String parent) {
    Dataset<Row> selected =
        parent == null ? accepted.select(code, name) : accepted.select(code, name, parent);
    return selected.collectAsList().stream()
        .map(
            r ->
                new Unit(
                    level, r.getString(0), r.getString(1), parent == null ? null : r.getString(2)))
        .toList();
  }
}
