package org.govindex.jobs.testing;

import org.apache.spark.sql.SparkSession;
import org.govindex.jobs.spark.SparkSessionFactory;

/** One Spark session for all compute tests of the JVM (startup is slow); Spark stops it at exit. */
public final class SparkTestSession {

  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSessionFactory.forTests();
    }
    return session;
  }
}
