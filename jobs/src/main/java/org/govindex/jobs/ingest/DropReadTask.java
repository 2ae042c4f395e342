package org.govindex.jobs.ingest;

import java.io.IOException;
import org.apache.spark.api.java.function.VoidFunction;

/**
 * The Spark task of one data file among all the files that the drop reads in Spark, whatever their
 * kind: one job for the whole drop rather than one per kind, so that a kind's last large file (a
 * survey export of a third of the responses) does not leave the other cores idle while the next
 * kind waits. The task of global index {@code i} runs its kind's {@link FileIngestTask} on that
 * kind's file {@code fileOf[i]}; the caller numbers the files largest first, which Spark starts in
 * that order (longest task first).
 */
final class DropReadTask implements VoidFunction<Integer> {

  private static final long serialVersionUID = 1L;

  private final FileIngestTask[] kinds;
  private final int[] kindOf;
  private final int[] fileOf;

  /**
   * @param kinds each kind's task
   * @param kindOf for each global index, its kind's index in {@code kinds}
   * @param fileOf for each global index, the file's index among its kind's files
   */
  DropReadTask(FileIngestTask[] kinds, int[] kindOf, int[] fileOf) {
    this.kinds = kinds.clone();
    this.kindOf = kindOf.clone();
    this.fileOf = fileOf.clone();
  }

  @Override
  public void call(Integer index) throws IOException {
    kinds[kindOf[index]].call(fileOf[index]);
  }
}
