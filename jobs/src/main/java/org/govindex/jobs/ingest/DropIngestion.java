package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.year;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.govindex.contract.Datasets;
import org.govindex.contract.Messages;
import org.govindex.contract.TableSpec;
import org.govindex.jobs.ingest.source.DropFile;
import org.govindex.jobs.ingest.source.FileKind;
import org.govindex.jobs.ingest.source.IngestionException;
import org.govindex.jobs.ingest.survey.DepartmentSurvey;
import org.govindex.jobs.ingest.survey.ResidentSurvey;
import org.govindex.jobs.ingest.validation.FieldTable;
import org.govindex.jobs.ingest.validation.RegistryUnits;
import org.govindex.jobs.ingest.validation.RowValidator;
import org.govindex.jobs.ingest.validation.TableSpecs;
import org.govindex.jobs.ingest.validation.Unit;
import org.govindex.jobs.ingest.validation.UnitRegistry;
import org.govindex.jobs.io.ParquetTables;
import org.govindex.jobs.io.RunFiles;
import org.govindex.jobs.io.SparkDatasetFiles;
import org.govindex.jobs.progress.Progress;

/**
 * Ingests an export drop: every data file is read once in a Spark task of its own ({@link
 * FileIngestTask}, {@link FileParser}: hash, encoding, header and rows together), its rows typed
 * and validated, personal data pseudonymised, and written as they are read to the kind's staging
 * folders ({@link StagedKind}): accepted rows in the dataset's columns, a survey's answers one per
 * row, rejected rows with their reason. The cross-row rules (repeated keys, repeated submissions)
 * then run on the accepted rows' key columns in Spark ({@link Duplicates}); when they reject none
 * (the usual case) the staged files become the contract's typed Parquet datasets ({@code
 * <ingestedDir>/<dataset>/}) by a rename, else the rows they keep are rewritten. Rejected rows go
 * to {@code <ingestedDir>/rejects.csv} with a reason code; they stay in Spark until they are sorted
 * and streamed there: however many rows a drop rejects (a file of millions of copies of one row),
 * no JVM holds them all.
 *
 * <p>Order: the registry tables first (each validated against the ones before it: a street's
 * district must exist), then every other kind against the accepted registry (broadcast): the small
 * kinds that grow with units in the driver, then the files of all the kinds read in Spark in one
 * job, largest file first ({@link DropReadTask}), and each of these kinds' cross-row rules and
 * publishing in turn.
 */
public final class DropIngestion {

  /** The column of the year of 提交答卷时间 that the repeated-submission rules group by. */
  private static final String SURVEY_YEAR = "_survey_year";

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(DropIngestion.class);
  private static final String STAGING = "_staging";

  /**
   * Files of a kind that grows with units (registry, facts) are read in the driver up to this many
   * bytes in all; beyond it, in Spark like the rest, so that a pathological file does not fill the
   * driver's memory.
   */
  static final long LOCAL_BYTES = 32L << 20;

  private final SparkSession spark;
  private final IngestionSettings settings;

