package nl.waakzaam.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Asks the pool for a connection and the database whether it answers, within two seconds: for the
 * readiness check, and for telling a failed commit during an outage from an incident.
 */
@ApplicationScoped
public class DatabaseProbe {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = DatabaseSchema.DATA_SOURCE)
  private DataSource dataSource;

  public boolean answers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
