package org.govindex.jobs.ingest.validation;

import java.util.List;
import org.govindex.contract.Datasets;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.jobs.ingest.source.FileKind;

/** The units of an accepted registry table (small, read back whole), for validating later kinds. */
public final class RegistryUnits {

  private RegistryUnits() {}

  public static List<Unit> of(FileKind kind, Table accepted) {
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

  /** The contract dataset of a registry kind. */
  public static org.govindex.contract.TableSpec dataset(FileKind kind) {
    return switch (kind) {
      case DISTRICTS -> Datasets.DISTRICTS;
      case STREETS -> Datasets.STREETS;
      case COMMUNITIES -> Datasets.COMMUNITIES;
      case DEPARTMENTS -> Datasets.DEPARTMENTS;
      default -> throw new IllegalArgumentException(kind + " is not a registry table");
    };
  }

  private static List<Unit> units(
      Table accepted, UnitLevel level, String code, String name, String parent) {
    return accepted.rows().stream()
        .map(
            r ->
                new Unit(
                    level,
                    r.string(code),
                    r.string(name),
                    parent == null ? null : r.string(parent)))
        .toList();
  }
}
