package org.govindex.indicators.appraisal;

import java.util.Locale;
import java.util.Optional;

/** The kinds of unit the appraisal scores: communities (社区), streets (街道) and departments. */
public enum AppraisalLevel {
  COMMUNITY,
  STREET,
  DEPARTMENT;

  /** The code used in configuration files and output tables: {@code community} etc. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level of a code such as {@code street} (trimmed, case-insensitive), if known. */
  public static Optional<AppraisalLevel> fromCode(String code) {
    String key = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    for (AppraisalLevel level : values()) {
      if (level.code().equals(key)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
