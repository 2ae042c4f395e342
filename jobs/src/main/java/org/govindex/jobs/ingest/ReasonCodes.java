package org.govindex.jobs.ingest;

/** Reason codes of rejected rows (docs/datasets.md and methodology §1). */
public final class ReasonCodes {

  public static final String UNKNOWN_UNIT = "unknown_unit";
  public static final String AMBIGUOUS_UNIT = "ambiguous_unit";
  public static final String BAD_VALUE = "bad_value";
  public static final String SPEEDER = "speeder";
  public static final String NO_SCORED_ANSWER = "no_scored_answer";
  public static final String DUPLICATE = "duplicate";
  public static final String MISSING_VALUE = "missing_value";
  public static final String BAD_CODE = "bad_code";
  public static final String BAD_NUMBER = "bad_number";
  public static final String BAD_DATE = "bad_date";
  public static final String BAD_ENUM = "bad_enum";
  public static final String DUPLICATE_KEY = "duplicate_key";
  public static final String INCONSISTENT = "inconsistent";

  private ReasonCodes() {}
}
