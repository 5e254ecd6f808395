package nl.waakzaam.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Valid signal bodies of each kind, for tests to send as they are or to spoil one field of. */
public final class Signals {

  private Signals() {}

  public static JsonObjectBuilder general() {
    return Json.createObjectBuilder()
        .add("kind", "GENERAL")
        .add("sector", "CAR_TRADE")
        .add(
            "location",
            Json.createObjectBuilder().add("postcode", "3511 AB").add("municipality", "Utrecht"))
        .add("observedOn", "2026-11-20")
        .add("description", "A buyer wanted to pay in cash and not register the car in his name.")
        .add(
            "general",
            Json.createObjectBuilder()
                .add("whatHappened", "Offered 40,000 euros in cash for a car")
                .add("suspicion", "MONEY_LAUNDERING")
                .add("counterpartyName", "J. de Vries")
                .add("counterpartyKvkNumber", "1234 5678")
                .add("paymentMethod", "CASH")
                .add("amountEuros", 40000));
  }

  public static JsonObjectBuilder barnOffer() {
    return Json.createObjectBuilder()
        .add("kind", "BARN_OFFER")
        .add("sector", "AGRICULTURE")
        .add(
            "location",
            Json.createObjectBuilder().add("postcode", "5712").add("municipality", "Someren"))
        .add("observedOn", "2026-11-02")
        .add(
            "barnOffer",
            Json.createObjectBuilder()
                .add("buildingType", "SHED")
                .add("floorAreaSquareMetres", 600)
                .add("offeredRentEuros", 5000)
                .add("rentPeriod", "PER_MONTH")
                .add("rentalTermMonths", 12)
                .add("cashPayment", true)
                .add("paidUpfront", true)
                .add("statedPurpose", "Storage of garden furniture")
                .add(
                    "requestedChanges",
                    Json.createArrayBuilder().add("EXTRA_POWER_SUPPLY").add("OWNER_MAY_NOT_ENTER"))
                .add("approach", "IN_PERSON")
                .add("offerState", "REFUSED"))
        .add(
            "persons",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("role", "the man who did the talking")
                        .add("description", "about 40, Flemish accent")))
        .add(
            "vehicles",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("licencePlate", "vxd-12-b")
                        .add("country", "NL")
                        .add("makeAndModel", "Mercedes Sprinter")));
  }

  public static JsonObjectBuilder vessel() {
    return Json.createObjectBuilder()
        .add("kind", "VESSEL")
        .add("sector", "MARITIME")
        .add("location", Json.createObjectBuilder().add("postcode", "4381"))
        .add("observedOn", "2026-11-10")
        .add("observedTime", "03:10")
        .add(
            "vessel",
            Json.createObjectBuilder()
                .add("vesselName", "Zeemeeuw")
                .add("vesselType", "SPEEDBOAT_OR_RIB")
                .add("flag", "NL")
                .add("mmsi", "244123456")
                .add("berth", "Steiger C, plaats 14")
                .add("arrivedAt", "2026-11-09T22:40")
                .add("departedAt", "2026-11-10T03:10")
                .add("cashPayment", true)
                .add(
                    "warningSigns",
                    Json.createArrayBuilder().add("MOVES_AT_NIGHT").add("NO_LIGHTS")))
        .add(
            "vessels",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder().add("name", "Stormvogel").add("mmsi", "211987654")));
  }

  /** {@code base} with {@code field} of its section {@code section} replaced. */
  public static JsonObject with(
      JsonObjectBuilder base, String section, String field, jakarta.json.JsonValue value) {
    JsonObject signal = base.build();
    JsonObjectBuilder part =
        Json.createObjectBuilder(signal.getJsonObject(section)).add(field, value);
    return Json.createObjectBuilder(signal).add(section, part).build();
  }
}
