package nl.waakzaam.routing.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import nl.waakzaam.routing.domain.PackageContents;
import nl.waakzaam.signal.domain.Answer;

/**
 * A package as JSON, for the partner's systems and for the coordinator's preview: the stored
 * document is exactly what the partner reads. Absent parts are absent members; each answer has the
 * form's key, the question and the answer in Dutch.
 */
final class PackageJson {

  private final PackageLabels labels;

  PackageJson(PackageLabels labels) {
    this.labels = labels;
  }

  JsonObject of(PackageContents p) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    json.add(
        "recipient",
        Json.createObjectBuilder()
            .add("organisation", p.recipient().organisation())
            .add("name", p.recipient().name()));
    PackageContents.About about = p.about();
    JsonObjectBuilder signal =
        Json.createObjectBuilder()
            .add("reference", about.reference())
            .add("kind", about.kind().name())
            .add("sector", about.sector().name())
            .add("priority", about.priority().name())
            .add("receivedAt", about.receivedAt().toString());
    about.category().ifPresent(c -> signal.add("category", c.name()));
    json.add("signal", signal);
    PackageContents.Basis basis = p.basis();
    JsonObjectBuilder legal =
        Json.createObjectBuilder()
            .add("key", basis.key())
            .add("title", basis.title())
            .add("wording", basis.wording())
            .add("forwardedBy", basis.forwardedBy())
            .add("forwardedAt", basis.forwardedAt().toString());
    basis.note().ifPresent(n -> legal.add("note", n));
    json.add("legalBasis", legal);
    p.place()
        .ifPresent(
            place -> {
              JsonObjectBuilder b = Json.createObjectBuilder();
              place.municipality().ifPresent(v -> b.add("municipality", v));
              place.postcodeDigits().ifPresent(v -> b.add("postcodeDigits", v));
              json.add("place", b);
            });
    p.address()
        .ifPresent(
            address -> {
              JsonObjectBuilder b = Json.createObjectBuilder();
              address.postcode().ifPresent(v -> b.add("postcode", v));
              address.address().ifPresent(v -> b.add("address", v));
              json.add("address", b);
            });
    p.observedOn().ifPresent(d -> json.add("observedOn", d.toString()));
    p.observedTime().ifPresent(t -> json.add("observedTime", t.toString()));
    p.description().ifPresent(d -> json.add("description", d));
    if (!p.answers().isEmpty()) {
      json.add("answers", array(p.answers(), this::answer));
    }
    if (!p.persons().isEmpty()) {
      json.add(
          "persons",
          array(
              p.persons(),
              person -> {
                JsonObjectBuilder b = Json.createObjectBuilder();
                person.role().ifPresent(v -> b.add("role", v));
                person.name().ifPresent(v -> b.add("name", v));
                person.description().ifPresent(v -> b.add("description", v));
                person.phone().ifPresent(v -> b.add("phone", v));
                person.email().ifPresent(v -> b.add("email", v));
                return b;
              }));
    }
    if (!p.vehicles().isEmpty()) {
      json.add(
          "vehicles",
          array(
              p.vehicles(),
              v -> {
                JsonObjectBuilder b =
                    Json.createObjectBuilder().add("licencePlate", v.licencePlate());
                v.country().ifPresent(x -> b.add("country", x));
                v.makeAndModel().ifPresent(x -> b.add("makeAndModel", x));
                v.colour().ifPresent(x -> b.add("colour", x));
                return b;
              }));
    }
    if (!p.vessels().isEmpty()) {
      json.add(
          "vessels",
          array(
              p.vessels(),
              v -> {
                JsonObjectBuilder b = Json.createObjectBuilder();
                v.name().ifPresent(x -> b.add("name", x));
                v.registration().ifPresent(x -> b.add("registration", x));
                v.mmsi().ifPresent(x -> b.add("mmsi", x));
                return b;
              }));
    }
    if (!p.files().isEmpty()) {
      json.add(
          "files",
          array(
              p.files(),
              f ->
                  Json.createObjectBuilder()
                      .add("number", f.number())
                      .add("mediaType", f.mediaType())));
    }
    p.contact()
        .ifPresent(
            c -> {
              JsonObjectBuilder b = Json.createObjectBuilder().add("sharedWithConsent", true);
              c.name().ifPresent(v -> b.add("name", v));
              c.email().ifPresent(v -> b.add("email", v));
              c.phone().ifPresent(v -> b.add("phone", v));
              json.add("contact", b);
            });
    if (!p.withheld().isEmpty()) {
      json.add(
          "withheld",
          array(
              p.withheld().stream().sorted().toList(),
              part ->
                  Json.createObjectBuilder()
                      .add("part", part.name())
                      .add("text", labels.text("part." + part.name()))));
    }
    return json.build();
  }

  byte[] bytes(JsonObject json) {
    StringWriter out = new StringWriter();
    try (var writer = Json.createWriter(out)) {
      writer.write(json);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private JsonObjectBuilder answer(Answer a) {
    return Json.createObjectBuilder()
        .add("question", a.question())
        .add("label", labels.question(a))
        .add("value", labels.value(a));
  }

  private static <T> JsonArrayBuilder array(List<T> items, Function<T, JsonObjectBuilder> each) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    items.forEach(i -> array.add(each.apply(i)));
    return array;
  }
}
