package org.govindex.jobs.ingest;

/**
 * The contract's Java values of a validated cell: validators give Spark's external types (for the
 * rows Spark writes); rows written in plain Java hold the contract's (dates as {@link
 * java.time.LocalDate}, times as {@link java.time.LocalDateTime} in Asia/Shanghai).
 */
final class LocalValues {

  private LocalValues() {}

  static Object of(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atZone(org.govindex.jobs.ingest.validation.Cells.ZONE).toLocalDateTime();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return value;
  }
}
