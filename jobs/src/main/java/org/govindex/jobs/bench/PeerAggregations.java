package org.govindex.jobs.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.govindex.contract.Datasets;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;

/**
 * The benchmark's peer: the core aggregations of the nightly job written as SQL for DuckDB (its
 * JDBC driver, on the benchmark's classpath only) over the same ingested Parquet — the hotline
 * tallies per (year, street, community) and per (year, handler) as {@code OrderReduction} defines
 * them, and the item tallies (score sum, scored answers, 不了解) of the valid responses of the period
 * per community and item as the survey kernel defines them (items with at least one scored or 不了解
 * answer). Years are those of Asia/Shanghai (UTC + 8 h, no daylight saving since 1991): the Parquet
 * timestamps are UTC instants.
 */
public final class PeerAggregations {

  private final Path ingested;

  public PeerAggregations(Path ingested) {
    this.ingested = ingested;
  }

  /** Tallies by key: {@code area|year|street|community} or {@code handler|year|code}. */
  public Map<String, long[]> hotline() {
    String sql =
        """
        WITH e AS (
          SELECT year(called_at + INTERVAL 8 HOUR) AS y, street_code, community_code,
                 handler_code, status, sign_deadline, signed_at, close_deadline, closed_at,
                 callback_result, callback_satisfaction, returned, reopened
          FROM read_parquet('%s')
          WHERE coalesce(status, '') <> '[作废]' AND NOT coalesce(unreasonable, false))
        SELECT grouping(handler_code) AS area, y, street_code, community_code, handler_code,
          count(*),
          count(*) FILTER (WHERE sign_deadline IS NOT NULL),
          count(*) FILTER (WHERE sign_deadline IS NOT NULL AND signed_at <= sign_deadline),
          count(*) FILTER (WHERE status = '已办结'),
          count(*) FILTER (WHERE status = '已办结' AND closed_at <= close_deadline),
          count(*) FILTER (WHERE callback_result = '已解决'),
          count(*) FILTER (WHERE callback_result IN ('已解决', '未解决')),
          count(*) FILTER (WHERE callback_satisfaction IN ('满意', '基本满意')),
          count(*) FILTER (WHERE callback_satisfaction IN ('满意', '基本满意', '不满意')),
          count(*) FILTER (WHERE returned),
          count(*) FILTER (WHERE reopened)
        FROM e
        GROUP BY GROUPING SETS ((y, street_code, community_code), (y, handler_code))
        """
            .formatted(files(Datasets.HOTLINE_ORDERS.name()));
    Map<String, long[]> out = new TreeMap<>();
    query(
        sql,
        r -> {
          boolean area = r.getInt(1) == 1;
          String key =
              area
                  ? "area|" + r.getInt(2) + "|" + r.getString(3) + "|" + r.getString(4)
                  : "handler|" + r.getInt(2) + "|" + r.getString(5);
          long[] counts = new long[11];
          for (int i = 0; i < counts.length; i++) {
            counts[i] = r.getLong(6 + i);
          }
          out.put(key, counts);
        });
    return out;
  }

  /** Item tallies by {@code community|item}: score sum, scored answers, 不了解 answers. */
  public Map<String, double[]> surveyItems(int period) {
    String sql =
        """
        SELECT m.community_code, a.item_code, sum(a.score), count(a.score),
               count(*) FILTER (WHERE a.dont_know)
        FROM read_parquet('%s') m
        JOIN read_parquet('%s') a USING (response_id)
        WHERE m.reason_code IS NULL AND year(m.submitted_at + INTERVAL 8 HOUR) = %d
        GROUP BY m.community_code, a.item_code
        HAVING count(a.score) > 0 OR count(*) FILTER (WHERE a.dont_know) > 0
        """
            .formatted(
                files(Datasets.RESIDENT_RESPONSE_META.name()),
                files(Datasets.RESIDENT_ANSWERS.name()),
                period);
    Map<String, double[]> out = new TreeMap<>();
    query(
        sql,
        r -> {
          double sum = r.getDouble(3);
          out.put(
              r.getString(1) + "|" + r.getString(2),
              new double[] {r.wasNull() ? 0 : sum, r.getLong(4), r.getLong(5)});
        });
    return out;
  }

  private String files(String dataset) {
    return ingested.resolve(dataset).toAbsolutePath() + "/*.parquet";
  }

  private interface RowHandler {
    void accept(ResultSet row) throws SQLException;
  }

  private static void query(String sql, RowHandler handler) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        handler.accept(r);
      }
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("No suitable driver")) {
        throw new GovindexException(Messages.text("bench.noDuckDbDriver"));
      }
      throw new GovindexException(Messages.text("bench.duckDbFailed", e.getMessage()), e);
    }
  }
}
