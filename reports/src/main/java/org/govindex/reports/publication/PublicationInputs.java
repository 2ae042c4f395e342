package org.govindex.reports.publication;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.govindex.contract.Messages;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.model.ReportDataException;

/**
 * Everything the publication PDFs are rendered from: files only, no Spark.
 *
 * @param period the appraisal period, a calendar year such as {@code 2026}
 * @param runDate the run date, ISO {@code YYYY-MM-DD}
 * @param codeVersion version of the code that computed the tables
 * @param tablesDir directory of the result tables ({@code appraisal.csv}, ...)
 * @param methodologyJson the configuration actually used, written by the compute step; may be a
 *     missing file (the appendix then says so)
 * @param inputs row counts per input file, from the run manifest
 * @param rejectsCsv {@code rejects.csv} (file, row_number, reason_code, reason); may be missing
 * @param report the issuer, title and date of the cover and the policy documents cited
 */
public record PublicationInputs(
    String period,
    String runDate,
    String codeVersion,
    Path tablesDir,
    Path methodologyJson,
    List<InputFileSummary> inputs,
    Path rejectsCsv,
    ReportSettings report) {

  /** Inputs with {@link ReportSettings#NONE}. */
  public PublicationInputs(
      String period,
      String runDate,
      String codeVersion,
      Path tablesDir,
      Path methodologyJson,
      List<InputFileSummary> inputs,
      Path rejectsCsv) {
    this(
        period,
        runDate,
        codeVersion,
        tablesDir,
        methodologyJson,
        inputs,
        rejectsCsv,
        ReportSettings.NONE);
  }

  public PublicationInputs {
    if (period == null || period.isBlank()) {
      throw new ReportDataException(Messages.text("reports.publication.noPeriod"));
    }
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(codeVersion, "codeVersion");
    Objects.requireNonNull(tablesDir, "tablesDir");
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    report = report == null ? ReportSettings.NONE : report;
  }
}
