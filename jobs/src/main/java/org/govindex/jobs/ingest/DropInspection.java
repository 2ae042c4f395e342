package org.govindex.jobs.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.govindex.contract.Table;
import org.govindex.jobs.ingest.source.FileKind;
import org.govindex.jobs.ingest.source.IngestionException;
import org.govindex.jobs.ingest.validation.FieldTable;
import org.govindex.jobs.ingest.validation.RegistryUnits;
import org.govindex.jobs.ingest.validation.RowValidator;
import org.govindex.jobs.ingest.validation.UnitRegistry;

/**
 * A dry run of ingestion: reads every file of a drop with the ingestion's own recogniser, parser
 * and validators ({@link FileRecognizer}, {@link FileParser}, {@link DropIngestion#validatorFor}),
 * in the driver and without Spark, and writes nothing. The registry tables are read first and their
 * accepted rows validate the other files, as in a run. Repeated keys are counted for the tables
 * that grow with units; the cross-file rules of the row-sized kinds (repeated work-order numbers,
 * repeated survey submissions) need the whole dataset and are left to the run.
 */
public final class DropInspection {

  /** How many row numbers are listed per reject reason. */
  public static final int FIRST_ROWS = 5;

  private final IngestionSettings settings;

  public DropInspection(IngestionSettings settings) {
    this.settings = settings;
  }

  /** The rows of one reject reason in a file: how many, and the first few row numbers. */
  public record Reason(long rows, List<Long> firstRows) {}

  /**
   * What the dry run learnt about one file.
   *
   * @param file drop-relative path
   * @param kind the kind recognised ({@code hotline}, ...) or null
   * @param profile the source profile that recognised it (or came closest)
   * @param why why this kind, or why none
   * @param encoding the text encoding ({@code xlsx} for a workbook)
   * @param fields export header → field it became
   * @param missing the required columns lacking (of the closest kind when none was recognised)
   * @param leftOut columns named neither by the contract nor by the profile: not read
   * @param personalData columns holding personal data (pseudonymised or not read)
   * @param rowsRead data rows read
   * @param rowsAccepted rows that would be accepted
   * @param rejected reject reason code → rows
   * @param periods the years its dates (or 年度) fall in
   * @param problem what stops the file from being read, or null
   */
  public record FileReport(
      String file,
      String kind,
      String profile,
      String why,
      String encoding,
      Map<String, String> fields,
      List<String> missing,
      List<String> leftOut,
      List<String> personalData,
      long rowsRead,
      long rowsAccepted,
      Map<String, Reason> rejected,
      List<Integer> periods,
      String problem) {}

  /**
   * The dry run of a drop.
   *
   * @param wouldRun whether the drop would run (no problem)
   * @param problems what would stop a run, one line each
   */
  public record Report(
      String drop, boolean wouldRun, List<String> problems, List<FileReport> files) {}

  /** Reads the whole drop; nothing is written. */
  public Report inspect(Path drop) {
    List<String> problems = new ArrayList<>();
    List<FileRecognizer.Recognition> recognitions;
    try {
      recognitions = settings.recognizer().recogniseAll(drop);
    } catch (IngestionException e) {
      return new Report(drop.toString(), false, List.of(e.getMessage()), List.of());
    }
    FileRecognizer.registryProblem(drop, recognitions).ifPresent(problems::add);
    Map<FileKind, List<FileRecognizer.Recognition>> byKind = new EnumMap<>(FileKind.class);
    Map<String, FileReport> reports = new TreeMap<>();
    for (FileRecognizer.Recognition r : recognitions) {
      if (r.recognised()) {
        byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
      } else {
        problems.add(r.problem());
        reports.put(r.relativePath(), unread(r, r.why()));
      }
    }
    UnitRegistry registry = UnitRegistry.empty();
    for (FileKind kind : FileKind.values()) {
      List<FileRecognizer.Recognition> files = byKind.getOrDefault(kind, List.of());
      RowValidator validator = DropIngestion.validatorFor(kind, settings);
      List<Object[]> keptRows = new ArrayList<>();
      Map<String, Tally> tallies = new LinkedHashMap<>();
      for (FileRecognizer.Recognition file : files) {
        Tally tally = new Tally();
        tallies.put(file.relativePath(), tally);
        try {
          read(drop, file, validator, registry, kind.growsWithRows() ? null : keptRows, tally);
        } catch (IngestionException | IOException e) {
          tally.problem = e.getMessage();
          problems.add(e.getMessage());
        }
      }
      if (validator instanceof FieldTable table && !kind.growsWithRows()) {
        String label = String.join("+", table.key().stream().map(table::headerOf).toList());
        List<Reject> duplicates =
            Duplicates.repeatedKeys(keptRows, table.spec(), table.key(), label);
        java.util.Set<String> dropped = new java.util.HashSet<>();
        for (Reject d : duplicates) {
          tallies.get(d.file()).reject(d.reasonCode(), d.rowNumber());
          tallies.get(d.file()).accepted--;
          dropped.add(d.file() + "#" + d.rowNumber());
        }
        if (kind.isRegistry()) {
          int fileIndex = table.spec().indexOf("source_file");
          int rowIndex = table.spec().indexOf("row_number");
          Table.Builder accepted = Table.builder(table.spec());
          keptRows.stream()
              .filter(v -> !dropped.contains(v[fileIndex] + "#" + v[rowIndex]))
              .forEach(accepted::add);
          registry = registry.with(RegistryUnits.of(kind, accepted.build()));
        }
      }
      for (FileRecognizer.Recognition file : files) {
        reports.put(file.relativePath(), report(file, tallies.get(file.relativePath())));
      }
    }
    return new Report(
        drop.toString(), problems.isEmpty(), List.copyOf(problems), List.copyOf(reports.values()));
  }

