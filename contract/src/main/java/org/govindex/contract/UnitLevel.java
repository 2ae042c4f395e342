package org.govindex.contract;

import java.util.Locale;
import java.util.Optional;

/**
 * The administrative levels of the registry and of the result tables, with the code written in the
 * {@code level} columns and configuration files, the Chinese name, and the digit length of the
 * level's unit codes in the input contract (0: a digit string of any length).
 */
public enum UnitLevel {
  DISTRICT("district", "区", 6),
  STREET("street", "街道", 9),
  COMMUNITY("community", "社区", 12),
  DEPARTMENT("department", "部门", 0);

  private final String code;
  private final String label;
  private final int codeLength;

  UnitLevel(String code, String label, int codeLength) {
    this.code = code;
    this.label = label;
    this.codeLength = codeLength;
  }

  /** The value of a {@code level} column: {@code community}, {@code street}, ... */
  public String code() {
    return code;
  }

  /** The Chinese name: 社区, 街道, 区, 部门. */
  public String label() {
    return label;
  }

  /** Digits of a unit code of this level (0 = any length). */
  public int codeLength() {
    return codeLength;
  }

  /** The level of a code (trimmed, case-insensitive), if it is one. */
  public static Optional<UnitLevel> fromCode(String code) {
    String key = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    for (UnitLevel level : values()) {
      if (level.code.equals(key)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The level of a code that must be one. */
  public static UnitLevel of(String code) {
    return fromCode(code)
        .orElseThrow(
            () -> new IllegalArgumentException(Messages.text("contract.unitLevel.unknown", code)));
  }
}
