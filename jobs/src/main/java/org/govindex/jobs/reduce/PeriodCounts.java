package org.govindex.jobs.reduce;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.govindex.contract.ColumnType;
import org.govindex.contract.Datasets;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.govindex.jobs.io.IngestedDatasets;

/**
 * The accepted rows of every dated dataset counted per source file and calendar year of the
 * dataset's period column ({@link Datasets#PERIOD_COLUMNS}): one aggregation over all the datasets
 * that grow with rows together (one Spark job), a loop over the small ones. Rows of another year
 * than the run's period stay in the ingested datasets (the innovation index uses earlier years) but
 * never enter the period's numbers.
 */
public final class PeriodCounts {

  /** Accepted rows of one file by year. */
  public record FileYears(Map<Integer, Long> rowsByYear) {

    public long inPeriod(int period) {
      return rowsByYear.getOrDefault(period, 0L);
    }

    public long otherPeriods(int period) {
      return rowsByYear.entrySet().stream()
          .filter(e -> e.getKey() != period)
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  private PeriodCounts() {}

  /**
   * Dataset name → source file → its accepted rows by year, for every dated dataset written by
   * ingestion (a file of a dated kind without any accepted row is absent).
   */
  public static Map<String, Map<String, FileYears>> of(
      SparkSession spark, IngestedDatasets ingested) {
    Map<String, Map<String, Map<Integer, Long>>> byDataset = new TreeMap<>();
    Dataset<Row> dated = null;
    for (TableSpec spec : Datasets.INGESTED) {
      String column = Datasets.PERIOD_COLUMNS.get(spec.name());
      if (column == null || spec == Datasets.RESIDENT_RESPONSE_META) {
        continue;
      }
      Map<String, Map<Integer, Long>> byFile =
          byDataset.computeIfAbsent(spec.name(), k -> new TreeMap<>());
      if (spec.column(column).type() == ColumnType.INT) {
        countSmall(ingested.table(spec), column, byFile);
      } else {
        Dataset<Row> years =
            ingested
                .rows(spark, spec)
                .select(
                    lit(spec.name()).as("dataset"),
                    col("source_file"),
                    year(col(column)).cast(DataTypes.IntegerType).as("y"));
        dated = dated == null ? years : dated.union(years);
      }
    }
    if (dated != null) {
      countRows(dated, byDataset);
    }
    Map<String, Map<String, FileYears>> out = new TreeMap<>();
    byDataset.forEach(
        (dataset, byFile) -> {
          Map<String, FileYears> files = new TreeMap<>();
          byFile.forEach((file, years) -> files.put(file, new FileYears(Map.copyOf(years))));
          out.put(dataset, files);
        });
    return out;
  }

  /** The rows of a dataset dated in the period, over all its files. */
  public static long inPeriod(
      Map<String, Map<String, FileYears>> counts, TableSpec dataset, int period) {
    return counts.getOrDefault(dataset.name(), Map.of()).values().stream()
        .mapToLong(f -> f.inPeriod(period))
        .sum();
  }

  /** The years of a dataset's rows, ascending. */
  public static java.util.SortedSet<Integer> years(
      Map<String, Map<String, FileYears>> counts, TableSpec dataset) {
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
    counts
        .getOrDefault(dataset.name(), Map.of())
        .values()
        .forEach(f -> years.addAll(f.rowsByYear().keySet()));
    return years;
  }

  /** The rows of every dataset that grows with rows, counted in one aggregation over them all. */
  private static void countRows(
      Dataset<Row> dated, Map<String, Map<String, Map<Integer, Long>>> byDataset) {
    for (Row r :
        dated
            .groupBy(col("dataset"), col("source_file"), col("y"))
            .agg(count(lit(1)).as("n"))
            .collectAsList()) {
      if (!r.isNullAt(2)) {
        byDataset
            .get(r.getString(0))
            .computeIfAbsent(r.getString(1), k -> new HashMap<>())
            .merge(r.getInt(2), r.getLong(3), Long::sum);
      }
    }
  }

  private static void countSmall(
      Table table, String column, Map<String, Map<Integer, Long>> byFile) {
    for (Table.Row r : table.rows()) {
      Integer y = r.integer(column);
      if (y != null) {
        byFile
            .computeIfAbsent(r.string("source_file"), k -> new HashMap<>())
            .merge(y, 1L, Long::sum);
      }
    }
  }
}
