package org.govindex.indicators.index.engine;

import java.util.List;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;

/**
 * One stage of an index build as COINr keeps its data sets ({@code Raw}, {@code Denominated},
 * {@code Imputed}, {@code Screened}, {@code Treated}, {@code Normalised}, {@code Aggregated}; the
 * engine adds {@code Transformed} when a transform ran). Immutable: {@link #value} reads, {@link
 * #column} copies.
 *
 * @param name the stage, e.g. {@code Treated}
 * @param units unit codes (rows)
 * @param codes indicator or aggregate codes (columns)
 * @param values [code][unit], NaN = missing
 */
public record DataSet(String name, List<String> units, List<String> codes, double[][] values) {

  public DataSet {
    units = List.copyOf(units);
    codes = List.copyOf(codes);
    double[][] copy = new double[values.length][];
    for (int c = 0; c < values.length; c++) {
      copy[c] = values[c].clone();
    }
    values = copy;
  }

  /** The value of a code for a unit (by positions in {@link #codes} and {@link #units}). */
  public double value(int code, int unit) {
    return values[code][unit];
  }

  /** A copy of the column of a code. */
  public double[] column(String code) {
    int c = codes.indexOf(code);
    if (c < 0) {
      throw new IndexSpecException(Messages.text("index.engine.dataSetNoColumn", name, code));
    }
    return values[c].clone();
  }

  @Override
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int c = 0; c < values.length; c++) {
      copy[c] = values[c].clone();
    }
    return copy;
  }
}
