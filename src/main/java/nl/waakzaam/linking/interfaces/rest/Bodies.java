package nl.waakzaam.linking.interfaces.rest;

import nl.waakzaam.shared.interfaces.rest.MalformedRequestException;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.UnknownSignalException;

/** What every linking resource checks of what it is sent. */
final class Bodies {

  private Bodies() {}

  /** A JSON body was sent at all. */
  static void require(Record request) {
    if (request == null) {
      throw new MalformedRequestException(MalformedRequestException.Reason.NOT_JSON);
    }
  }

  /** A reference that is no reference names no signal: 404, as for another region's. */
  static SignalReference reference(String value) {
    return SignalReference.parse(value).orElseThrow(UnknownSignalException::new);
  }
}
