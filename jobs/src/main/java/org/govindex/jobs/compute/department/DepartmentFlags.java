package org.govindex.jobs.compute.department;

/** Flag codes of the {@code flags} column of {@code department_rating} ({@code ;}-separated). */
public final class DepartmentFlags {

  /**
   * {@code group_dropped:<评议人类型>}: the group rated the department with fewer raters than the
   * minimum; its score is left out and the other groups' weights are renormalised.
   */
  public static final String GROUP_DROPPED = "group_dropped";

  /**
   * {@code standardised_group_dropped:<评议人类型>}: as {@link #GROUP_DROPPED}, for the
   * rater-standardised score only (raters who rated a single department have no standardised score,
   * so a group can fall below the minimum there alone).
   */
  public static final String STANDARDISED_GROUP_DROPPED = "standardised_group_dropped";

  /** No accepted rating of the department at all. */
  public static final String NO_RATING = "no_rating";

  /** No group reaches the minimum (or all present groups weigh 0): satisfaction is null. */
  public static final String NO_SATISFACTION_SCORE = "no_satisfaction_score";

  /** The department has no objective score (no hotline order it handled, ...). */
  public static final String NO_OBJECTIVE_SCORE = "no_objective_score";

  /** Separator of flag codes. */
  public static final String SEPARATOR = ";";

  private DepartmentFlags() {}
}
