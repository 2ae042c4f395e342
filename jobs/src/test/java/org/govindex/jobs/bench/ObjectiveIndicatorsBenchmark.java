package org.govindex.jobs.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.jobs.compute.objective.ObjectiveInputs;
import org.govindex.jobs.compute.objective.ObjectiveScoring;
import org.govindex.jobs.spark.SparkSessionFactory;

/**
 * Benchmark of the objective indicators against a named peer, DuckDB (JDBC, in-process, reading the
 * same Parquet): the hotline work-order indicators of methodology §2 for every community, street
 * and department from the ingested {@code hotline_orders} of a published run.
 *
 * <p>govindex: {@link ObjectiveScoring#compute} (all objective indicators of all levels, one
 * aggregation per level, collected). Peer: one SQL query per level computing the six hotline rates
 * (the dominant work: a scan and group-by of every order). The peer does less (no mediation, facts
 * or normalisation: those tables are tiny), so the comparison favours it. Both results are compared
 * value by value (tolerance 1e-12) before any time is reported.
 *
 * <p>Run (from the repository root, after {@code mvn -B -q -DskipTests package}):
 *
 * <pre>
 * mvn -B -q -pl jobs dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx4g -cp jobs/target/test-classes:jobs/target/classes:$(cat /tmp/cp.txt) \
 *   org.govindex.jobs.bench.ObjectiveIndicatorsBenchmark OUT/2026/ingested 2026 3
 * </pre>
 */
public final class ObjectiveIndicatorsBenchmark {

  private static final List<String> RATES =
      List.of(
          "hotline_response_rate",
          "hotline_ontime_close_rate",
          "hotline_resolution_rate",
          "hotline_satisfaction_rate",
          "hotline_return_rate",
          "hotline_reopen_rate");

