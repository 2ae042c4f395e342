package org.govindex.jobs.ingest;

/** Administrative levels of the registry and the digit length of their codes (0 = any length). */
public enum UnitLevel {
  DISTRICT(6, "district"),
  STREET(9, "street"),
  COMMUNITY(12, "community"),
  DEPARTMENT(0, "department");

  private final int codeLength;
  private final String label;

  UnitLevel(int codeLength, String label) {
    this.codeLength = codeLength;
    this.label = label;
  }

  public int codeLength() {
    return codeLength;
  }

  public String label() {
    return label;
  }

  /** "a 12-digit code" or "a digit-string code". */
  String codeDescription() {
    return codeLength == 0 ? "a digit-string code" : "a " + codeLength + "-digit code";
  }
}
