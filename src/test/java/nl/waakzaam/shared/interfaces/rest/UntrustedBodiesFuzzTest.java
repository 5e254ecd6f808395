package nl.waakzaam.shared.interfaces.rest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.waakzaam.intake.application.SubmitSignalRequest;
import nl.waakzaam.shared.interfaces.multipart.MalformedMultipartException;
import nl.waakzaam.shared.interfaces.multipart.MultipartForm;

/**
 * Coverage-guided fuzzing of what reads bodies from anyone on the internet: the strict JSON parser
 * with the binder of the signal request, and the streamed multipart reader. Whatever the bytes, the
 * only way out is a value or the reader's own refusal; any other exception fails the test (and
 * would be a 500). In CI the tests run in regression mode over the committed seeds ({@code
 * UntrustedBodiesFuzzTestInputs}); {@code JAZZER_FUZZ=1 mvn test -Dtest=UntrustedBodiesFuzzTest}
 * fuzzes for real.
 */
class UntrustedBodiesFuzzTest {

  private static final StrictJsonBinder BINDER = new StrictJsonBinder();

  @FuzzTest(maxDuration = "20m", maxExecutions = 10_000_000)
  void aJsonBodyIsBoundOrRefused(byte[] body) {
    JsonValue value;
    try {
      value = StrictJsonParser.parse(body);
    } catch (MalformedRequestException refused) {
      return;
    }
    if (value instanceof JsonObject object) {
      try {
        BINDER.bind(object, SubmitSignalRequest.class);
      } catch (InvalidRequestException refused) {
        // The binder's own refusal: a 422 with the fields named.
      }
    }
  }

  @FuzzTest(maxDuration = "20m", maxExecutions = 10_000_000)
  void aMultipartBodyIsReadOrRefused(byte[] body) throws IOException {
    String type = "multipart/form-data; boundary=xYzZy";
    try {
      MultipartForm.read(
          type,
          body.length,
          new ByteArrayInputStream(body),
          (fields, file) -> {
            try (InputStream content = file.content()) {
              return content.readAllBytes().length;
            }
          });
    } catch (MalformedMultipartException refused) {
      // The reader's own refusal: a 400.
    }
  }
}
