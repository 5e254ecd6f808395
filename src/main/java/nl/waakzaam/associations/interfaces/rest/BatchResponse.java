package nl.waakzaam.associations.interfaces.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import nl.waakzaam.associations.application.AssociationSignals;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch as its association reads it later: no receipt code, the signals as they stand now. */
@Schema(name = "Batch")
public record BatchResponse(
    String id,
    Instant receivedAt,
    @Schema(enumeration = {"RUNNING", "DONE"}) String state,
    int itemCount,
    List<Item> signals,
    List<RefusedItem> refused) {

  /** A signal of the batch. */
  @Schema(name = "BatchSignal")
  public record Item(int index, String memberReference, String reference, String status) {}

  /** An item refused when the batch came in, and why. */
  @Schema(name = "BatchRefusedItem")
  public record RefusedItem(int index, String memberReference, List<FieldViolation> violations) {}

  /** One thing wrong with one field, in the language of the batch's request. */
  @Schema(name = "BatchFieldViolation")
  public record FieldViolation(String field, String message) {}

  static BatchResponse of(AssociationSignals.BatchView view) {
    List<Item> signals =
        view.signals().stream()
            .map(
                s ->
                    new Item(
                        s.itemIndex(),
                        s.memberReference().orElse(null),
                        s.reference().value(),
                        s.status().name()))
            .toList();
    List<RefusedItem> refused =
        view.refusedItems().map(BatchAnswer::readArray).stream()
            .flatMap(List::stream)
            .map(JsonValue::asJsonObject)
            .map(BatchResponse::refused)
            .toList();
    return new BatchResponse(
        view.id().toString(),
        view.receivedAt(),
        view.state().name(),
        view.itemCount(),
        signals,
        refused);
  }

  private static RefusedItem refused(JsonObject item) {
    List<FieldViolation> violations =
        item.getJsonObject("problem").getJsonArray("violations").stream()
            .map(JsonValue::asJsonObject)
            .map(v -> new FieldViolation(v.getString("field"), v.getString("message")))
            .toList();
    return new RefusedItem(
        item.getInt("index"), item.getString("memberReference", null), violations);
  }
}
