package nl.waakzaam.shared.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads a request body as exactly one JSON value, and refuses, each with its own reason, what a
 * lenient parser would repair or choke on: bytes that are not UTF-8 (never replaced), nesting
 * deeper than {@value #MAX_DEPTH}, a number of more than {@value #MAX_NUMBER_LENGTH} characters or
 * beyond what a decimal holds, and anything after the value. Every refusal is a {@link
 * MalformedRequestException}, a 400: no input reaches a 500, which the fuzz test of this class
 * holds.
 */
public final class StrictJsonParser {

  /** Objects and arrays within each other: the deepest request record needs four. */
  public static final int MAX_DEPTH = 32;

  /** Characters of one number: an amount in euros with cents needs about fifteen. */
  public static final int MAX_NUMBER_LENGTH = 40;

  private static final Map<String, Object> CONFIG =
      Map.of(
          JsonConfig.KEY_STRATEGY,
          JsonConfig.KeyStrategy.NONE,
          "org.eclipse.parsson.rejectDuplicateKeys",
          true,
          // Ours is checked first, event by event; the parser's own limit is only a backstop.
          "org.eclipse.parsson.maxDepth",
          MAX_DEPTH * 4);

  private static final JsonParserFactory PARSERS = Json.createParserFactory(CONFIG);
  private static final JsonReaderFactory READERS = Json.createReaderFactory(CONFIG);

  private StrictJsonParser() {}

  /**
   * The one JSON value of {@code body}.
   *
   * @throws MalformedRequestException naming what is wrong
   * @throws BodyTooLargeException when the body is larger than its limit
   */
  public static JsonValue parse(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(bytes);
  }

  /** As {@link #parse(InputStream)}, for a body already read. */
  public static JsonValue parse(byte[] bytes) {
    String text = utf8(bytes);
    check(text);
    try (JsonReader reader = READERS.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonException
        | IllegalStateException
        | IllegalArgumentException
        | ArithmeticException e) {
      throw new MalformedRequestException(MalformedRequestException.Reason.NOT_JSON);
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedRequestException(MalformedRequestException.Reason.NOT_UTF8);
    }
  }

  /** Walks the value's events once: depth, number lengths, and nothing after the value. */
  private static void check(String text) {
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw new MalformedRequestException(MalformedRequestException.Reason.NOT_JSON);
      }
      int depth = 0;
      do {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              throw new MalformedRequestException(MalformedRequestException.Reason.TOO_DEEP);
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case VALUE_NUMBER -> {
            if (parser.getString().length() > MAX_NUMBER_LENGTH) {
              throw new MalformedRequestException(MalformedRequestException.Reason.NUMBER_TOO_LONG);
            }
            requireDecimal(parser);
          }
          default -> {}
        }
      } while (depth > 0);
      if (hasMore(parser)) {
        throw new MalformedRequestException(MalformedRequestException.Reason.TRAILING_CONTENT);
      }
    } catch (JsonException | IllegalStateException | ArithmeticException e) {
      throw new MalformedRequestException(MalformedRequestException.Reason.NOT_JSON);
    }
  }

  /** A short number can still be one no decimal holds: {@code 1e99999999999}. Found by fuzzing. */
  private static void requireDecimal(JsonParser parser) {
    try {
      parser.getBigDecimal();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new MalformedRequestException(MalformedRequestException.Reason.NUMBER_OUT_OF_RANGE);
    }
  }

  /**
   * Whether anything but white space follows the value (anything at all, even what is not JSON).
   */
  private static boolean hasMore(JsonParser parser) {
    try {
      return parser.hasNext();
    } catch (JsonException | IllegalStateException e) {
      return true;
    }
  }
}
