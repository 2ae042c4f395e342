package org.govindex.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.jobs.ingest.FileRecognizer;
import org.govindex.jobs.ingest.source.DropFile;
import org.govindex.jobs.ingest.source.DropScanner;
import org.govindex.jobs.ingest.source.FileKind;
import org.govindex.jobs.ingest.source.RecordSource;
import org.govindex.jobs.ingest.source.RewrittenRecords;
import org.govindex.jobs.ingest.validation.CellRejection;
import org.govindex.jobs.ingest.validation.Cells;
import org.govindex.jobs.ingest.validation.ColumnLocator;
import org.govindex.jobs.ingest.validation.ColumnRule;

/**
 * The period of a run that names none: the period a synthetic drop declares in its {@code
 * govindex-synthetic.json} marker, else the latest year in which the drop's resident survey
 * responses were submitted (提交答卷时间) — never the calendar year of the run date, which in January
 * would pick a year without data.
 */
public final class DropPeriod {

  private static final ColumnRule SUBMITTED = ColumnRule.equal("submitted", "提交答卷时间");

  private DropPeriod() {}

  /** The period and why it was chosen. */
  public record Chosen(String period, String reason) {}

  /** The default period of a drop; refused when the drop has no dated survey response. */
  public static Chosen of(Path drop, FileRecognizer recognizer) {
    Optional<String> declared = declared(drop);
    if (declared.isPresent()) {
      return new Chosen(declared.get(), Messages.text("period.declared"));
    }
    OptionalInt latest = latestSurveyYear(drop, recognizer);
    if (latest.isEmpty()) {
      throw new GovindexException(Messages.text("period.undetermined", drop));
    }
    return new Chosen(String.valueOf(latest.getAsInt()), Messages.text("period.latestSurvey"));
  }

  public static Optional<String> declared(Path drop) {
    Path marker = drop.resolve(DropScanner.SYNTHETIC_MARKER);
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    try {
      JsonNode period = new ObjectMapper().readTree(marker.toFile()).get("period");
      return period == null || period.isNull() ? Optional.empty() : Optional.of(period.asText());
    } catch (IOException e) {
      throw new GovindexException(Messages.text("file.notJson", marker, e.getMessage()), e);
    }
  }

  /** The latest year of 提交答卷时间 over the drop's resident survey files (one pass over each). */
  static OptionalInt latestSurveyYear(Path drop, FileRecognizer recognizer) {
    int latest = Integer.MIN_VALUE;
    for (DropFile file : recognizer.scan(drop)) {
      if (file.kind() != FileKind.RESIDENT_SURVEY) {
        continue;
      }
      try (RecordSource records = open(file)) {
        Map<String, Integer> found =
            ColumnLocator.locate(file.relativePath(), records.header(), List.of(SUBMITTED));
        int column = found.get(SUBMITTED.key());
        String[] record;
        while ((record = records.next()) != null) {
          if (column < record.length && !Cells.isBlank(record[column])) {
            try {
              latest = Math.max(latest, Cells.timestamp("提交答卷时间", record[column]).getYear());
            } catch (CellRejection unreadable) {
              // an unreadable time dates nothing; ingestion rejects the row
            }
          }
        }
      } catch (IOException e) {
        throw new GovindexException(
            Messages.text("file.cannotRead", file.relativePath(), e.getMessage()), e);
      }
    }
    return latest == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(latest);
  }

  private static RecordSource open(DropFile file) throws IOException {
    RecordSource source = new DropScanner.Candidate(file.path(), file.relativePath()).open();
    return new RewrittenRecords(source, file.rewrite());
  }
}
