package org.govindex.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDataSourceTest {

  @TempDir Path out;

  @Test
  void givenATransactionEndedWhenTheNextBeginsThenTheDatabaseIsStillOpenUntilClosed()
      throws SQLException {
    String url = BatchInfrastructureConfiguration.EmbeddedDataSource.url(out);
    try (BatchInfrastructureConfiguration.EmbeddedDataSource dataSource =
        new BatchInfrastructureConfiguration.EmbeddedDataSource(url)) {
      try (Connection first = dataSource.getConnection()) {
        assertThat(sessions(first)).isEqualTo(2); // this one and the one held open
      }
      try (Connection second = dataSource.getConnection()) {
        assertThat(sessions(second)).isEqualTo(2);
        assertThat(setting(second, "WRITE_DELAY")).isEqualTo("0");
      }
      dataSource.close();
      try (Connection afterClose =
          java.sql.DriverManager.getConnection(url.replace(";WRITE_DELAY=0", ""), "sa", "")) {
        assertThat(sessions(afterClose)).isEqualTo(1);
      }
    }
  }

  private static long sessions(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String setting(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                    + name
                    + "'")) {
      return r.next() ? r.getString(1) : null;
    }
  }
}
