package nl.waakzaam.attachments.domain;

import nl.waakzaam.shared.domain.DomainException;

/** An upload larger than a file may be; nothing of it is kept. */
public class FileTooLargeException extends DomainException {

  private final transient long limit;

  public FileTooLargeException(long limit) {
    super(Kind.UNPROCESSABLE, "file-too-large", "The file is larger than " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
