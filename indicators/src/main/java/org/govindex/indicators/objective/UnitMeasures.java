package org.govindex.indicators.objective;

/**
 * The additive measures of one unit in one year, summed from its source rows (methodology §2): the
 * hotline and mediation counts, the street's mediation summary, the registry (population, number of
 * communities, the district's 中心城区 flag) and the facts, each facts ratio as a numerator, a
 * denominator and the number of communities where both are known. A sum over no source row is
 * absent (null), as a count is 0.
 */
final class UnitMeasures {

  OrderCounts orders = OrderCounts.NONE;
  long cases;
  long successes;
  long summaryRows;
  double summaryAccepted;
  double summarySucceeded;
  Double population;
  long communities;
  boolean central;
  final FactsPair volunteers = new FactsPair();
  final FactsPair officeArea = new FactsPair();
  final FactsPair centreArea = new FactsPair();
  final FactsPair certified = new FactsPair();
  final FactsPair socialOrgs = new FactsPair();
  Double investment;
  Double fixedAssets;
  Double retail;
  Double fiscal;

  void addPopulation(double p) {
    population = population == null ? p : population + p;
  }

  static Double plus(Double sum, Double value) {
    if (value == null) {
      return sum;
    }
    return sum == null ? value : sum + value;
  }

  /** Σ numerator and Σ denominator over the communities where both are known, and their number. */
  static final class FactsPair {
    double numerator;
    double denominator;
    long known;

    void add(Double num, Double den) {
      if (num != null && den != null) {
        numerator += num;
        denominator += den;
        known++;
      }
    }

    Double numerator() {
      return known > 0 ? numerator : null;
    }

    Double denominator() {
      return known > 0 ? denominator : null;
    }
  }
}
