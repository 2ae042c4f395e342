package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Ingests an export drop: every data file is read, its columns found by header text, every row
 * typed and validated (Spark), personal data pseudonymised, and the accepted rows written as typed
 * Parquet datasets ({@code <ingestedDir>/<dataset>/}, docs/datasets.md); rejected rows go to {@code
 * <ingestedDir>/rejects.csv} with a reason code. Resident-survey rows with a resolved community,
 * accepted or rejected, also go to {@code resident_response_meta} ({@link ResidentResponseMeta}).
 *
 * <p>Order: the registry tables first (each validated against the ones before it: a street's
 * district must exist), then every other kind against the accepted registry (broadcast). Each kind
 * is one union of its files, validated, duplicates marked, cached once and then counted, written
 * and its rejects collected.
 */
public final class DropIngestion {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(DropIngestion.class);

  /** Input larger than this is repartitioned before validation (CSV files are read whole). */
  private static final long REPARTITION_BYTES = 256L << 20;

  private static final long BYTES_PER_PARTITION = 128L << 20;

  private final SparkSession spark;
  private final IngestionSettings settings;
  private final RawTableReader reader;

  public DropIngestion(SparkSession spark, IngestionSettings settings) {
    this.spark = spark;
    this.settings = settings;
    this.reader = new RawTableReader(spark);
  }

  /**
   * Reads every data file of the drop, writes {@code <ingestedDir>/<dataset>/} Parquet and {@code
   * <ingestedDir>/rejects.csv} (file,row_number,reason_code,reason; UTF-8; no personal data), and
   * returns per-file accounting.
   */
  public IngestionReport ingest(Path dropDir, Path ingestedDir) {
    List<DropFile> files = DropScanner.scan(dropDir);
    Map<FileKind, List<DropFile>> byKind = new EnumMap<>(FileKind.class);
    files.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    try {
      Files.createDirectories(ingestedDir);
    } catch (IOException e) {
      throw new IngestionException("cannot create " + ingestedDir + ": " + e.getMessage(), e);
    }
    UnitRegistry registry = UnitRegistry.empty();
    List<Reject> rejects = new ArrayList<>();
    List<InputFileReport> reports = new ArrayList<>();
    for (FileKind kind : FileKind.values()) {
      KindResult result =
          ingestKind(kind, byKind.getOrDefault(kind, List.of()), registry, ingestedDir);
      rejects.addAll(result.rejects());
      reports.addAll(result.files());
      if (kind.isRegistry()) {
        registry = registry.with(result.units());
      }
    }
    RejectsFile.write(ingestedDir.resolve(RejectsFile.NAME), rejects);
    Map<String, Long> byReason = new TreeMap<>();
    rejects.forEach(r -> byReason.merge(r.reasonCode(), 1L, Long::sum));
    reports.sort(java.util.Comparator.comparing(InputFileReport::path));
    return new IngestionReport(reports, byReason);
  }

  /** The validator of a kind with this run's settings. */
  RowValidator validatorFor(FileKind kind) {
    return switch (kind) {
      case RESIDENT_SURVEY ->
          new ResidentSurvey(settings.questionnaire(), settings.pseudonymizer());
      case DEPARTMENT_SURVEY ->
          new DepartmentSurvey(settings.questionnaire().scale(), settings.pseudonymizer());
      default -> TableSpecs.of(kind, settings.pseudonymizer());
    };
  }

  private record KindResult(List<InputFileReport> files, List<Reject> rejects, List<Unit> units) {}

