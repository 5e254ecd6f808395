package nl.waakzaam.signal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.waakzaam.regions.domain.Municipality;
import nl.waakzaam.regions.domain.Postcode;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionAssignment;

/** Signals for unit tests, built through the domain's own factory. */
public final class SignalTestData {

  private SignalTestData() {}

  /** A general signal from Utrecht, received at {@code at} from an anonymous reporter. */
  public static Signal received(Instant at) {
    return received(at, 1);
  }

  /** As {@link #received(Instant)}, with a reference of its own for each {@code seed}. */
  public static Signal received(Instant at, long seed) {
    SignalContent content =
        new SignalContent(
            Sector.CAR_TRADE,
            new Place(Postcode.parse("3511 AB"), Optional.of("Utrecht"), Optional.empty()),
            Optional.empty(),
            Optional.empty(),
            Optional.of("description"),
            new GeneralAnswers(
                "cash offered",
                SuspicionType.MONEY_LAUNDERING,
                null,
                null,
                PaymentMethod.CASH,
                new BigDecimal("40000")),
            List.of(),
            List.of(),
            List.of(),
            Optional.empty());
    RegionAssignment assignment =
        new RegionAssignment(
            Region.MIDDEN_NEDERLAND,
            RegionAssignment.Basis.POSTCODE,
            Optional.of(new Municipality("GM0344", "Utrecht", Region.MIDDEN_NEDERLAND)));
    return Signal.receive(
        SignalReference.random(2026, new Random(seed)),
        content,
        assignment,
        new byte[32],
        Actor.reporter(),
        at,
        null);
  }
}
