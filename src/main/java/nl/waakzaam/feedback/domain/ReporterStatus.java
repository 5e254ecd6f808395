package nl.waakzaam.feedback.domain;

import nl.waakzaam.signal.domain.SignalStatus;

/**
 * The status as a reporter sees it: plain, discreet, never naming a partner or another signal.
 * Triage and the platform's internal steps read as "in progress"; a merged signal goes on being in
 * progress for its reporter, because what happens with the other signal is not theirs to know.
 */
public enum ReporterStatus {
  RECEIVED,
  IN_PROGRESS,
  QUESTION_FOR_YOU,
  FORWARDED,
  CLOSED,
  NOT_TAKEN_UP;

  public static ReporterStatus of(SignalStatus status) {
    return switch (status) {
      case RECEIVED -> RECEIVED;
      case IN_TRIAGE, MERGED -> IN_PROGRESS;
      case AWAITING_REPORTER -> QUESTION_FOR_YOU;
      case ROUTED -> FORWARDED;
      case CLOSED -> CLOSED;
      case REJECTED -> NOT_TAKEN_UP;
    };
  }
}
