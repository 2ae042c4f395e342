package org.govindex.samples;

/**
 * Reason codes of rejected rows, exactly as docs/datasets.md lists them. The first six are the
 * survey codes of methodology §1, in its precedence order.
 */
public enum DefectReason {
  UNKNOWN_UNIT,
  AMBIGUOUS_UNIT,
  BAD_VALUE,
  SPEEDER,
  NO_SCORED_ANSWER,
  DUPLICATE,
  MISSING_VALUE,
  BAD_CODE,
  BAD_NUMBER,
  BAD_DATE,
  BAD_ENUM,
  DUPLICATE_KEY,
  INCONSISTENT;

  /** The reason code, e.g. {@code unknown_unit}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
