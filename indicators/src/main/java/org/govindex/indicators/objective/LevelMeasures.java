package org.govindex.indicators.objective;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.registry.Registry;

/**
 * The measures of every registered unit of a level in one year, summed from the sources:
 *
 * <ul>
 *   <li>community: orders and mediation cases by their 所属社区代码, its facts and registry row;
 *   <li>street: orders and mediation cases by 所属街道代码, its mediation summary, the facts and registry
 *       rows of its communities (population = Σ 常住人口), its street facts and its district's 中心城区
 *       flag;
 *   <li>department: orders by 承办单位代码.
 * </ul>
 *
 * Only registered units get measures; source rows of other codes are ignored.
 */
final class LevelMeasures {

  private LevelMeasures() {}

  /** Unit code → measures, in registry (code) order. */
  static Map<String, UnitMeasures> of(UnitLevel level, ObjectiveSources in, int year) {
    Registry registry = in.registry();
    Map<String, UnitMeasures> units = new LinkedHashMap<>();
    switch (level) {
      case COMMUNITY -> {
        registry.communities().forEach(c -> units.put(c.code(), registryCommunity(c)));
        for (OrderTally t : in.orders()) {
          if (t.year() == year && t.handlerCode() == null) {
            addOrders(units.get(t.communityCode()), t);
          }
        }
        for (CaseTally t : in.cases()) {
          if (t.year() == year) {
            addCases(units.get(t.communityCode()), t);
          }
        }
        addCommunityFacts(in, year, registry, units, false);
      }
      case STREET -> {
        registry.streets().forEach(s -> units.put(s.code(), new UnitMeasures()));
        Map<String, Registry.District> districts = registry.districtsByCode();
        for (Registry.Street s : registry.streets()) {
          Registry.District d = districts.get(s.districtCode());
          units.get(s.code()).central = d != null && d.central();
        }
        for (Registry.Community c : registry.communities()) {
          UnitMeasures street = units.get(c.streetCode());
          if (street != null) {
            street.addPopulation(c.population());
            street.communities++;
          }
        }
        for (OrderTally t : in.orders()) {
          if (t.year() == year && t.handlerCode() == null) {
            addOrders(units.get(t.streetCode()), t);
          }
        }
        for (CaseTally t : in.cases()) {
          if (t.year() == year) {
            addCases(units.get(t.streetCode()), t);
          }
        }
        addSummaries(in.mediationSummary(), year, units);
        addCommunityFacts(in, year, registry, units, true);
        addStreetFacts(in.streetFacts(), year, units);
      }
      case DEPARTMENT -> {
        registry.departments().forEach(d -> units.put(d.code(), new UnitMeasures()));
        for (OrderTally t : in.orders()) {
          if (t.year() == year && t.handlerCode() != null) {
            addOrders(units.get(t.handlerCode()), t);
          }
        }
      }
      case DISTRICT -> {
        // districts are not appraised
      }
    }
    return units;
  }

  private static UnitMeasures registryCommunity(Registry.Community c) {
    UnitMeasures m = new UnitMeasures();
    m.addPopulation(c.population());
    m.communities = 1;
    return m;
  }

  private static void addOrders(UnitMeasures unit, OrderTally t) {
    if (unit != null) {
      unit.orders = unit.orders.plus(t.counts());
    }
  }

  private static void addCases(UnitMeasures unit, CaseTally t) {
    if (unit != null) {
      unit.cases += t.cases();
      unit.successes += t.successes();
    }
  }

  private static void addSummaries(Table summary, int year, Map<String, UnitMeasures> streets) {
    for (Table.Row r : summary.rows()) {
      UnitMeasures street = streets.get(r.string("street_code"));
      if (street != null && r.integer("year") == year) {
        street.summaryRows++;
        street.summaryAccepted += r.integer("accepted");
        street.summarySucceeded += r.integer("succeeded");
      }
    }
  }

  /**
   * Community facts of the year, each ratio counted only where both its numerator and denominator
   * are known; the population and households come from the registry.
   */
  private static void addCommunityFacts(
      ObjectiveSources in,
      int year,
      Registry registry,
      Map<String, UnitMeasures> units,
      boolean byStreet) {
    Map<String, Registry.Community> communities = registry.communitiesByCode();
    for (Table.Row r : in.communityFacts().rows()) {
      Registry.Community c = communities.get(r.string("community_code"));
      if (c == null || r.integer("year") != year) {
        continue;
      }
      UnitMeasures u = units.get(byStreet ? c.streetCode() : c.code());
      if (u == null) {
        continue;
      }
      double population = c.population();
      u.volunteers.add(r.number("volunteers"), population);
      u.officeArea.add(r.number("office_area"), r.number("service_area"));
      u.centreArea.add(r.number("centre_area"), (double) c.households());
      u.certified.add(r.number("certified_workers"), r.number("staff"));
      u.socialOrgs.add(r.number("social_orgs"), population);
    }
  }

  private static void addStreetFacts(Table facts, int year, Map<String, UnitMeasures> streets) {
    for (Table.Row r : facts.rows()) {
      UnitMeasures s = streets.get(r.string("street_code"));
      if (s == null || r.integer("year") != year) {
        continue;
      }
      s.investment = UnitMeasures.plus(s.investment, r.number("investment_attracted"));
      s.fixedAssets = UnitMeasures.plus(s.fixedAssets, r.number("fixed_asset_investment"));
      s.retail = UnitMeasures.plus(s.retail, r.number("retail_sales"));
      s.fiscal = UnitMeasures.plus(s.fiscal, r.number("fiscal_revenue"));
    }
  }
}