  private KindResult ingestKind(
      FileKind kind, List<DropFile> files, UnitRegistry registry, Path ingestedDir) {
    RowValidator validator = validatorFor(kind);
    if (files.isEmpty()) {
      writeDatasets(
          kind, validator, spark.createDataFrame(List.of(), validator.schema()), ingestedDir);
      writeResponseMeta(
          kind,
          spark.createDataFrame(List.of(), Validation.withReason(validator.schema())),
          ingestedDir);
      return new KindResult(List.of(), List.of(), List.of());
    }
    long started = System.nanoTime();
    List<RawTable> tables = files.stream().map(reader::read).toList();
    Dataset<Row> canonical = null;
    long bytes = 0;
    for (RawTable table : tables) {
      Dataset<Row> projected = validator.canonical(table);
      canonical = canonical == null ? projected : canonical.union(projected);
      bytes += size(table.file().path());
    }
    if (bytes > REPARTITION_BYTES) {
      int partitions =
          (int)
              Math.max(spark.sparkContext().defaultParallelism(), bytes / BYTES_PER_PARTITION + 1);
      canonical = canonical.repartition(partitions);
    }
    Broadcast<UnitRegistry> broadcast =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(registry);
    Dataset<Row> validated =
        markDuplicates(kind, validator, Validation.apply(canonical, validator, broadcast));
    validated.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, long[]> counts = readAndAcceptedByFile(validated);
      Dataset<Row> accepted =
          validated
              .filter(col(Validation.REASON_CODE).isNull())
              .drop(Validation.REASON_CODE, Validation.REASON);
      writeDatasets(kind, validator, accepted, ingestedDir);
      writeResponseMeta(kind, validated, ingestedDir);
      List<Reject> rejects =
          validated
              .filter(col(Validation.REASON_CODE).isNotNull())
              .select(
                  RawTable.SOURCE_FILE,
                  RawTable.ROW_NUMBER,
                  Validation.REASON_CODE,
                  Validation.REASON)
              .collectAsList()
              .stream()
              .map(r -> new Reject(r.getString(0), r.getLong(1), r.getString(2), r.getString(3)))
              .toList();
      Map<String, Long> rejected = new HashMap<>();
      rejects.forEach(r -> rejected.merge(r.file(), 1L, Long::sum));
      List<InputFileReport> reports = new ArrayList<>();
      for (RawTable table : tables) {
        String path = table.file().relativePath();
        long[] readAccepted = counts.getOrDefault(path, new long[2]);
        // InputFileReport asserts read = accepted + rejected: the aggregate over all rows against
        // the collected rejects
        reports.add(
            new InputFileReport(
                path,
                table.fingerprint().sha256(),
                readAccepted[0],
                readAccepted[1],
                rejected.getOrDefault(path, 0L)));
      }
      List<Unit> units = kind.isRegistry() ? RegistryUnits.collect(kind, accepted) : List.of();
      LOG.info(
          "ingested {}: {} file(s), {} rows read, {} rejected, {} s",
          kind.toString().toLowerCase(java.util.Locale.ROOT),
          tables.size(),
          reports.stream().mapToLong(InputFileReport::rowsRead).sum(),
          rejects.size(),
          String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
      return new KindResult(reports, rejects, units);
    } finally {
      validated.unpersist();
      broadcast.destroy();
    }
  }

  /** Cross-row rules of the kind (pure). */
  static Dataset<Row> markDuplicates(
      FileKind kind, RowValidator validator, Dataset<Row> validated) {
    return switch (kind) {
      case RESIDENT_SURVEY -> Duplicates.keepLatest(validated, List.of("phone_hash"), "手机号码");
      case DEPARTMENT_SURVEY ->
          Duplicates.keepLatest(
              validated, List.of("phone_hash", "department_code"), "评议人手机号码 × 被评议部门");
      default -> {
        FieldTable table = (FieldTable) validator;
        String label = String.join("+", table.key().stream().map(table::headerOf).toList());
        yield Duplicates.markRepeatedKeys(validated, table.key(), label);
      }
    };
  }

  private void writeDatasets(
      FileKind kind, RowValidator validator, Dataset<Row> accepted, Path ingestedDir) {
    switch (kind) {
      case RESIDENT_SURVEY -> {
        write(accepted.drop("answers"), ingestedDir, "resident_responses");
        write(answers(accepted, "response_id"), ingestedDir, "resident_answers");
      }
      case DEPARTMENT_SURVEY -> {
        write(accepted.drop("answers"), ingestedDir, "department_ratings");
        write(answers(accepted, "rating_id"), ingestedDir, "department_answers");
      }
      default -> write(accepted, ingestedDir, validator.dataset());
    }
  }

  /** {@code resident_response_meta}: accepted and rejected resident responses with a unit. */
  private static void writeResponseMeta(FileKind kind, Dataset<Row> validated, Path ingestedDir) {
    if (kind == FileKind.RESIDENT_SURVEY) {
      write(ResidentResponseMeta.of(validated), ingestedDir, ResidentResponseMeta.DATASET);
    }
  }

  /** One row per answer: the id, then the answer struct's fields. */
  static Dataset<Row> answers(Dataset<Row> responses, String id) {
    return responses.select(col(id), explode(col("answers")).as("a")).select(col(id), col("a.*"));
  }

  private static void write(Dataset<Row> rows, Path ingestedDir, String dataset) {
    rows.write().mode(SaveMode.Overwrite).parquet(datasetDir(ingestedDir, dataset).toString());
  }

  static Path datasetDir(Path ingestedDir, String dataset) {
    return ingestedDir.resolve(dataset);
  }

  /** Rows read and rows accepted per source file, in one aggregation. */
  private static Map<String, long[]> readAndAcceptedByFile(Dataset<Row> validated) {
    Map<String, long[]> counts = new HashMap<>();
    List<Row> rows =
        validated
            .groupBy(RawTable.SOURCE_FILE)
            .agg(count(lit(1)), sum(when(col(Validation.REASON_CODE).isNull(), 1L).otherwise(0L)))
            .collectAsList();
    for (Row row : rows) {
      counts.put(row.getString(0), new long[] {row.getLong(1), row.getLong(2)});
    }
    return counts;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The dataset schema of a kind (for tests). */
  StructType schemaOf(FileKind kind) {
    return validatorFor(kind).schema();
  }
}
