package org.govindex.jobs.ingest;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.govindex.jobs.spark.SparkSessionFactory;

/**
 * Ingests one drop ({@code args[0]}) into a folder ({@code args[1]}) as the nightly's first step
 * does, then prints one line per input file, {@code path read accepted rejected}, and one per
 * reason, {@code reason count}; run by {@link RepeatedRowDropTest} in a JVM with a small heap.
 */
final class IngestOneDrop {

  private IngestOneDrop() {}

  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSessionFactory.forTests();
    IngestionReport report =
        DropIngestionTest.ingestion(spark, "repeated-row")
            .ingest(Path.of(args[0]), Path.of(args[1]));
    for (InputFileReport f : report.files()) {
      System.out.println(
          "file "
              + f.path()
              + " "
              + f.rowsRead()
              + " "
              + f.rowsAccepted()
              + " "
              + f.rowsRejected());
    }
    report
        .rejectsByReason()
        .forEach((reason, n) -> System.out.println("reason " + reason + " " + n));
    spark.stop();
  }
}
