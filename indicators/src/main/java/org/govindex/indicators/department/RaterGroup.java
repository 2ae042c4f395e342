package org.govindex.indicators.department;

import java.util.Objects;
import java.util.Optional;
import org.govindex.contract.Messages;
import org.govindex.contract.Results;

/**
 * The four rater groups of the dual-direction rating (双向考评, methodology §4), in the fixed order of
 * {@link Results#RATER_GROUPS}: their code there names the columns of {@code department_rating}
 * ({@code group_<code>}: group score, {@code n_raters_<code>}: raters of the group) and their label
 * there is the 评议人类型 text of the input contract and of the policy's group weights.
 */
public enum RaterGroup {
  /** 居民代表: resident representatives. */
  RESIDENTS("residents"),
  /** 街道: street offices. */
  STREET("street"),
  /** 社区居委会: community residents' committees. */
  COMMITTEE("committee"),
  /** 驻区单位: units located in the district. */
  UNITS("units");

  private final String code;
  private final String label;

  RaterGroup(String code) {
    this.code = code;
    this.label =
        Objects.requireNonNull(
            Results.RATER_GROUPS.get(code), "Results.RATER_GROUPS has no rater group " + code);
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

  /** The group of a 评议人类型 text (trimmed) that must be one of the four. */
  public static RaterGroup of(String label) {
    return fromLabel(label)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    Messages.text(
                        "department.rater-group.unknown",
                        label,
                        String.join(", ", Results.RATER_GROUPS.values()))));
  }
}
