package nl.waakzaam.shared.application;

import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * The one way an exception reaches the log: a copy of its chain, same classes and stack traces,
 * with what could hold a request's content left out. The log leaves the machine and is read by
 * people who must never see who reported what.
 *
 * <ul>
 *   <li>Messages of database errors are withheld: they can quote a statement's values ("Failing row
 *       contains …"); so are those of every exception that wraps one.
 *   <li>Messages of mail errors are withheld: they quote the addresses a server refused, a
 *       reporter's e-mail address among them.
 *   <li>In every other message, e-mail addresses are masked, and so are runs of eight or more
 *       digits (phone numbers, KvK numbers, account numbers).
 * </ul>
 *
 * Waakzaam's own exceptions carry no content by rule (see {@code DomainException}) and go through
 * the same masking all the same.
 */
public final class LogRedaction {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d[\\d .-]{6,}\\d");

  private LogRedaction() {}

  /** A copy of {@code e}'s chain fit for the log; null for null. */
  public static Throwable of(Throwable e) {
    if (e == null) {
      return null;
    }
    String message =
        e.getClass().getName()
            + ": "
            + (withholds(e)
                ? "(message withheld, it may quote reporter content)"
                : text(e.getMessage()));
    Redacted copy = new Redacted(message, of(e.getCause() == e ? null : e.getCause()));
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** {@code text} with e-mail addresses and long numbers masked. */
  public static String text(String text) {
    if (text == null) {
      return "";
    }
    return LONG_NUMBER
        .matcher(EMAIL.matcher(text).replaceAll("(e-mail address)"))
        .replaceAll("(number)");
  }

  private static boolean withholds(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String type = t.getClass().getName();
      if (t instanceof SQLException
          || type.equals("org.eclipse.persistence.exceptions.DatabaseException")
          || type.startsWith("jakarta.mail.")
          || type.startsWith("com.sun.mail.")
          || type.startsWith("org.eclipse.angus.mail.")) {
        return true;
      }
    }
    return false;
  }

  /** An exception of the log's own: its message is the redacted one; its class is named in it. */
  static final class Redacted extends RuntimeException {
    Redacted(String message, Throwable cause) {
      super(message, cause, false, true);
    }
  }
}
