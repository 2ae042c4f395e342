package org.govindex.jobs.compute.department;

import java.util.Optional;

/**
 * The four rater groups of the dual-direction rating (双向考评, methodology §4), as the input
 * contract's 评议人类型 texts, and the column code each group gets in the {@code department_rating}
 * table: {@code group_<code>} (group score) and {@code n_raters_<code>} (raters of the group).
 */
public enum RaterGroup {
  /** 居民代表: resident representatives. */
  RESIDENTS("居民代表", "residents"),
  /** 街道: street offices. */
  STREET("街道", "street"),
  /** 社区居委会: community residents' committees. */
  COMMITTEE("社区居委会", "committee"),
  /** 驻区单位: units located in the district. */
  UNITS("驻区单位", "units");

  private final String label;
  private final String code;

  RaterGroup(String label, String code) {
    this.label = label;
    this.code = code;
  }

  /** The 评议人类型 text, as in the {@code rater_type} column and the policy's group weights. */
  public String label() {
    return label;
  }

  /** The English code used in column names. */
  public String code() {
    return code;
  }

  /** Column of the group score: {@code group_<code>}. */
  public String scoreColumn() {
    return "group_" + code;
  }

  /** Column of the number of raters of the group: {@code n_raters_<code>}. */
  public String countColumn() {
    return "n_raters_" + code;
  }

  /** The group of a 评议人类型 text (trimmed), if it is one of the four. */
  public static Optional<RaterGroup> fromLabel(String label) {
    String key = label == null ? "" : label.trim();
    for (RaterGroup group : values()) {
      if (group.label.equals(key)) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }
}
