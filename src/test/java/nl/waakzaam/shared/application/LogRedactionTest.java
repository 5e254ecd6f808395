package nl.waakzaam.shared.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LogRedactionTest {

  private static String logged(Throwable e) {
    StringWriter text = new StringWriter();
    LogRedaction.of(e).printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  @Test
  void aDatabaseErrorAndWhatWrapsItKeepTheirClassesAndStackButNotTheirMessages() {
    SQLException row =
        new SQLException("ERROR: violates check. Detail: Failing row contains (Jan, 0612345678)");
    RuntimeException wrapped = new IllegalStateException("commit failed: " + row.getMessage(), row);

    String log = logged(wrapped);

    assertFalse(log.contains("Jan"), log);
    assertFalse(log.contains("0612345678"), log);
    assertTrue(log.contains("java.lang.IllegalStateException"), log);
    assertTrue(log.contains("java.sql.SQLException"), log);
    assertArrayEquals(wrapped.getStackTrace(), LogRedaction.of(wrapped).getStackTrace());
  }

  @Test
  void aMailErrorKeepsNoAddress() {
    Exception mail = new jakarta.mail.SendFailedException("550 5.1.1 <a.reporter@example.nl>: no");

    assertFalse(logged(mail).contains("a.reporter"), logged(mail));
  }

  @Test
  void otherMessagesKeepTheirWordsWithAddressesAndLongNumbersMasked() {
    String log =
        logged(new IllegalArgumentException("For input string: jan@boer.nl or +31 6 1234 5678"));

    assertTrue(log.contains("For input string"), log);
    assertFalse(log.contains("jan@boer.nl"), log);
    assertFalse(log.contains("1234 5678"), log);
    assertEquals(
        "worker 3 took 120 ms", LogRedaction.text("worker 3 took 120 ms"), "short numbers stay");
  }
}
