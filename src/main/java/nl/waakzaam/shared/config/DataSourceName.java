package nl.waakzaam.shared.config;

/** The JNDI name of the application's data source, for JPA and for the few plain JDBC users. */
public final class DataSourceName {

  public static final String WAAKZAAM = "java:app/jdbc/waakzaam";

  private DataSourceName() {}
}
