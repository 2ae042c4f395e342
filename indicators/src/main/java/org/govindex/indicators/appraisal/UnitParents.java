package org.govindex.indicators.appraisal;

import java.util.HashMap;
import java.util.Map;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.registry.Registry;

/**
 * The parent of every registered community and street, from the registry: a community's street, a
 * street's district, each with its district's type (中心城区 / 非中心城区).
 */
final class UnitParents {

  /** A parent unit and the district type of the child. */
  record Parent(String code, String name, String districtType) {}

  private UnitParents() {}

  /** level|unit_code → parent (name and type null when the registry does not know them). */
  static Map<String, Parent> of(Registry registry) {
    Map<String, Registry.District> districts = registry.districtsByCode();
    Map<String, Registry.Street> streets = registry.streetsByCode();
    Map<String, Parent> out = new HashMap<>();
    for (Registry.Street s : registry.streets()) {
      Registry.District d = districts.get(s.districtCode());
      out.put(
          AppraisalTotals.key(UnitLevel.STREET, s.code()),
          new Parent(s.districtCode(), d == null ? null : d.name(), d == null ? null : d.type()));
    }
    for (Registry.Community c : registry.communities()) {
      Registry.Street s = streets.get(c.streetCode());
      Registry.District d = s == null ? null : districts.get(s.districtCode());
      out.put(
          AppraisalTotals.key(UnitLevel.COMMUNITY, c.code()),
          new Parent(c.streetCode(), s == null ? null : s.name(), d == null ? null : d.type()));
    }
    return out;
  }
}
