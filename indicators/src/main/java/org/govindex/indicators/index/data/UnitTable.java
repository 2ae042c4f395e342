package org.govindex.indicators.index.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;

/**
 * A plain in-memory table of units (rows) by columns: unit codes, optional names, text group
 * columns, an optional time column (for yearly panels), and numeric columns where NaN is missing.
 * Immutable: accessors return copies.
 */
public final class UnitTable {

  private final String source;
  private final List<String> unitCodes;
  private final List<String> unitNames;
  private final Map<String, List<String>> groups;
  private final double[] time;
  private final Map<String, double[]> numeric;

  /**
   * @param source where the table comes from, for messages
   * @param unitCodes one code per row
   * @param unitNames one name per row, or an empty list when the table has none
   * @param groups text columns (one value per row, {@code null} = missing)
   * @param time one time value per row, or {@code null} when the table has no time column
   * @param numeric numeric columns (one value per row, NaN = missing), in table order
   */
  public UnitTable(
      String source,
      List<String> unitCodes,
      List<String> unitNames,
      Map<String, List<String>> groups,
      double[] time,
      Map<String, double[]> numeric) {
    this.source = source;
    this.unitCodes = List.copyOf(unitCodes);
    int n = unitCodes.size();
    this.unitNames = Collections.unmodifiableList(new ArrayList<>(unitNames));
    if (!unitNames.isEmpty() && unitNames.size() != n) {
      throw new IndexSpecException(
          Messages.text("index.data.namesForUnits", source, unitNames.size(), n));
    }
    Map<String, List<String>> g = new LinkedHashMap<>();
    groups.forEach(
        (k, v) -> {
          if (v.size() != n) {
            throw new IndexSpecException(Messages.text("index.data.groupColumnWrong", source, k));
          }
          g.put(k, Collections.unmodifiableList(new ArrayList<>(v)));
        });
    this.groups = Collections.unmodifiableMap(g);
    if (time != null && time.length != n) {
      throw new IndexSpecException(Messages.text("index.data.timeColumnWrong", source));
    }
    this.time = time == null ? null : time.clone();
    Map<String, double[]> num = new LinkedHashMap<>();
    numeric.forEach(
        (k, v) -> {
          if (v.length != n) {
            throw new IndexSpecException(Messages.text("index.data.columnWrongLength", source, k));
          }
          num.put(k, v.clone());
        });
    this.numeric = Collections.unmodifiableMap(num);
    if (this.time == null) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        if (!seen.add(unitCodes.get(i))) {
          throw new IndexSpecException(
              Messages.text("index.data.rowDuplicateUCode", source, (i + 1), unitCodes.get(i)));
        }
      }
    }
  }

  public String source() {
    return source;
  }

  public int rowCount() {
    return unitCodes.size();
  }

  public List<String> unitCodes() {
    return unitCodes;
  }

  /** Names per row, or an empty list when the table has none. */
  public List<String> unitNames() {
    return unitNames;
  }

  public Set<String> groupColumns() {
    return groups.keySet();
  }

  /** A group column; throws naming the column when absent. */
  public List<String> group(String column) {
    List<String> g = groups.get(column);
    if (g == null) {
      throw new IndexSpecException(
          Messages.text("index.data.noGroupColumn", source, column, groups.keySet()));
    }
    return g;
  }

  public boolean hasTime() {
    return time != null;
  }

  /** The time column (copy); throws when absent. */
  public double[] time() {
    if (time == null) {
      throw new IndexSpecException(Messages.text("index.data.noTimeColumn", source));
    }
    return time.clone();
  }

  public Set<String> numericColumns() {
    return numeric.keySet();
  }

  public boolean hasNumeric(String column) {
    return numeric.containsKey(column);
  }

  /** A numeric column (copy, NaN = missing); throws naming the column when absent. */
  public double[] column(String column) {
    double[] c = numeric.get(column);
    if (c == null) {
      throw new IndexSpecException(Messages.text("index.data.noNumericColumn", source, column));
    }
    return c.clone();
  }

  /** Whether a unit code occurs on more than one row (a yearly panel). */
  public boolean isPanel() {
    return new HashSet<>(unitCodes).size() != unitCodes.size();
  }

  /** Distinct time values in ascending order (empty when no time column). */
  public double[] distinctTimes() {
    if (time == null) {
      return new double[0];
    }
    return Arrays.stream(time).filter(t -> !Double.isNaN(t)).distinct().sorted().toArray();
  }

  /** The rows whose time equals {@code t}, in table order. */
  public UnitTable slice(double t) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < rowCount(); i++) {
      if (time[i] == t) {
        rows.add(i);
      }
    }
    return select(rows);
  }

  /** A table of the given rows, in the given order. */
  public UnitTable select(List<Integer> rows) {
    List<String> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int r : rows) {
      codes.add(unitCodes.get(r));
      if (!unitNames.isEmpty()) {
        names.add(unitNames.get(r));
      }
    }
    Map<String, List<String>> g = new LinkedHashMap<>();
    groups.forEach(
        (k, v) -> {
          List<String> vals = new ArrayList<>();
          rows.forEach(r -> vals.add(v.get(r)));
          g.put(k, vals);
        });
    Map<String, double[]> num = new LinkedHashMap<>();
    numeric.forEach((k, v) -> num.put(k, rows.stream().mapToDouble(r -> v[r]).toArray()));
    double[] t = time == null ? null : rows.stream().mapToDouble(r -> time[r]).toArray();
    return new UnitTable(source, codes, names, g, t, num);
  }
}
