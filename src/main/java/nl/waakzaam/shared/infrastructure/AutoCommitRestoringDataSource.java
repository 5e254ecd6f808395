package nl.waakzaam.shared.infrastructure;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool, for a library that runs its own local transactions ({@code setAutoCommit(false)},
 * {@code commit}) and hands the connection back without undoing that: each connection is set back
 * to auto-commit before it returns to the pool, so that the next borrower gets it as the pool gave
 * it out.
 */
final class AutoCommitRestoringDataSource implements DataSource {

  private final DataSource pool;

  AutoCommitRestoringDataSource(DataSource pool) {
    this.pool = pool;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return restoring(pool.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return restoring(pool.getConnection(user, password));
  }

  private static Connection restoring(Connection connection) {
    InvocationHandler handler =
        (proxy, method, arguments) -> {
          if (isClose(method) && !connection.isClosed()) {
            try {
              if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
              }
            } finally {
              connection.close();
            }
            return null;
          }
          try {
            return method.invoke(connection, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static boolean isClose(Method method) {
    return method.getName().equals("close") && method.getParameterCount() == 0;
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return pool.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return pool.isWrapperFor(type);
  }
}