  /** What was counted in one file. */
  private static final class Tally {
    long read;
    long accepted;
    final Map<String, Long> counts = new TreeMap<>();
    final Map<String, TreeSet<Long>> first = new TreeMap<>();
    final TreeSet<Integer> periods = new TreeSet<>();
    String problem;

    void reject(String code, long row) {
      counts.merge(code, 1L, Long::sum);
      TreeSet<Long> rows = first.computeIfAbsent(code, c -> new TreeSet<>());
      rows.add(row);
      if (rows.size() > FIRST_ROWS) {
        rows.pollLast();
      }
    }
  }

  private void read(
      Path drop,
      FileRecognizer.Recognition file,
      RowValidator validator,
      UnitRegistry registry,
      List<Object[]> keep,
      Tally tally)
      throws IOException {
    FileTask task =
        new FileTask(
            drop.resolve(file.relativePath()).toAbsolutePath().toString(),
            file.relativePath(),
            file.relativePath().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"),
            file.rewrite());
    CollectionAccumulator<FileSummary> summaries = new CollectionAccumulator<>();
    FileParser parser = new FileParser(new FileTask[] {task}, validator, () -> registry, summaries);
    int periodIndex = periodColumn(validator);
    for (Iterator<Row> it =
            ParsedRows.accepted(
                parser.call(0L),
                validator.schema(),
                r -> tally.reject(r.reasonCode(), r.rowNumber()));
        it.hasNext(); ) {
      Row row = it.next();
      if (periodIndex >= 0 && !row.isNullAt(periodIndex)) {
        tally.periods.add(year(row.get(periodIndex)));
      }
      if (keep != null) {
        Object[] values = new Object[row.length()];
        for (int c = 0; c < values.length; c++) {
          values[c] = LocalValues.of(row.get(c));
        }
        keep.add(values);
      }
    }
    FileSummary summary = summaries.value().get(0);
    tally.read = summary.rowsRead();
    tally.accepted = summary.rowsAccepted();
  }

  /** The column whose values date a row: its time or date, else its 年度; -1 for the registry. */
  private static int periodColumn(RowValidator validator) {
    for (String name : List.of("submitted_at", "called_at", "accepted_on", "year")) {
      if (java.util.Arrays.asList(validator.schema().fieldNames()).contains(name)) {
        return validator.schema().fieldIndex(name);
      }
    }
    return -1;
  }

  private static int year(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().getYear();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().getYear();
    }
    return ((Number) value).intValue();
  }

  private static FileReport report(FileRecognizer.Recognition file, Tally tally) {
    Map<String, Reason> rejected = new TreeMap<>();
    tally.counts.forEach(
        (code, n) -> rejected.put(code, new Reason(n, List.copyOf(tally.first.get(code)))));
    return new FileReport(
        file.relativePath(),
        file.kind().code(),
        file.profile(),
        file.why(),
        file.encoding(),
        file.fields(),
        file.missing(),
        file.leftOut(),
        file.personalData(),
        tally.read,
        tally.accepted,
        rejected,
        List.copyOf(tally.periods),
        tally.problem);
  }

  private static FileReport unread(FileRecognizer.Recognition file, String problem) {
    return new FileReport(
        file.relativePath(),
        null,
        file.profile(),
        file.why(),
        file.encoding(),
        Map.of(),
        file.missing(),
        List.of(),
        file.personalData(),
        0,
        0,
        Map.of(),
        List.of(),
        problem);
  }
}
