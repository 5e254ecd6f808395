package nl.waakzaam.signal.domain;

/**
 * The typed answers to the questionnaire of one {@link SignalKind}; a signal has exactly the
 * answers of its own kind.
 */
public sealed interface Answers permits GeneralAnswers, BarnOfferAnswers, VesselAnswers {

  SignalKind kind();
}
