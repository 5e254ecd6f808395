package nl.waakzaam.routing.domain;

import java.util.Objects;

/**
 * A ground on which a partner may receive a signal, as a coordinator chooses it: its key, its
 * title, the wording a package quotes, and where that wording comes from.
 */
public record LegalBasis(String key, String title, String wording, String source) {

  public LegalBasis {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(source, "source");
  }
}
