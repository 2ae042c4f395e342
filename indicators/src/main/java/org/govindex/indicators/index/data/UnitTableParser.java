package org.govindex.indicators.index.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;

/**
 * Reads a DATA table (CSV with a header) into a {@link UnitTable}.
 *
 * <p>Column roles by name: {@code uCode} (required), {@code uName} (optional), {@code Time}
 * (optional, numeric), group columns: names ending in {@code _group} or starting with {@code
 * Group_}, plus any column named in {@code extraGroupColumns} (e.g. META {@code Group} rows). All
 * other columns are numeric; empty cells and {@code NA} are missing, anything else that is not a
 * number is an error naming the row and column.
 */
public final class UnitTableParser {

  private UnitTableParser() {}

  public static UnitTable parse(Reader reader, String source) {
    return parse(reader, source, Set.of());
  }

  /**
   * @param reader CSV text
   * @param source file name for messages
   * @param extraGroupColumns further columns to read as text groups
   */
  public static UnitTable parse(Reader reader, String source, Set<String> extraGroupColumns) {
    try (CSVParser csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get()
            .parse(reader)) {
      List<String> headers = csv.getHeaderNames();
      String codeCol = null;
      String nameCol = null;
      String timeCol = null;
      List<String> groupCols = new ArrayList<>();
      List<String> numericCols = new ArrayList<>();
      for (String raw : headers) {
        String h = raw.startsWith("\uFEFF") ? raw.substring(1).trim() : raw.trim();
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.equals("ucode")) {
          codeCol = raw;
        } else if (lower.equals("uname")) {
          nameCol = raw;
        } else if (lower.equals("time")) {
          timeCol = raw;
        } else if (lower.endsWith("_group")
            || lower.startsWith("group_")
            || extraGroupColumns.contains(h)) {
          groupCols.add(raw);
        } else {
          numericCols.add(raw);
        }
      }
      if (codeCol == null) {
        throw new IndexSpecException(Messages.text("index.data.missingColumnUCode", source));
      }
      List<String> codes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<Double> times = new ArrayList<>();
      Map<String, List<String>> groups = new LinkedHashMap<>();
      groupCols.forEach(g -> groups.put(g.trim(), new ArrayList<>()));
      Map<String, List<Double>> values = new LinkedHashMap<>();
      numericCols.forEach(c -> values.put(c, new ArrayList<>()));
      for (CSVRecord r : csv) {
        int row = (int) r.getRecordNumber();
        if (r.size() != headers.size()) {
          throw new IndexSpecException(
              Messages.text("index.data.rowCellsHeader", source, row, r.size(), headers.size()));
        }
        String code = r.get(codeCol).trim();
        if (code.isEmpty()) {
          throw new IndexSpecException(Messages.text("index.data.rowUCodeEmpty", source, row));
        }
        codes.add(code);
        if (nameCol != null) {
          names.add(r.get(nameCol).trim());
        }
        if (timeCol != null) {
          times.add(number(r.get(timeCol), source, row, "Time"));
        }
        for (String g : groupCols) {
          String v = r.get(g).trim();
          groups.get(g.trim()).add(v.isEmpty() || v.equals("NA") ? null : v);
        }
        for (String c : numericCols) {
          values.get(c).add(number(r.get(c), source, row, c.trim()));
        }
      }
      Map<String, double[]> numeric = new LinkedHashMap<>();
      values.forEach(
          (k, v) -> numeric.put(k.trim(), v.stream().mapToDouble(Double::doubleValue).toArray()));
      double[] time =
          timeCol == null ? null : times.stream().mapToDouble(Double::doubleValue).toArray();
      return new UnitTable(source, codes, names, groups, time, numeric);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new IndexSpecException(
          Messages.text("index.data.cannotReadCSV", source, e.getMessage()), e);
    }
  }

  private static double number(String cell, String source, int row, String column) {
    String v = cell.trim();
    if (v.isEmpty() || v.equals("NA") || v.equals("NaN")) {
      return Double.NaN;
    }
    try {
      double d = Double.parseDouble(v);
      if (Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IndexSpecException(
          Messages.text("index.data.rowColumnNot", source, row, column, v));
    }
  }
}
