package org.govindex.indicators.appraisal;

import java.util.List;
import java.util.Optional;
import org.govindex.contract.UnitLevel;

/**
 * The levels the appraisal scores: communities (社区), streets (街道) and departments (部门). Districts
 * are in the registry but not appraised.
 */
public final class AppraisedLevels {

  /** community, street, department: the order of configuration columns and loops. */
  public static final List<UnitLevel> ALL =
      List.of(UnitLevel.COMMUNITY, UnitLevel.STREET, UnitLevel.DEPARTMENT);

  private AppraisedLevels() {}

  /** The appraised level of a code such as {@code street} (trimmed, case-insensitive), if one. */
  public static Optional<UnitLevel> fromCode(String code) {
    return UnitLevel.fromCode(code).filter(ALL::contains);
  }
}
