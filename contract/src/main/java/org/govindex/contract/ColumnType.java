package org.govindex.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The value types of a column, with the Java class a {@link Table} holds for each. Timestamps are
 * local date-times in Asia/Shanghai (the input contract's clock); dates are calendar dates.
 */
public enum ColumnType {
  STRING(String.class),
  INT(Integer.class),
  LONG(Long.class),
  DOUBLE(Double.class),
  BOOLEAN(Boolean.class),
  DATE(LocalDate.class),
  TIMESTAMP(LocalDateTime.class),
  /** A list of doubles: internal stage tables only (bootstrap replicates), never published. */
  DOUBLE_LIST(double[].class);

  private final Class<?> javaType;

  ColumnType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The class of the values of this type in a {@link Table}. */
  public Class<?> javaType() {
    return javaType;
  }

  /** Whether {@code value} (not null) is a value of this type. */
  public boolean accepts(Object value) {
    return javaType.isInstance(value);
  }
}