  private ObjectiveIndicatorsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path ingested = Path.of(args[0]);
    String period = args[1];
    int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Map<String, Double> spark = null;
    Map<String, Double> duck = null;
    double[] sparkSeconds = new double[repetitions];
    double[] duckSeconds = new double[repetitions];
    SparkSession session = SparkSessionFactory.create(Map.of());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      AppraisalConfiguration config = AppraisalConfiguration.bundledDefaults();
      // warm-up of both engines, then alternate the measured runs
      sparkRun(session, ingested, config, period);
      duckRun(db, ingested, period);
      for (int i = 0; i < repetitions; i++) {
        long t0 = System.nanoTime();
        spark = sparkRun(session, ingested, config, period);
        sparkSeconds[i] = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        duck = duckRun(db, ingested, period);
        duckSeconds[i] = (System.nanoTime() - t1) / 1e9;
      }
    } finally {
      session.stop();
    }
    int compared = compare(spark, duck);
    Arrays.sort(sparkSeconds);
    Arrays.sort(duckSeconds);
    System.out.printf(
        Locale.ROOT,
        "values compared: %d (all equal within 1e-12)%n"
            + "govindex ObjectiveScoring (Spark local[*]): median %.2f s (runs %s)%n"
            + "DuckDB %s SQL peer: median %.2f s (runs %s)%n",
        compared,
        sparkSeconds[repetitions / 2],
        Arrays.toString(sparkSeconds),
        duckVersion(),
        duckSeconds[repetitions / 2],
        Arrays.toString(duckSeconds));
  }

  private static Map<String, Double> sparkRun(
      SparkSession session, Path ingested, AppraisalConfiguration config, String period) {
    Map<String, Double> values = new HashMap<>();
    for (Row r :
        ObjectiveScoring.compute(
                session, ObjectiveInputs.readParquet(session, ingested), config.catalogue(), period)
            .indicatorValues()
            .collectAsList()) {
      String code = r.getAs("indicator_code");
      if (RATES.contains(code) && r.getAs("raw_value") != null) {
        values.put(
            r.getAs("level") + "/" + r.getAs("unit_code") + "/" + code, r.getAs("raw_value"));
      }
    }
    return values;
  }

  private static Map<String, Double> duckRun(Connection db, Path ingested, String period)
      throws SQLException {
    String orders = ingested.resolve("hotline_orders").toString() + "/*.parquet";
    int year = Integer.parseInt(period);
    String eligible =
        "FROM read_parquet('"
            + orders
            + "') WHERE coalesce(status, '') <> '[作废]' AND NOT coalesce(unreasonable, false)"
            + " AND called_at >= TIMESTAMPTZ '"
            + year
            + "-01-01 00:00:00+08' AND called_at < TIMESTAMPTZ '"
            + (year + 1)
            + "-01-01 00:00:00+08'";
    String measures =
        "count(*) AS e,"
            + " count(sign_deadline) AS with_deadline,"
            + " count(*) FILTER (WHERE sign_deadline IS NOT NULL AND signed_at IS NOT NULL"
            + "   AND signed_at <= sign_deadline) AS signed_in_time,"
            + " count(*) FILTER (WHERE status = '已办结') AS closed,"
            + " count(*) FILTER (WHERE status = '已办结' AND closed_at IS NOT NULL"
            + "   AND close_deadline IS NOT NULL AND closed_at <= close_deadline) AS closed_in_time,"
            + " count(*) FILTER (WHERE callback_result = '已解决') AS solved,"
            + " count(*) FILTER (WHERE callback_result IN ('已解决', '未解决')) AS solved_or_not,"
            + " count(*) FILTER (WHERE callback_satisfaction IN ('满意', '基本满意')) AS satisfied,"
            + " count(*) FILTER (WHERE callback_satisfaction IN ('满意', '基本满意', '不满意'))"
            + "   AS rated,"
            + " count(*) FILTER (WHERE returned) AS returned,"
            + " count(*) FILTER (WHERE reopened) AS reopened";
    Map<String, Double> values = new HashMap<>();
    Map<String, String> levels =
        Map.of(
            "community", "community_code", "street", "street_code", "department", "handler_code");
    try (Statement st = db.createStatement()) {
      for (Map.Entry<String, String> level : levels.entrySet()) {
        String key = level.getValue();
        try (ResultSet rs =
            st.executeQuery(
                "SELECT "
                    + key
                    + " AS unit, "
                    + measures
                    + " "
                    + eligible
                    + " AND "
                    + key
                    + " IS NOT NULL GROUP BY "
                    + key)) {
          while (rs.next()) {
            String prefix = level.getKey() + "/" + rs.getString("unit") + "/";
            put(
                values,
                prefix + RATES.get(0),
                rs.getLong("signed_in_time"),
                rs.getLong("with_deadline"));
            put(values, prefix + RATES.get(1), rs.getLong("closed_in_time"), rs.getLong("closed"));
            put(values, prefix + RATES.get(2), rs.getLong("solved"), rs.getLong("solved_or_not"));
            put(values, prefix + RATES.get(3), rs.getLong("satisfied"), rs.getLong("rated"));
            put(values, prefix + RATES.get(4), rs.getLong("returned"), rs.getLong("e"));
            put(values, prefix + RATES.get(5), rs.getLong("reopened"), rs.getLong("e"));
          }
        }
      }
    }
    return values;
  }

  private static void put(
      Map<String, Double> values, String key, long numerator, long denominator) {
    if (denominator > 0) {
      values.put(key, (double) numerator / denominator);
    }
  }

  /**
   * Compares the two results on the units both know (the peer does not restrict to the registry).
   */
  private static int compare(Map<String, Double> spark, Map<String, Double> duck) {
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, Double> e : spark.entrySet()) {
      Double peer = duck.get(e.getKey());
      if (peer == null || Math.abs(peer - e.getValue()) > 1e-12) {
        mismatches.add(e.getKey() + ": govindex " + e.getValue() + ", DuckDB " + peer);
      }
      compared++;
    }
    if (!mismatches.isEmpty()) {
      throw new IllegalStateException(
          mismatches.size()
              + " values differ, e.g. "
              + mismatches.subList(0, Math.min(5, mismatches.size())));
    }
    return compared;
  }

  private static String duckVersion() {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT version()")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      return "?";
    }
  }
}
