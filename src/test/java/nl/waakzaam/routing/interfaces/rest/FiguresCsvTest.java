package nl.waakzaam.routing.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FiguresCsvTest {

  @Test
  void aFieldIsQuotedWhereRfc4180AsksAndNeverReadAsAFormula() {
    assertEquals("politie-limburg", FiguresCsv.field("politie-limburg"));
    assertEquals("\"Politie, eenheid Limburg\"", FiguresCsv.field("Politie, eenheid Limburg"));
    assertEquals("\"De \"\"Hoeve\"\"\"", FiguresCsv.field("De \"Hoeve\""));
    assertEquals("\"twee\nregels\"", FiguresCsv.field("twee\nregels"));
    assertEquals("'=HYPERLINK(1)", FiguresCsv.field("=HYPERLINK(1)"));
    assertEquals("\"'+1,2\"", FiguresCsv.field("+1,2"));
    assertEquals("", FiguresCsv.field(""));
  }
}
