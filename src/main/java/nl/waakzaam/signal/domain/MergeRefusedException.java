package nl.waakzaam.signal.domain;

import nl.waakzaam.shared.domain.DomainException;

/** A merge, or the undoing of one, that cannot be: each reason has its own problem type. */
public class MergeRefusedException extends DomainException {

  /** Why. */
  public enum Why {
    /** A signal cannot be folded into itself. */
    SAME_SIGNAL("merge-into-itself", "A signal cannot be merged into itself"),
    /** The survivor was itself folded into another: fold into that one. */
    SURVIVOR_MERGED("merge-into-merged", "The signal to merge into is itself merged"),
    /** Others were folded into this signal; it cannot disappear into a third. */
    HAS_DUPLICATES(
        "merge-of-survivor", "Other signals were merged into this one; undo those merges first"),
    /** Undo asked of a signal that is not merged. */
    NOT_MERGED("not-merged", "The signal is not merged"),
    /** Undo asked after the time in which a merge may be undone. */
    FINAL("merge-final", "A merge can be undone only within 24 hours");

    private final String type;
    private final String detail;

    Why(String type, String detail) {
      this.type = type;
      this.detail = detail;
    }
  }

  private final Why why;

  public MergeRefusedException(Why why) {
    super(Kind.CONFLICT, why.type, why.detail);
    this.why = why;
  }

  public Why why() {
    return why;
  }
}
