package nl.waakzaam.devstack;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Demonstration signals, one of each kind, and two that relate to them (the same van in one region,
 * the same phone number across a regional border), submitted through the public API on the first
 * run (and again if the database was wiped), so that a new user can try follow-up and linking at
 * once. Their receipt codes are kept next to the development database.
 */
public final class DemoSignals {

  private static final Map<String, String> BODIES = new LinkedHashMap<>();

  static {
    BODIES.put(
        "BARN_OFFER",
        """
        {"kind":"BARN_OFFER","sector":"AGRICULTURE",
         "location":{"postcode":"5712","municipality":"Someren"},
         "observedOn":"2026-11-02",
         "description":"Two men in a black van asked to rent the empty pig shed for storage.",
         "barnOffer":{"buildingType":"SHED","floorAreaSquareMetres":600,"offeredRentEuros":5000,
           "rentPeriod":"PER_MONTH","rentalTermMonths":12,"cashPayment":true,"paidUpfront":true,
           "statedPurpose":"Storage of garden furniture","requestedChanges":["EXTRA_POWER_SUPPLY","OWNER_MAY_NOT_ENTER"],
           "approach":"IN_PERSON","offerState":"REFUSED"},
         "vehicles":[{"licencePlate":"VXD-12-B","country":"NL","makeAndModel":"Mercedes Sprinter","colour":"black"}]}
        """);
    BODIES.put(
        "VESSEL",
        """
        {"kind":"VESSEL","sector":"MARITIME",
         "location":{"postcode":"4381","municipality":"Vlissingen"},
         "observedOn":"2026-11-10","observedTime":"03:10",
         "description":"The skipper paid the berth in cash and called from 06-23456789 to say he would come back.",
         "vessel":{"vesselName":"Zeemeeuw","vesselType":"SPEEDBOAT_OR_RIB","flag":"BE","mmsi":"205412345","berth":"Steiger C, plaats 14",
           "arrivedAt":"2026-11-09T22:40","departedAt":"2026-11-10T03:10","cashPayment":true,
           "warningSigns":["MOVES_AT_NIGHT","NO_LIGHTS","LARGE_CASH_PAYMENT"]}}
        """);
    BODIES.put(
        "GENERAL",
        """
        {"kind":"GENERAL","sector":"CAR_TRADE",
         "location":{"postcode":"3511 AB","municipality":"Utrecht"},
         "observedOn":"2026-11-20",
         "general":{"whatHappened":"A buyer wanted to pay 40,000 euros in cash for a car and asked not to register it in his name.",
           "suspicion":"MONEY_LAUNDERING","paymentMethod":"CASH","amountEuros":40000}}
        """);
    // Related to the barn offer in the same region: the same van, written another way.
    BODIES.put(
        "BARN_AGAIN",
        """
        {"kind":"BARN_OFFER","sector":"AGRICULTURE",
         "location":{"postcode":"5712","municipality":"Someren"},
         "observedOn":"2026-11-16",
         "description":"The black van again, plate VXD12B, now at the neighbours' barn; the driver offered cash.",
         "barnOffer":{"buildingType":"BARN","offeredRentEuros":3500,"rentPeriod":"PER_MONTH",
           "cashPayment":true,"approach":"IN_PERSON","offerState":"STILL_OPEN"}}
        """);
    // Across a regional border: Limburg's signal names the phone number of the vessel signal in
    // Zeeland-West-Brabant, which Limburg sees only as a match there (and may ask access for).
    BODIES.put(
        "GENERAL_LB",
        """
        {"kind":"GENERAL","sector":"HOSPITALITY",
         "location":{"postcode":"6211","municipality":"Maastricht"},
         "observedOn":"2026-11-25",
         "description":"A man who called from 06 2345 6789 asked to rent the hotel's boat shed for one night, cash.",
         "general":{"whatHappened":"Asked to rent the boat shed for one night and pay cash.",
           "suspicion":"DRUG_TRAFFICKING","paymentMethod":"CASH","amountEuros":2500}}
        """);
  }

  /** The demo signal that is forwarded to partners. */
  public static final String FORWARDED = "GENERAL_LB";

  private DemoSignals() {}

  /** The name → JSON body of each demonstration signal, in the order they are submitted. */
  public static Map<String, String> bodies() {
    return Collections.unmodifiableMap(BODIES);
  }

  /**
   * The kind → "reference receiptCode" of each demo signal, submitting those not yet known; a newly
   * submitted Limburg signal is forwarded to the demo partners with staff tokens from {@code
   * tokens}, when there are any: with an identity provider of its own the run command knows no
   * staff password, and the signal waits in Limburg's queue instead.
   */
  static Map<String, String> ensure(
      String baseUrl, Path store, Optional<UnaryOperator<String>> tokens) {
    Properties known = load(store);
    HttpClient http = HttpClient.newHttpClient();
    Map<String, String> result = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, String> demo : BODIES.entrySet()) {
      String entry = known.getProperty(demo.getKey());
      if (entry == null || !stillValid(http, baseUrl, entry.split(" ")[1])) {
        JsonObject receipt = post(http, baseUrl + "/api/v1/signals", demo.getValue(), 201);
        entry = receipt.getString("reference") + " " + receipt.getString("receiptCode");
        known.setProperty(demo.getKey(), entry);
        changed = true;
        if (demo.getKey().equals(FORWARDED)) {
          String reference = receipt.getString("reference");
          tokens.ifPresentOrElse(
              t -> DemoForwarding.forward(baseUrl, reference, t),
              () ->
                  System.out.println(
                      "Waakzaam: demo signal "
                          + reference
                          + " not forwarded: the identity provider is not the run command's own"
                          + " (WAAKZAAM_OIDC_ISSUER), so it knows no staff password."));
        }
      }
      result.put(demo.getKey(), entry);
    }
    if (changed) {
      save(store, known);
    }
    return result;
  }

  private static boolean stillValid(HttpClient http, String baseUrl, String receiptCode) {
    try {
      JsonObject session =
          post(
              http, baseUrl + "/api/v1/followup", "{\"receiptCode\":\"" + receiptCode + "\"}", 200);
      HttpRequest leave =
          HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/followup"))
              .header("Authorization", "FollowUp " + session.getString("token"))
              .DELETE()
              .build();
      http.send(leave, HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (IllegalStateException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static JsonObject post(HttpClient http, String url, String body, int expected) {
    return DemoHttp.json(
        http,
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        expected);
  }

  private static Properties load(Path store) {
    Properties p = new Properties();
    if (Files.exists(store)) {
      try (Reader in = Files.newBufferedReader(store)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return p;
  }

  private static void save(Path store, Properties p) {
    try (Writer out = Files.newBufferedWriter(store)) {
      p.store(
          out, "Demonstration signals of this development database: kind = reference receipt code");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
