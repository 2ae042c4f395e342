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
    if (url == null || url.isBlank()) {
      Path file = request.out().toAbsolutePath().resolve(".jobrepo").resolve("govindex");
      url = "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
      user = "sa";
      password = "";
    }
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
    createSchemaIfMissing(dataSource, url);
    return dataSource;
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
