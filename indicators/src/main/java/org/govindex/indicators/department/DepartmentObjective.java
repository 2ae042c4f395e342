package org.govindex.indicators.department;

/**
 * The objective part O of a department (methodology §2, §4): its row of level {@code department} in
 * the objective scores (the hotline indicators of the orders it handled, 承办单位代码).
 *
 * @param objectiveScore O on 0-100 (finite), null when the department has no objective score
 * @param flags the objective part's own flags ({@code ;}-separated, copied into {@code
 *     department_rating.flags}); null is read as none
 */
public record DepartmentObjective(Double objectiveScore, String flags) {

  public DepartmentObjective {
    flags = flags == null ? "" : flags;
  }
}
