package org.govindex.reports.workbook;

import java.util.List;
import java.util.Set;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.ColumnType;

/**
 * How the cells of a column are written and shown, by the column's contract type and name. Numbers
 * keep their full precision; the Excel number format only changes how they are shown.
 */
enum ColumnKind {
  /** Text cells. */
  TEXT("@"),
  /** Boolean cells. */
  BOOLEAN("General"),
  /** Fractions shown as percentages: columns ending in {@code _rate} or {@code _share}. */
  RATE("0.0%"),
  /** Scores and indexes. */
  SCORE("0.00"),
  /** Counts: columns starting with {@code n_} and whole-number columns. */
  COUNT("#,##0"),
  /**
   * Ranks from the Monte Carlo percentiles ({@code rank_median}, {@code rank_p05}, {@code
   * rank_p95}): shown as whole ranks, the cell keeps the percentile.
   */
  RANK("0"),
  /** Money: columns ending in {@code _amount} or {@code _total}. */
  AMOUNT("#,##0.00"),
  /** Any other number. */
  DECIMAL("0.00####");

  private static final Set<String> SCORE_CODES = Set.of("ci_low", "ci_high", "contribution");
  private static final List<String> SCORE_WORDS = List.of("score", "index", "mean");

  private final String format;

  ColumnKind(String format) {
    this.format = format;
  }

  /** The Excel number format of the column's data cells. */
  String format() {
    return format;
  }

  /** Whether cells of this kind hold numbers. */
  boolean numeric() {
    return this != TEXT && this != BOOLEAN;
  }

  /** The kind of a column of the contract. */
  static ColumnKind of(ColumnSpec column) {
    return switch (column.type()) {
      case BOOLEAN -> BOOLEAN;
      case INT, LONG, DOUBLE -> number(column.name(), column.type() != ColumnType.DOUBLE);
      default -> TEXT;
    };
  }

  private static ColumnKind number(String code, boolean whole) {
    if (code.endsWith("_rate") || code.endsWith("_share")) {
      return RATE;
    }
    if (code.endsWith("_amount") || code.endsWith("_total")) {
      return AMOUNT;
    }
    if (code.startsWith("n_") || whole) {
      return COUNT;
    }
    if (code.startsWith("rank_")) {
      return RANK;
    }
    if (isScore(code)) {
      return SCORE;
    }
    return DECIMAL;
  }

  private static boolean isScore(String code) {
    if (SCORE_CODES.contains(code) || code.startsWith("group_")) {
      return true;
    }
    for (String word : code.split("_")) {
      if (SCORE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Estimated width in character cells of {@code value} shown in this kind's format. */
  int displayWidth(double value) {
    double magnitude = Math.abs(this == RATE ? value * 100 : value);
    int digits = magnitude < 1 ? 1 : (int) Math.floor(Math.log10(magnitude)) + 1;
    int sign = value < 0 ? 1 : 0;
    int groupSeparators = (digits - 1) / 3;
    return sign
        + switch (this) {
          case RATE -> digits + 3;
          case SCORE -> digits + 3;
          case COUNT -> digits + groupSeparators;
          case RANK -> digits;
          case AMOUNT -> digits + groupSeparators + 3;
          case DECIMAL -> digits + 7;
          case TEXT, BOOLEAN -> 5;
        };
  }
}
