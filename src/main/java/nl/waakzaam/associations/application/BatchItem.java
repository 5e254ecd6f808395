package nl.waakzaam.associations.application;

import java.util.Optional;
import nl.waakzaam.signal.domain.SignalContent;

/**
 * One signal of a batch that passed the rules of a single signal: its place in the batch (from 0)
 * and the member reference the association gave it.
 */
public record BatchItem(int index, Optional<String> memberReference, SignalContent content) {}
