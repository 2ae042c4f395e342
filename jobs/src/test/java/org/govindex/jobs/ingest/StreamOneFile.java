package org.govindex.jobs.ingest;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.govindex.contract.UnitLevel;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.ingest.validation.RowValidator;
import org.govindex.jobs.ingest.validation.TableSpecs;
import org.govindex.jobs.ingest.validation.Unit;
import org.govindex.jobs.ingest.validation.UnitRegistry;

/**
 * Runs the task of one work-order file ({@link FileParser}, as a Spark task runs it) and prints
 * {@code read accepted rejected}; run by {@link RepeatedRowStreamTest} in a JVM with a small heap.
 */
final class StreamOneFile {

  private StreamOneFile() {}

  public static void main(String[] args) throws Exception {
    UnitRegistry units =
        new UnitRegistry(
            List.of(
                new Unit(UnitLevel.DISTRICT, "440101", "甲区", ""),
                new Unit(UnitLevel.STREET, "440101001", "东街道", "440101"),
                new Unit(UnitLevel.COMMUNITY, "440101001001", "和平社区", "440101001"),
                new Unit(UnitLevel.DEPARTMENT, "44010101", "民政局", "440101")));
    CollectionAccumulator<FileSummary> summaries = new CollectionAccumulator<>();
    long[] rejects = {0};
    RowValidator validator = TableSpecs.hotline(new Pseudonymizer("stream"));
    FileParser parser =
        new FileParser(
            new FileTask[] {new FileTask(args[0], "cases/hotline_2026.csv", false)},
            validator,
            () -> units,
            summaries);
    Iterator<Row> rows =
        ParsedRows.accepted(parser.call(0L), validator.schema(), r -> rejects[0]++);
    while (rows.hasNext()) {
      rows.next();
    }
    FileSummary summary = summaries.value().get(0);
    System.out.println(summary.rowsRead() + " " + summary.rowsAccepted() + " " + rejects[0]);
  }
}
