package nl.waakzaam.associations.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.waakzaam.associations.application.BatchItem;
import nl.waakzaam.intake.application.SubmissionMapper;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.RequestBinding;
import nl.waakzaam.shared.interfaces.rest.StrictJsonParser;
import nl.waakzaam.shared.interfaces.rest.Violation;

/**
 * Reads a batch: the envelope must be right as a whole (a JSON object with 1 to 500 {@code
 * signals}, nothing else), each item is then bound and validated on its own with the rules and
 * messages of a single signal. The answer lists, per item, the signal to store or what was wrong.
 */
final class BatchEnvelope {

  static final int MAX_ITEMS = 500;

  private static final String SIGNALS = "signals";

  /** One item read: the signal to store, or the violations that refuse it. */
  record Read(
      int index,
      Optional<String> memberReference,
      Optional<BatchItem> item,
      List<Violation> violations) {}

  private BatchEnvelope() {}

  /**
   * @throws nl.waakzaam.shared.interfaces.rest.MalformedRequestException (400) when the body is no
   *     JSON
   * @throws InvalidRequestException (422) when the envelope is wrong; nothing is claimed or stored
   */
  static List<Read> read(byte[] body, RequestBinding binding) {
    JsonValue json = StrictJsonParser.parse(body);
    if (!(json instanceof JsonObject object)) {
      throw new InvalidRequestException(Violation.of("", "json.expected-object"));
    }
    List<Violation> wrong = new ArrayList<>();
    object.keySet().stream()
        .filter(k -> !k.equals(SIGNALS))
        .sorted()
        .forEach(k -> wrong.add(Violation.of("/" + k, "json.unknown-field")));
    JsonValue signals = object.get(SIGNALS);
    if (!(signals instanceof JsonArray array)) {
      wrong.add(
          Violation.of(
              "/" + SIGNALS, signals == null ? "batch.signals.missing" : "json.expected-array"));
    } else if (array.isEmpty() || array.size() > MAX_ITEMS) {
      wrong.add(new Violation("/" + SIGNALS, "batch.signals.count", Map.of("max", MAX_ITEMS)));
    }
    if (!wrong.isEmpty()) {
      throw new InvalidRequestException(wrong);
    }
    JsonArray items = object.getJsonArray(SIGNALS);
    List<Read> read = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      read.add(item(i, items.get(i), binding));
    }
    return read;
  }

  private static Read item(int index, JsonValue json, RequestBinding binding) {
    Optional<String> memberReference = memberReference(json);
    if (!(json instanceof JsonObject object)) {
      return new Read(
          index,
          memberReference,
          Optional.empty(),
          List.of(Violation.of("", "json.expected-object")));
    }
    try {
      BatchItemRequest request = binding.bind(object, BatchItemRequest.class);
      BatchItem item =
          new BatchItem(
              index,
              Optional.ofNullable(request.memberReference()),
              SubmissionMapper.toContent(request.signal()));
      return new Read(index, item.memberReference(), Optional.of(item), List.of());
    } catch (InvalidRequestException e) {
      return new Read(index, memberReference, Optional.empty(), e.violations());
    }
  }

  /** The member reference of an item, as far as it can be read, to name a refused item by. */
  private static Optional<String> memberReference(JsonValue json) {
    if (json instanceof JsonObject object
        && object.get("memberReference") instanceof jakarta.json.JsonString s
        && s.getString().length() <= 100) {
      return Optional.of(s.getString());
    }
    return Optional.empty();
  }
}
