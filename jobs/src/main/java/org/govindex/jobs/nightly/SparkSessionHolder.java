package org.govindex.jobs.nightly;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Gives the steps the run's Spark session, created on first use (a run whose remaining steps need
 * no Spark never starts one). Stops it at the end only if this holder created it.
 */
public final class SparkSessionHolder implements AutoCloseable {

  private final Supplier<SparkSession> factory;
  private final boolean stopOnClose;
  private SparkSession session;

  public SparkSessionHolder(Supplier<SparkSession> factory, boolean stopOnClose) {
    this.factory = factory;
    this.stopOnClose = stopOnClose;
  }

  public synchronized SparkSession get() {
    if (session == null) {
      session = factory.get();
    }
    return session;
  }

  @Override
  public synchronized void close() {
    if (session != null && stopOnClose) {
      session.stop();
    }
    session = null;
  }
}
