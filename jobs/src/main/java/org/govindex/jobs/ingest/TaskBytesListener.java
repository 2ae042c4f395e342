package org.govindex.jobs.ingest;

import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.govindex.jobs.progress.Progress;

/**
 * Moves the drop's progress on by a file's bytes when the Spark task that read it ends: the one job
 * that reads every large file ({@link DropReadTask}) shows its progress file by file. Registered
 * only while that job runs (no other job runs meanwhile: the driver waits for it).
 */
final class TaskBytesListener extends SparkListener {

  private final long[] bytesOfPartition;
  private final Progress progress;
  private long added;
  private boolean closed;

  TaskBytesListener(long[] bytesOfPartition, Progress progress) {
    this.bytesOfPartition = bytesOfPartition.clone();
    this.progress = progress;
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    int index = end.taskInfo().index();
    if (closed || end.reason() != Success$.MODULE$ || index >= bytesOfPartition.length) {
      return;
    }
    added += bytesOfPartition[index];
    progress.add(bytesOfPartition[index]);
  }

  /** After the job: adds the bytes of the tasks whose end was not yet delivered. */
  synchronized void finish() {
    long total = 0;
    for (long bytes : bytesOfPartition) {
      total += bytes;
    }
    progress.add(total - added);
    added = total;
  }

  /** Stops listening (events still queued are ignored). */
  synchronized void close() {
    closed = true;
  }
}
