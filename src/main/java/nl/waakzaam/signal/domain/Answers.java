package nl.waakzaam.signal.domain;

import java.util.List;

/**
 * The typed answers to the questionnaire of one {@link SignalKind}; a signal has exactly the
 * answers of its own kind.
 */
public sealed interface Answers permits GeneralAnswers, BarnOfferAnswers, VesselAnswers {

  SignalKind kind();

  /** The answers given, in the form's order, each under the form's key for its question. */
  List<Answer> answered();
}