  public DropIngestion(SparkSession spark, IngestionSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /**
   * Reads every data file of the drop, writes {@code <ingestedDir>/<dataset>/} Parquet and {@code
   * <ingestedDir>/rejects.csv} (file,row_number,reason_code,reason; UTF-8; no personal data), and
   * returns per-file accounting.
   */
  public IngestionReport ingest(Path dropDir, Path ingestedDir) {
    List<DropFile> files = settings.recognizer().scan(dropDir);
    for (DropFile f : files) {
      LOG.info(
          Messages.text(
              f.leftOut().isEmpty() ? "ingest.file" : "ingest.fileLeftOut",
              f.relativePath(),
              f.kind().code(),
              f.profile(),
              Messages.list(f.leftOut().stream().map(String::strip).toList())));
    }
    Map<FileKind, List<DropFile>> byKind = new EnumMap<>(FileKind.class);
    files.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    try {
      Files.createDirectories(ingestedDir);
    } catch (IOException e) {
      throw new IngestionException(
          Messages.text("file.cannotCreateBecause", ingestedDir, e.getMessage()), e);
    }
    UnitRegistry registry = UnitRegistry.empty();
    List<Reject> localRejects = new ArrayList<>();
    List<Dataset<Row>> sparkRejects = new ArrayList<>();
    List<InputFileReport> reports = new ArrayList<>();
    try (Progress progress =
        Progress.ofBytes(Messages.text("progress.reading"), bytes(files), LOG::info)) {
      List<SparkRead> reads = new ArrayList<>();
      for (FileKind kind : FileKind.values()) {
        List<DropFile> ofKind = byKind.getOrDefault(kind, List.of());
        KindResult result;
        if (readsInSpark(kind, ofKind)) {
          SparkRead read = prepare(kind, ofKind, ingestedDir);
          if (!kind.isRegistry()) {
            reads.add(read); // read below with every other kind's files, checked after
            continue;
          }
          readInSpark(List.of(read), registry, progress);
          result = finish(read, ingestedDir);
        } else {
          result = ingestKind(kind, ofKind, registry, ingestedDir);
          progress.add(bytes(ofKind));
        }
        localRejects.addAll(result.localRejects());
        if (result.sparkRejects() != null) {
          sparkRejects.add(result.sparkRejects());
        }
        reports.addAll(result.files());
        if (kind.isRegistry()) {
          TableSpec dataset = RegistryUnits.dataset(kind);
          List<Unit> units =
              RegistryUnits.of(
                  kind, ParquetTables.read(ingestedDir.resolve(dataset.name()), dataset));
          registry = registry.with(units);
        }
      }
      readInSpark(reads, registry, progress);
      for (SparkRead read : reads) {
        KindResult result = finish(read, ingestedDir);
        if (result.sparkRejects() != null) {
          sparkRejects.add(result.sparkRejects());
        }
        reports.addAll(result.files());
      }
    }
    Map<String, Long> byReason =
        RejectsFile.write(
            ingestedDir.resolve(RejectsFile.NAME), sortedRejects(localRejects, sparkRejects));
    RunFiles.deleteRecursively(ingestedDir.resolve(STAGING));
    reports.sort(Comparator.comparing(InputFileReport::path));
    return new IngestionReport(reports, byReason);
  }

  private static long bytes(List<DropFile> files) {
    long total = 0;
    for (DropFile f : files) {
      total += bytes(f);
    }
    return total;
  }

  private static long bytes(DropFile f) {
    try {
      return Files.size(f.path());
    } catch (IOException e) {
      throw new IngestionException(
          Messages.text("file.cannotRead", f.relativePath(), e.getMessage()), e);
    }
  }

  /** The validator of a kind with this run's settings. */
  RowValidator validatorFor(FileKind kind) {
    return validatorFor(kind, settings);
  }

  /** The validator of a kind with these settings (ingestion and inspection share it). */
  static RowValidator validatorFor(FileKind kind, IngestionSettings settings) {
    return switch (kind) {
      case RESIDENT_SURVEY ->
          new ResidentSurvey(settings.questionnaire(), settings.pseudonymizer());
      case DEPARTMENT_SURVEY ->
          new DepartmentSurvey(settings.questionnaire().scale(), settings.pseudonymizer());
      default -> TableSpecs.of(kind, settings.pseudonymizer());
    };
  }

  /**
   * What a kind gave: per-file accounting and its rejected rows, gathered in the driver (a kind
   * read there) or a Spark dataset over the staging folder (null when none).
   */
  private record KindResult(
      List<InputFileReport> files, List<Reject> localRejects, Dataset<Row> sparkRejects) {}

  /**
   * Whether a kind's files are read in Spark: a kind that grows with rows, or one that grows with
   * units but whose files exceed {@link #LOCAL_BYTES}; a kind without files is not.
   */
  private static boolean readsInSpark(FileKind kind, List<DropFile> files) {
    return !files.isEmpty() && (kind.growsWithRows() || bytes(files) > LOCAL_BYTES);
  }

  /** A kind read in the driver (a small kind that grows with units) or without a file. */
  private KindResult ingestKind(
      FileKind kind, List<DropFile> files, UnitRegistry registry, Path ingestedDir) {
    RowValidator validator = validatorFor(kind);
    long started = System.nanoTime();
    if (files.isEmpty()) {
      return writeEmpty(kind, validator, ingestedDir);
    }
    return ingestLocally(
        kind, files, tasks(files), (FieldTable) validator, registry, ingestedDir, started);
  }

  private static FileTask[] tasks(List<DropFile> files) {
    return files.stream()
        .map(
            f ->
                new FileTask(
                    f.path().toAbsolutePath().toString(),
                    f.relativePath(),
                    f.isXlsx(),
                    f.rewrite()))
        .toArray(FileTask[]::new);
  }

  /**
   * A kind whose files are read in Spark: its files, its validator and where its file tasks stage
   * what they read ({@link StagedKind}), and the tasks' summaries of their files.
   */
  private record SparkRead(
      FileKind kind,
      List<DropFile> files,
      FileTask[] tasks,
      RowValidator validator,
      StagedKind staged,
      CollectionAccumulator<FileSummary> summaries) {}

  private SparkRead prepare(FileKind kind, List<DropFile> files, Path ingestedDir) {
    RowValidator validator = validatorFor(kind);
    Path dir = staging(ingestedDir, kind, "parsed");
    RunFiles.deleteRecursively(dir);
    return new SparkRead(
        kind,
        files,
        tasks(files),
        validator,
        StagedKind.of(validator, answersId(kind), kind == FileKind.RESIDENT_SURVEY, dir),
        spark.sparkContext().collectionAccumulator());
  }

  /**
   * Reads the files of these kinds in one Spark job, one task per file, largest file first (the
   * longest task starts first, and the other cores take the smaller files of every kind meanwhile),
   * against the accepted registry (broadcast); the drop's progress moves on as each file's task
   * ends.
   */
  private void readInSpark(List<SparkRead> reads, UnitRegistry registry, Progress progress) {
    if (reads.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    record Slot(int kind, int file, long bytes) {}
    List<Slot> slots = new ArrayList<>();
    for (int k = 0; k < reads.size(); k++) {
      List<DropFile> files = reads.get(k).files();
      for (int i = 0; i < files.size(); i++) {
        slots.add(new Slot(k, i, bytes(files.get(i))));
      }
    }
    slots.sort(Comparator.comparingLong(Slot::bytes).reversed());
    int[] kindOf = slots.stream().mapToInt(Slot::kind).toArray();
    int[] fileOf = slots.stream().mapToInt(Slot::file).toArray();
    long[] bytesOf = slots.stream().mapToLong(Slot::bytes).toArray();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<UnitRegistry> units = context.broadcast(registry);
    TaskBytesListener listener = new TaskBytesListener(bytesOf, progress);
    spark.sparkContext().addSparkListener(listener);
    try {
      FileIngestTask[] kinds = new FileIngestTask[reads.size()];
      for (int k = 0; k < kinds.length; k++) {
        SparkRead read = reads.get(k);
        kinds[k] =
            new FileIngestTask(
                new FileParser(read.tasks(), read.validator(), units::value, read.summaries()),
                read.staged(),
                read.validator().schema().fields().length);
      }
      List<Integer> indices = IntStream.range(0, slots.size()).boxed().toList();
      context.parallelize(indices, slots.size()).foreach(new DropReadTask(kinds, kindOf, fileOf));
      listener.finish();
    } catch (Exception e) { // Spark throws its checked SparkException undeclared
      IngestionException cause = ingestionCause(e);
      if (cause != null) {
        throw new IngestionException(cause.getMessage(), e);
      }
      throw e;
    } finally {
      listener.close();
      spark.sparkContext().removeSparkListener(listener);
      units.destroy();
    }
    LOG.info(
        Messages.text(
            "ingest.read",
            slots.size(),
            reads.size(),
            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)));
  }

  /**
   * A kind after its files were read: the cross-row rules on its accepted rows ({@link
   * Duplicates}), then its datasets published.
   */
  private KindResult finish(SparkRead read, Path ingestedDir) {
    long started = System.nanoTime();
    FileKind kind = read.kind();
    RowValidator validator = read.validator();
    StagedKind staged = read.staged();
    Dataset<Row> accepted = spark.read().schema(staged.flat()).parquet(staged.accepted());
    Dataset<Row> rejected = spark.read().schema(staged.rejectedSchema()).parquet(staged.rejected());
    Optional<Dataset<Row>> duplicates =
        switch (kind) {
          case RESIDENT_SURVEY ->
              Duplicates.keepLatest(
                  withSurveyYear(accepted), List.of("phone_hash", SURVEY_YEAR), "手机号码");
          case DEPARTMENT_SURVEY ->
              Duplicates.keepLatest(
                  withSurveyYear(accepted),
                  List.of("phone_hash", "department_code", SURVEY_YEAR),
                  "评议人手机号码 × 被评议部门");
          default -> {
            FieldTable table = (FieldTable) validator;
            yield Duplicates.repeatedKeys(
                accepted,
                table.key(),
                String.join("+", table.key().stream().map(table::headerOf).toList()));
          }
        };
    Dataset<Row> rejectedByRule;
    Map<String, Long> byRule;
    if (duplicates.isPresent()) {
      Path duplicatesDir = staging(ingestedDir, kind, "duplicates");
      SparkDatasetFiles.write(duplicates.get(), duplicatesDir);
      rejectedByRule = spark.read().parquet(duplicatesDir.toString());
      byRule = countsByFile(rejectedByRule);
    } else {
      rejectedByRule = RejectTable.of(spark, List.of());
      byRule = Map.of();
    }
    switch (kind) {
      case RESIDENT_SURVEY -> {
        // the metadata first: publishing may move the staged files it reads
        Path meta = ingestedDir.resolve(Datasets.RESIDENT_RESPONSE_META.name());
        if (byRule.isEmpty()) {
          moveFolder(Path.of(staged.meta()), meta);
        } else {
          SparkDatasetFiles.write(
              ResidentResponseMeta.of(accepted, rejected, rejectedByRule), meta);
        }
        publishAnswers(
            staged, accepted, rejectedByRule, byRule, Datasets.RESIDENT_ANSWERS, ingestedDir);
        publish(staged, accepted, rejectedByRule, byRule, Datasets.RESIDENT_RESPONSES, ingestedDir);
      }
      case DEPARTMENT_SURVEY -> {
        publishAnswers(
            staged, accepted, rejectedByRule, byRule, Datasets.DEPARTMENT_ANSWERS, ingestedDir);
        publish(staged, accepted, rejectedByRule, byRule, Datasets.DEPARTMENT_RATINGS, ingestedDir);
      }
      default ->
          publish(staged, accepted, rejectedByRule, byRule, datasetOf(validator), ingestedDir);
    }
    List<FileSummary> summaries = read.summaries().value();
    boolean noneRejected =
        byRule.isEmpty() && summaries.stream().allMatch(s -> s.rowsRejected() == 0);
    return result(
        "ingest.kindAfterRead",
        kind,
        read.files(),
        summaries,
        byRule,
        List.of(),
        noneRejected ? null : ParsedRows.rejects(rejected).unionByName(rejectedByRule),
        started);
  }

  /** Every rejected row of the drop in the order of {@code rejects.csv} (no Spark job for none). */
  private Iterator<Reject> sortedRejects(List<Reject> local, List<Dataset<Row>> fromSpark) {
    if (local.isEmpty() && fromSpark.isEmpty()) {
      return Collections.emptyIterator();
    }
    Dataset<Row> rejects = RejectTable.of(spark, local);
    for (Dataset<Row> more : fromSpark) {
      rejects = rejects.unionByName(more);
    }
    return RejectTable.sorted(rejects);
  }

  /** The column naming a response in its answers: a survey kind's id; null for other kinds. */
  private static String answersId(FileKind kind) {
    return switch (kind) {
      case RESIDENT_SURVEY -> "response_id";
      case DEPARTMENT_SURVEY -> "rating_id";
      default -> null;
    };
  }

  /**
   * The accepted rows as the dataset: the staged files themselves when no cross-row rule rejected
   * any of them (a rename, the usual case), else the staged rows minus the rule's rejects,
   * rewritten by Spark.
   */
  private static void publish(
      StagedKind staged,
      Dataset<Row> accepted,
      Dataset<Row> rejectedByRule,
      Map<String, Long> byRule,
      TableSpec dataset,
      Path ingestedDir) {
    Path target = ingestedDir.resolve(dataset.name());
    if (byRule.isEmpty()) {
      moveFolder(Path.of(staged.accepted()), target);
    } else {
      SparkDatasetFiles.write(Duplicates.without(accepted, rejectedByRule), target);
    }
  }

  /** A survey's answers as the dataset, without those of the responses a rule rejected. */
  private static void publishAnswers(
      StagedKind staged,
      Dataset<Row> accepted,
      Dataset<Row> rejectedByRule,
      Map<String, Long> byRule,
      TableSpec dataset,
      Path ingestedDir) {
    Path target = ingestedDir.resolve(dataset.name());
    if (byRule.isEmpty()) {
      moveFolder(Path.of(staged.answers()), target);
      return;
    }
    String id = staged.answerSchema().fields()[0].name();
    Dataset<Row> answers =
        accepted.sparkSession().read().schema(staged.answerSchema()).parquet(staged.answers());
    Dataset<Row> droppedIds = Duplicates.only(accepted, rejectedByRule).select(col(id));
    SparkDatasetFiles.write(
        answers.join(
            droppedIds,
            scala.jdk.javaapi.CollectionConverters.asScala(List.of(id)).toList(),
            "left_anti"),
        target);
  }

  /** Replaces {@code target} with the folder {@code staged} (a rename on one file system). */
  private static void moveFolder(Path staged, Path target) {
    try {
      RunFiles.deleteRecursively(target);
      Files.move(staged, target);
    } catch (IOException e) {
      throw new IngestionException(
          Messages.text("file.cannotCreateBecause", target, e.getMessage()), e);
    }
  }

  private static Path staging(Path ingestedDir, FileKind kind, String part) {
    return ingestedDir.resolve(STAGING).resolve(kind.name().toLowerCase(Locale.ROOT) + "-" + part);
  }

  /** Rows per file of a {@link RejectTable} dataset (one row per file that has any). */
  private static Map<String, Long> countsByFile(Dataset<Row> rejects) {
    Map<String, Long> out = new HashMap<>();
    for (Row r : rejects.groupBy(RejectTable.FILE).count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  /**
   * A kind's accounting, logged with {@code message}: {@code ingest.kind} (read and checked in
   * {@code started}'s time) or {@code ingest.kindAfterRead} (checked and published in that time,
   * after the read of all the drop's files).
   */
  private static KindResult result(
      String message,
      FileKind kind,
      List<DropFile> files,
      List<FileSummary> summaries,
      Map<String, Long> rejectedByRule,
      List<Reject> localRejects,
      Dataset<Row> sparkRejects,
      long started) {
    List<InputFileReport> reports = reports(files, summaries, rejectedByRule);
    LOG.info(
        Messages.text(
            message,
            kind.toString().toLowerCase(Locale.ROOT),
            files.size(),
            reports.stream().mapToLong(InputFileReport::rowsRead).sum(),
            reports.stream().mapToLong(InputFileReport::rowsRejected).sum(),
            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)));
    return new KindResult(reports, localRejects, sparkRejects);
  }

  /**
   * The {@link IngestionException} a file's task threw (naming the file, line or column), which
   * Spark delivers wrapped in its own exceptions; null when the failure has none.
   */
  private static IngestionException ingestionCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IngestionException ingestion) {
        return ingestion;
      }
    }
    return null;
  }

  /**
   * A kind that grows with units (registry, summaries, facts, projects: one row per unit and year
   * at most) is read in the driver with the same parser and validator as the Spark tasks, and
   * written as Parquet in plain Java: no Spark job for a few thousand rows.
   */
  private static KindResult ingestLocally(
      FileKind kind,
      List<DropFile> files,
      FileTask[] tasks,
      FieldTable validator,
      UnitRegistry registry,
      Path ingestedDir,
      long started) {
    CollectionAccumulator<FileSummary> summaries = new CollectionAccumulator<>();
    List<Reject> rejected = new ArrayList<>();
    FileParser parser = new FileParser(tasks, validator, () -> registry, summaries);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < tasks.length; i++) {
      try {
        Iterator<Row> it =
            ParsedRows.accepted(parser.call((long) i), validator.schema(), rejected::add);
        while (it.hasNext()) {
          Row r = it.next();
          Object[] values = new Object[r.length()];
          for (int c = 0; c < values.length; c++) {
            values[c] = LocalValues.of(r.get(c));
          }
          rows.add(values);
        }
      } catch (IOException e) {
        throw new IngestionException(
            Messages.text("file.cannotRead", tasks[i].relativePath(), e.getMessage()), e);
      }
    }
    String label = String.join("+", validator.key().stream().map(validator::headerOf).toList());
    List<Reject> duplicates =
        Duplicates.repeatedKeys(rows, validator.spec(), validator.key(), label);
    java.util.Set<String> dropped = new java.util.HashSet<>();
    duplicates.forEach(d -> dropped.add(d.file() + "#" + d.rowNumber()));
    int fileIndex = validator.spec().indexOf("source_file");
    int rowIndex = validator.spec().indexOf("row_number");
    org.govindex.contract.Table.Builder table =
        org.govindex.contract.Table.builder(validator.spec());
    for (Object[] values : rows) {
      if (!dropped.contains(values[fileIndex] + "#" + values[rowIndex])) {
        table.add(values);
      }
    }
    ParquetTables.write(table.build(), ingestedDir.resolve(validator.dataset()));
    Map<String, Long> byRule = new HashMap<>();
    duplicates.forEach(d -> byRule.merge(d.file(), 1L, Long::sum));
    rejected.addAll(duplicates);
    return result("ingest.kind", kind, files, summaries.value(), byRule, rejected, null, started);
  }

  /** The datasets of a kind that has no file in the drop, written empty without a Spark job. */
  private static KindResult writeEmpty(FileKind kind, RowValidator validator, Path ingestedDir) {
    List<TableSpec> datasets =
        switch (kind) {
          case RESIDENT_SURVEY ->
              List.of(
                  Datasets.RESIDENT_RESPONSES,
                  Datasets.RESIDENT_ANSWERS,
                  Datasets.RESIDENT_RESPONSE_META);
          case DEPARTMENT_SURVEY ->
              List.of(Datasets.DEPARTMENT_RATINGS, Datasets.DEPARTMENT_ANSWERS);
          default -> List.of(datasetOf(validator));
        };
    for (TableSpec dataset : datasets) {
      ParquetTables.write(
          org.govindex.contract.Table.builder(dataset).build(),
          ingestedDir.resolve(dataset.name()));
    }
    LOG.info(Messages.text("ingest.kindNoFile", kind.toString().toLowerCase(Locale.ROOT)));
    return new KindResult(List.of(), List.of(), null);
  }

  private static TableSpec datasetOf(RowValidator validator) {
    return Datasets.INGESTED.stream()
        .filter(d -> d.name().equals(validator.dataset()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The calendar year of 提交答卷时间 (session time zone, Asia/Shanghai) as a column: a resident or rater
   * answers once per survey wave, so a repeated submission is one of the same year; an answer of
   * another year is that year's (never dropped for a later wave's).
   */
  private static Dataset<Row> withSurveyYear(Dataset<Row> responses) {
    return responses.withColumn(SURVEY_YEAR, year(col("submitted_at")));
  }

  /** Per-file accounting from the tasks' summaries and the rows the cross-row rules rejected. */
  private static List<InputFileReport> reports(
      List<DropFile> files, List<FileSummary> summaries, Map<String, Long> dupByFile) {
    Map<String, FileSummary> byFile = new HashMap<>();
    summaries.forEach(s -> byFile.put(s.relativePath(), s));
    List<InputFileReport> out = new ArrayList<>();
    for (DropFile f : files) {
      FileSummary s = byFile.get(f.relativePath());
      if (s == null) {
        throw new IllegalStateException(
            f.relativePath() + ": no report from the task that read it");
      }
      long dups = dupByFile.getOrDefault(f.relativePath(), 0L);
      out.add(
          new InputFileReport(
              f.relativePath(),
              s.sha256(),
              s.encoding(),
              s.rowsRead(),
              s.rowsAccepted() - dups,
              s.rowsRejected() + dups));
    }
    return out;
  }

  /** The dataset schema of a kind (for tests). */
  StructType schemaOf(FileKind kind) {
    return validatorFor(kind).schema();
  }
}
