package nl.waakzaam.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each way a body can be wrong has its own reason, and none of them is repaired. */
class StrictJsonParserTest {

  @Test
  void oneValueIsRead() {
    JsonObject value =
        (JsonObject) StrictJsonParser.parse(bytes("  {\"kind\":\"GENERAL\",\"n\":[1,2.5]}\n"));
    assertEquals("GENERAL", value.getString("kind"));
  }

  @Test
  void whatIsWrongIsNamed() {
    assertReason(MalformedRequestException.Reason.NOT_JSON, bytes(""));
    assertReason(MalformedRequestException.Reason.NOT_JSON, bytes("{\"a\":"));
    assertReason(MalformedRequestException.Reason.NOT_JSON, bytes("{\"a\":1,\"a\":2}"));
    assertReason(
        MalformedRequestException.Reason.TOO_DEEP,
        bytes(
            "[".repeat(StrictJsonParser.MAX_DEPTH + 1)
                + "]".repeat(StrictJsonParser.MAX_DEPTH + 1)));
    assertReason(
        MalformedRequestException.Reason.NUMBER_TOO_LONG,
        bytes("{\"a\":1" + "0".repeat(StrictJsonParser.MAX_NUMBER_LENGTH) + "}"));
    assertReason(
        MalformedRequestException.Reason.NUMBER_OUT_OF_RANGE,
        bytes("{\"m\":10000000e000000000000000001000000000001}"));
    assertReason(MalformedRequestException.Reason.TRAILING_CONTENT, bytes("{} {}"));
    assertReason(MalformedRequestException.Reason.TRAILING_CONTENT, bytes("{}x"));
    assertReason(
        MalformedRequestException.Reason.NOT_UTF8,
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
  }

  @Test
  void theLimitsThemselvesAreAllowed() {
    StrictJsonParser.parse(
        bytes("[".repeat(StrictJsonParser.MAX_DEPTH) + "]".repeat(StrictJsonParser.MAX_DEPTH)));
    StrictJsonParser.parse(bytes("[1" + "0".repeat(StrictJsonParser.MAX_NUMBER_LENGTH - 1) + "]"));
  }

  private static void assertReason(MalformedRequestException.Reason reason, byte[] body) {
    assertEquals(
        reason,
        assertThrows(MalformedRequestException.class, () -> StrictJsonParser.parse(body)).reason(),
        new String(body, StandardCharsets.ISO_8859_1));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
