package org.govindex.jobs.ingest.source;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How the cells of one file are brought to the input contract before any validation, as its source
 * profile says: per file column, the contract header it stands for, a vocabulary mapping its values
 * to contract values (an unlisted value passes unchanged, so the validator rejects it with its own
 * reason), and a date-time pattern whose readings are rewritten as {@code yyyy-MM-dd HH:mm:ss} (or
 * {@code yyyy-MM-dd} for a date-only pattern; a cell the pattern cannot read, or a date that does
 * not exist, passes unchanged and is then rejected by the validator as {@code bad_date}).
 *
 * @param headers the header per column (the contract's for an aliased column, else the file's)
 * @param vocabularies value mapping per column, null where none
 * @param dateTimePatterns {@link DateTimeFormatter} pattern per column, null where none
 */
public record ColumnRewrite(
    List<String> headers, List<Map<String, String>> vocabularies, List<String> dateTimePatterns)
    implements Serializable {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Map<String, DateTimeFormatter> FORMATTERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  public ColumnRewrite {
    headers = List.copyOf(headers);
    vocabularies = Collections.unmodifiableList(new ArrayList<>(vocabularies));
    dateTimePatterns = Collections.unmodifiableList(new ArrayList<>(dateTimePatterns));
    if (vocabularies.size() != headers.size() || dateTimePatterns.size() != headers.size()) {
      throw new IllegalArgumentException("one vocabulary and one pattern per column");
    }
  }

  /** The rewrite that changes nothing in a file with this header. */
  public static ColumnRewrite identity(List<String> header) {
    List<Map<String, String>> none = new ArrayList<>(Collections.nCopies(header.size(), null));
    List<String> noPattern = new ArrayList<>(Collections.nCopies(header.size(), null));
    return new ColumnRewrite(header, none, noPattern);
  }

  /** The record with its cells rewritten (the array itself is rewritten and returned). */
  public String[] apply(String[] record) {
    int n = Math.min(record.length, headers.size());
    for (int c = 0; c < n; c++) {
      String value = record[c];
      if (value == null) {
        continue;
      }
      Map<String, String> vocabulary = vocabularies.get(c);
      if (vocabulary != null) {
        String mapped = vocabulary.get(value.strip());
        if (mapped != null) {
          value = mapped;
        }
      }
      String pattern = dateTimePatterns.get(c);
      if (pattern != null) {
        value = redate(value, pattern);
      }
      record[c] = value;
    }
    return record;
  }

  /**
   * The strict formatter of a profile's pattern: {@code yyyy} is read as the proleptic year, and a
   * date that does not exist (30 February) is not read, rather than moved to a day that does.
   *
   * @throws IllegalArgumentException when the pattern is not a date-time pattern
   */
  public static DateTimeFormatter formatter(String pattern) {
    return FORMATTERS.computeIfAbsent(
        pattern,
        p -> DateTimeFormatter.ofPattern(properYear(p)).withResolverStyle(ResolverStyle.STRICT));
  }

  /** The pattern with every unquoted {@code y} (year of era) written {@code u} (year). */
  private static String properYear(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      out.append(!quoted && c == 'y' ? 'u' : c);
    }
    return out.toString();
  }

  private static String redate(String value, String pattern) {
    String text = value.strip();
    if (text.isEmpty()) {
      return value;
    }
    try {
      TemporalAccessor read = formatter(pattern).parse(text);
      if (read.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
        return LocalDateTime.from(read).format(TIMESTAMP);
      }
      return LocalDate.from(read).toString();
    } catch (java.time.DateTimeException e) {
      return value;
    }
  }
}
