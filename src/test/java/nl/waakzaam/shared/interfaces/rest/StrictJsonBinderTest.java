package nl.waakzaam.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StrictJsonBinderTest {

  enum Colour {
    RED,
    GREEN
  }

  record Inner(String name, Integer count) {}

  record Outer(
      String text,
      Boolean flag,
      Long big,
      BigDecimal amount,
      Colour colour,
      LocalDate day,
      List<Inner> inners,
      Set<Colour> colours) {}

  private final StrictJsonBinder binder = new StrictJsonBinder();

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private Map<String, String> violations(String text) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> binder.bind(json(text), Outer.class));
    return e.violations().stream()
        .collect(Collectors.toMap(Violation::field, Violation::messageKey));
  }

  @Test
  void aValidDocumentIsBoundWithTrimmedTextAndTypedValues() {
    Outer o =
        binder.bind(
            json(
                "{\"text\":\"  hello \",\"flag\":true,\"big\":12,\"amount\":12.50,\"colour\":\"RED\","
                    + "\"day\":\"2026-11-30\",\"inners\":[{\"name\":\"a\",\"count\":2}],\"colours\":[\"GREEN\"]}"),
            Outer.class);

    assertEquals("hello", o.text());
    assertTrue(o.flag());
    assertEquals(12L, o.big());
    assertEquals(new BigDecimal("12.50"), o.amount());
    assertEquals(Colour.RED, o.colour());
    assertEquals(LocalDate.of(2026, 11, 30), o.day());
    assertEquals(List.of(new Inner("a", 2)), o.inners());
    assertEquals(Set.of(Colour.GREEN), o.colours());
  }

  @Test
  void blankTextAndMissingFieldsAreAbsent() {
    Outer o = binder.bind(json("{\"text\":\"   \"}"), Outer.class);

    assertNull(o.text());
    assertNull(o.inners());
  }

  @Test
  void everyViolationIsReportedAtItsPointer() {
    Map<String, String> v =
        violations(
            "{\"text\":1,\"flag\":\"yes\",\"big\":1.5,\"amount\":\"1\",\"colour\":\"BLUE\",\"day\":\"30-11-2026\","
                + "\"inners\":[{\"name\":\"a\",\"extra\":true},null],\"colours\":\"RED\",\"a/b~c\":0}");

    assertEquals("json.expected-string", v.get("/text"));
    assertEquals("json.expected-boolean", v.get("/flag"));
    assertEquals("json.expected-integer", v.get("/big"));
    assertEquals("json.expected-number", v.get("/amount"));
    assertEquals("json.unknown-choice", v.get("/colour"));
    assertEquals("json.expected-date", v.get("/day"));
    assertEquals("json.unknown-field", v.get("/inners/0/extra"));
    assertEquals("json.null-element", v.get("/inners/1"));
    assertEquals("json.expected-array", v.get("/colours"));
    assertEquals("json.unknown-field", v.get("/a~1b~0c"), "keys are escaped as RFC 6901 says");
  }

  @Test
  void hugeNumbersAreRefusedWithoutExpandingThem() {
    assertEquals("json.number-too-large", violations("{\"big\":1e999999999}").get("/big"));
  }

  @Test
  void anIntegerOverflowIsNamed() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> binder.bind(json("{\"inners\":[{\"count\":3000000000}]}"), Outer.class));
    assertEquals("/inners/0/count", e.violations().get(0).field());
  }

  @Test
  void plainTextAllowsLineBreaksAndTabsButNoOtherControlOrDirectionCharacters() {
    assertTrue(StrictJsonBinder.isPlainText("line one\nline two\r\n\tindented, café, 😀"));
    assertFalse(StrictJsonBinder.isPlainText("nul\u0000"));
    assertFalse(StrictJsonBinder.isPlainText("bell\u0007"));
    assertFalse(StrictJsonBinder.isPlainText("c1\u0085"));
    assertFalse(StrictJsonBinder.isPlainText("override\u202E"));
    assertFalse(StrictJsonBinder.isPlainText("isolate\u2066"));
    assertFalse(StrictJsonBinder.isPlainText("half\uD83D"));
    assertFalse(StrictJsonBinder.isPlainText("\uDE00half"));
  }
}
