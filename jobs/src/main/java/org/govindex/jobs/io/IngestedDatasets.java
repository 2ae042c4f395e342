package org.govindex.jobs.io;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.contract.Datasets;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.govindex.indicators.registry.Registry;

/**
 * The one reader of the ingested datasets ({@code ingested/<name>/}, typed Parquet): datasets that
 * grow with rows (responses, answers, work orders, cases) as Spark datasets, the small ones that
 * grow with units (registry, facts, summaries, projects) as contract tables read in plain Java.
 */
public final class IngestedDatasets {

  private final Path dir;

  public IngestedDatasets(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /**
   * A row-sized dataset for Spark, read with the contract's schema: ingestion wrote it in exactly
   * these columns and types, so no Spark job reads a footer to infer them.
   */
  public Dataset<Row> rows(SparkSession spark, TableSpec dataset) {
    return spark
        .read()
        .schema(SparkSchemas.of(dataset))
        .parquet(dir.resolve(dataset.name()).toString());
  }

  /** A unit-sized dataset read whole. */
  public Table table(TableSpec dataset) {
    return ParquetTables.read(dir.resolve(dataset.name()), dataset);
  }

  /** The accepted registry. */
  public Registry registry() {
    List<Registry.District> districts =
        table(Datasets.DISTRICTS).rows().stream()
            .map(
                r ->
                    new Registry.District(
                        r.string("district_code"),
                        r.string("district_name"),
                        r.string("district_type"),
                        r.bool("central")))
            .toList();
    List<Registry.Street> streets =
        table(Datasets.STREETS).rows().stream()
            .map(
                r ->
                    new Registry.Street(
                        r.string("street_code"),
                        r.string("street_name"),
                        r.string("district_code")))
            .toList();
    List<Registry.Community> communities =
        table(Datasets.COMMUNITIES).rows().stream()
            .map(
                r ->
                    new Registry.Community(
                        r.string("community_code"),
                        r.string("community_name"),
                        r.string("street_code"),
                        r.integer("households"),
                        r.integer("population"),
                        r.string("community_type")))
            .toList();
    List<Registry.Department> departments =
        table(Datasets.DEPARTMENTS).rows().stream()
            .map(
                r ->
                    new Registry.Department(
                        r.string("department_code"),
                        r.string("department_name"),
                        r.string("district_code")))
            .toList();
    return new Registry(districts, streets, communities, departments);
  }
}
