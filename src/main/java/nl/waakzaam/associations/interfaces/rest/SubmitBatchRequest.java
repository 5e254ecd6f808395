package nl.waakzaam.associations.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/batches}, as the OpenAPI document describes it. The body is read
 * item by item ({@link BatchEnvelope}), so that one wrong item refuses that item, not the batch.
 */
@Schema(name = "SubmitBatchRequest")
public record SubmitBatchRequest(
    @Schema(
            required = true,
            type = SchemaType.ARRAY,
            implementation = BatchItemRequest.class,
            minItems = 1,
            maxItems = BatchEnvelope.MAX_ITEMS,
            description = "1 to 500 signals, each validated on its own.")
        List<BatchItemRequest> signals) {}
