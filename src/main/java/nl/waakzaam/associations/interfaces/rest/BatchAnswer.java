package nl.waakzaam.associations.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.associations.application.AnswerComposer;
import nl.waakzaam.intake.application.StoredSignal;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.Violation;

/**
 * The answer to a batch, one result per item in the batch's order: {@code RECEIVED} with the
 * reference and the receipt code (for the member, shown this once), or {@code REFUSED} with the
 * problem the same signal would have had on its own. The refused items are kept (without anything
 * secret) for {@code GET /api/v1/batches/{id}}.
 */
final class BatchAnswer implements AnswerComposer {

  static final String RECEIVED = "RECEIVED";
  static final String REFUSED = "REFUSED";

  private final List<BatchEnvelope.Read> read;
  private final Locale locale;

  BatchAnswer(List<BatchEnvelope.Read> read, Locale locale) {
    this.read = read;
    this.locale = locale;
  }

  @Override
  public Answer compose(UUID batchId, List<Optional<StoredSignal>> stored) {
    Iterator<Optional<StoredSignal>> outcomes = stored.iterator();
    JsonArrayBuilder items = Json.createArrayBuilder();
    JsonArrayBuilder refused = Json.createArrayBuilder();
    int received = 0;
    int refusedCount = 0;
    for (BatchEnvelope.Read item : read) {
      Optional<StoredSignal> signal =
          item.item().isPresent() ? outcomes.next() : Optional.<StoredSignal>empty();
      if (signal.isPresent()) {
        items.add(received(item, signal.get()));
        received++;
      } else {
        List<Violation> why =
            item.item().isPresent()
                ? List.of(Violation.of("/signal/location", "location.region-undetermined"))
                : item.violations();
        JsonObject result = refused(item, why);
        items.add(result);
        refused.add(result);
        refusedCount++;
      }
    }
    JsonObject answer =
        Json.createObjectBuilder()
            .add("id", batchId.toString())
            .add("received", received)
            .add("refused", refusedCount)
            .add("items", items)
            .build();
    return new Answer(write(answer).getBytes(StandardCharsets.UTF_8), write(refused.build()));
  }

  private static JsonObject received(BatchEnvelope.Read item, StoredSignal signal) {
    JsonObjectBuilder result = start(item, RECEIVED);
    result
        .add("reference", signal.receipt().reference().value())
        .add("receiptCode", signal.receipt().receiptCode().value())
        .add("status", signal.receipt().status().name());
    return result.build();
  }

  private JsonObject refused(BatchEnvelope.Read item, List<Violation> why) {
    return start(item, REFUSED)
        .add("problem", Problem.of(422, "invalid-request", locale).violations(why).toJson())
        .build();
  }

  private static JsonObjectBuilder start(BatchEnvelope.Read item, String outcome) {
    JsonObjectBuilder result = Json.createObjectBuilder().add("index", item.index());
    item.memberReference().ifPresent(m -> result.add("memberReference", m));
    return result.add("outcome", outcome);
  }

  static String write(jakarta.json.JsonStructure json) {
    StringWriter out = new StringWriter();
    Json.createWriter(out).write(json);
    return out.toString();
  }

  /** Reads back what {@link #write} wrote. */
  static JsonArray readArray(String json) {
    try (var reader = Json.createReader(new java.io.StringReader(json))) {
      return reader.readArray();
    }
  }
}
