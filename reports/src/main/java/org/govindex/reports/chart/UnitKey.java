package org.govindex.reports.chart;

import java.util.Objects;

/**
 * Category key of a unit in a chart: equal by unit code (two units may share a name), shown by
 * label.
 */
public record UnitKey(String code, String label) implements Comparable<UnitKey> {

  public UnitKey {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitKey key && key.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public int compareTo(UnitKey other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return label;
  }
}
