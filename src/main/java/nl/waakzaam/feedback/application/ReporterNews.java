package nl.waakzaam.feedback.application;

import java.util.Objects;
import nl.waakzaam.signal.domain.Signal;

/**
 * The platform wrote something the reporter of {@code signal} will read (a question, a message, the
 * outcome). Fired inside the transaction that wrote it.
 */
public record ReporterNews(Signal signal) {

  public ReporterNews {
    Objects.requireNonNull(signal, "signal");
  }

  /** Whether the reporter left an e-mail address, so that a notice can be sent. */
  public boolean reporterLeftAnAddress() {
    return signal.contact().flatMap(c -> c.email()).isPresent();
  }
}
