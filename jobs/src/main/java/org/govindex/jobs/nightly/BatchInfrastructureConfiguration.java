package org.govindex.jobs.nightly;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.jobs.config.GovindexSettings;
import org.springframework.batch.core.configuration.support.DefaultBatchConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Spring Batch job repository: an embedded H2 file database under {@code OUT/.jobrepo/} by
 * default, or the JDBC URL of the configuration (PostgreSQL in production). The schema is created
 * on first use.
 */
@Configuration(proxyBeanMethods = false)
public class BatchInfrastructureConfiguration extends DefaultBatchConfiguration {

  @Bean
  public DataSource dataSource(NightlyRequest request) {
    GovindexSettings.JobRepository repo = request.settings().settings().jobRepository();
    String url = repo.url();
    String user = repo.username();
    String password = repo.password();
    DriverManagerDataSource dataSource;
    if (url == null || url.isBlank()) {
      url = EmbeddedDataSource.url(request.out());
      dataSource = new EmbeddedDataSource(url);
    } else {
      dataSource = new DriverManagerDataSource(url, user, password);
    }
    createSchemaIfMissing(dataSource, url);
    return dataSource;
  }

  /**
   * The embedded H2 repository, held open for the run by one idle connection, closed with the
   * context. A data source of the driver manager opens a connection per transaction; without it, H2
   * would open the database file for each one and close it (compacting it for up to 200 ms) when it
   * ends, some 0.2–0.5 s between steps. {@code WRITE_DELAY=0} writes every commit to the file when
   * it happens (H2 otherwise waits up to half a second), so a run killed right after a step still
   * finds that step completed.
   */
  static final class EmbeddedDataSource extends DriverManagerDataSource implements AutoCloseable {
    private Connection held;

    EmbeddedDataSource(String url) {
      super(url, "sa", "");
    }

    /** The repository of an output root: {@code OUT/.jobrepo/govindex.mv.db}. */
    static String url(Path out) {
      Path file = out.toAbsolutePath().resolve(".jobrepo").resolve("govindex");
      return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
      if (held == null) {
        held = super.getConnection();
      }
      return super.getConnection();
    }

    @Override
    public synchronized void close() throws SQLException {
      if (held != null) {
        held.close();
        held = null;
      }
    }
  }

  @Bean
  public PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }

  private static void createSchemaIfMissing(DataSource dataSource, String url) {
    String platform;
    if (url.startsWith("jdbc:h2:")) {
      platform = "h2";
    } else if (url.startsWith("jdbc:postgresql:")) {
      platform = "postgresql";
    } else {
      throw new GovindexException(Messages.text("repository.unsupported", url));
    }
    try (Connection connection = dataSource.getConnection()) {
      if (hasTable(connection, "BATCH_JOB_INSTANCE")
          || hasTable(connection, "batch_job_instance")) {
        return;
      }
    } catch (SQLException e) {
      throw new GovindexException(Messages.text("repository.cannotOpen", url, e.getMessage()), e);
    }
    ResourceDatabasePopulator populator =
        new ResourceDatabasePopulator(
            new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
    populator.execute(dataSource);
  }

  private static boolean hasTable(Connection connection, String name) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
      return tables.next();
    }
  }
}
