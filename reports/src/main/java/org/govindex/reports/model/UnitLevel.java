package org.govindex.reports.model;

/** Administrative level of an appraised unit, with its code in the result tables. */
public enum UnitLevel {
  COMMUNITY("community", "社区"),
  STREET("street", "街道");

  private final String code;
  private final String label;

  UnitLevel(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The value of the {@code level} column ({@code community}, {@code street}). */
  public String code() {
    return code;
  }

  /** The Chinese name of the level. */
  public String label() {
    return label;
  }

  /** The level of a {@code level} column value. */
  public static UnitLevel fromCode(String code) {
    for (UnitLevel level : values()) {
      if (level.code.equals(code)) {
        return level;
      }
    }
    throw new ReportDataException(
        "unknown unit level '" + code + "' (expected community or street)");
  }
}
