package org.govindex.jobs.compute.objective;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;

/**
 * The appraisal period, a calendar year in Asia/Shanghai time (methodology: case rows belong to the
 * period by 来电时间 / 受理日期). Timestamps are compared with the instants that open and close the year,
 * so the result does not depend on the Spark session time zone.
 */
record PeriodWindow(int year) {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  static PeriodWindow of(String period) {
    if (period == null || !YEAR.matcher(period).matches()) {
      throw new ObjectiveInputException(
          "period must be a calendar year YYYY, got '" + period + "'");
    }
    return new PeriodWindow(Integer.parseInt(period));
  }

  /** The timestamp column falls in [1 Jan year, 1 Jan year+1) Asia/Shanghai. */
  Column containsInstant(String timestampColumn) {
    Timestamp start = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant());
    Timestamp end = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant());
    return col(timestampColumn).geq(lit(start)).and(col(timestampColumn).lt(lit(end)));
  }

  /** The date column's year is the period. */
  Column containsDate(String dateColumn) {
    return org.apache.spark.sql.functions.year(col(dateColumn)).equalTo(year);
  }

  /** The integer year column is the period. */
  Column isYear(String yearColumn) {
    return col(yearColumn).cast("int").equalTo(year);
  }
}
