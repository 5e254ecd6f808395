package nl.waakzaam.testing.arquillian;

import nl.waakzaam.devstack.DevSecrets;

/** Secrets of one test run: random, so that no test depends on a value. */
public final class TestSecrets {

  public static final String RECEIPT_SECRET = DevSecrets.randomKey();
  public static final String ATTACHMENT_MASTER_KEY = DevSecrets.randomKey();
  public static final String AUDIT_KEY = DevSecrets.randomKey();
  public static final String DB_PASSWORD = DevSecrets.randomKey();
  public static final String DB_OWNER_PASSWORD = DevSecrets.randomKey();

  private TestSecrets() {}
}
