package nl.waakzaam.attachments.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waakzaam.attachments.domain.Refusal;

/**
 * What is removed from the XML parts of an Office package, and what makes one refused. Only names,
 * identifiers, dates and paths go: every word of the content stays. Working on the text keeps the
 * parts exactly as they were otherwise, which a rewrite through a DOM would not.
 */
final class OfficeXml {

  /** Who wrote a comment or change, in any part and under any prefix (w:, w15:, p188: …). */
  private static final Pattern PERSON_ATTRIBUTES =
      Pattern.compile("(\\s(?:[\\w-]+:)?(?:author|initials|userId|providerId))=\"[^\"]*\"");

  /** When a change or comment was made: optional attributes, removed whole. */
  private static final Pattern DATE_ATTRIBUTES =
      Pattern.compile("\\s(?:w|w15|w16cid|w16du|w16cex):date(?:Utc)?=\"[^\"]*\"");

  /** Revision session ids: they tie a document to the editing sessions it came from. */
  private static final Pattern RSID_ATTRIBUTES = Pattern.compile("\\sw:rsid\\w*=\"[^\"]*\"");

  private static final Pattern RSID_TABLE =
      Pattern.compile("<w:rsids>.*?</w:rsids>", Pattern.DOTALL);

  /** The folder the file was saved in ({@code C:\Users\<name>\…}). */
  private static final Pattern ABSOLUTE_PATH =
      Pattern.compile("(<x15ac:absPath\\b[^>]*?\\burl=\")[^\"]*\"");

  /** The template the document was made from, whose relationship is dropped. */
  private static final Pattern ATTACHED_TEMPLATE = Pattern.compile("<w:attachedTemplate\\b[^>]*/>");

  /** Display names of the people of comments (xl/persons, ppt/authors, ppt/commentAuthors). */
  private static final Pattern NAME_ATTRIBUTES =
      Pattern.compile("(\\s(?:displayName|name))=\"[^\"]*\"");

  private static final Pattern EXCEL_AUTHORS = Pattern.compile("<author>[^<]*</author>");

  private static final Pattern ODF_CREATORS =
      Pattern.compile("<(dc:creator|meta:creator-initials)>[^<]*</\\1>");

  private static final Pattern ODF_DATES = Pattern.compile("<dc:date>[^<]*</dc:date>");

  /** The printer an ODF file was last printed on: often named after its owner or office. */
  private static final Pattern ODF_PRINTER =
      Pattern.compile(
          "(<config:config-item config:name=\"Printer(?:Name|Setup)\"[^>]*>)[^<]*(</config:config-item>)");

  /** Field codes that fetch or run something when the document is opened or updated. */
  private static final Pattern FETCHING_FIELD =
      Pattern.compile(
          "\\b(INCLUDEPICTURE|INCLUDETEXT|DDEAUTO|DDE|LINK|IMPORT)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern INSTRUCTION_TEXT =
      Pattern.compile("<w:instrText\\b[^>]*>([^<]*)</w:instrText>");

  private static final Pattern INSTRUCTION_ATTRIBUTE = Pattern.compile("\\sw:instr=\"([^\"]*)\"");

  /** ODF elements that load what an attribute names when the document opens. */
  private static final Pattern ODF_REMOTE =
      Pattern.compile(
          "<(?:draw:image|draw:object|draw:object-ole|draw:plugin|draw:floating-frame"
              + "|text:section-source|table:table-source)\\b[^>]*\\bxlink:href=\"(?:[a-zA-Z][\\w+.-]*:|//)",
          Pattern.DOTALL);

  private static final Pattern ODF_DDE =
      Pattern.compile("<(?:office:dde-source|text:dde-connection-decl|table:dde-link)\\b");

  private OfficeXml() {}

  /** An OOXML part without its people, dates, revision ids, paths and template. */
  static byte[] cleanOoxml(String name, byte[] part) throws RefusedException {
    String xml = text(part);
    String lower = OfficePackage.lower(name);
    if (lower.startsWith("word/")) {
      refuseFetchingFields(xml);
    }
    xml = replace(xml, PERSON_ATTRIBUTES, "$1=\"\"");
    xml = replace(xml, DATE_ATTRIBUTES, "");
    xml = replace(xml, RSID_ATTRIBUTES, "");
    xml = replace(xml, RSID_TABLE, "");
    xml = replace(xml, ABSOLUTE_PATH, "$1\"");
    if (lower.equals("word/settings.xml")) {
      xml = replace(xml, ATTACHED_TEMPLATE, "");
    }
    if (lower.startsWith("xl/persons/")
        || lower.equals("ppt/commentauthors.xml")
        || lower.equals("ppt/authors.xml")
        || lower.equals("word/people.xml")) {
      xml = replace(xml, NAME_ATTRIBUTES, "$1=\"\"");
    }
    if (lower.startsWith("xl/comments")) {
      xml = replace(xml, EXCEL_AUTHORS, "<author></author>");
    }
    return bytes(xml);
  }

  /** An ODF part without creators, dates and printer, refused when it loads from elsewhere. */
  static byte[] cleanOdf(byte[] part) throws RefusedException {
    String xml = text(part);
    if (ODF_REMOTE.matcher(xml).find() || ODF_DDE.matcher(xml).find()) {
      throw new RefusedException(Refusal.EXTERNAL_CONTENT);
    }
    xml = replace(xml, ODF_CREATORS, "<$1></$1>");
    xml = replace(xml, ODF_DATES, "");
    xml = replace(xml, ODF_PRINTER, "$1$2");
    return bytes(xml);
  }

  private static void refuseFetchingFields(String xml) throws RefusedException {
    StringBuilder instructions = new StringBuilder();
    Matcher text = INSTRUCTION_TEXT.matcher(xml);
    while (text.find()) {
      instructions.append(text.group(1));
    }
    Matcher attribute = INSTRUCTION_ATTRIBUTE.matcher(xml);
    while (attribute.find()) {
      instructions.append(' ').append(attribute.group(1));
    }
    if (FETCHING_FIELD.matcher(instructions).find()) {
      throw new RefusedException(Refusal.EXTERNAL_CONTENT);
    }
  }

  /** The value of {@code name} in one element's text, or {@code null}. */
  static String attribute(String element, String name) {
    Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(element);
    return m.find() ? m.group(1) : null;
  }

  static String text(byte[] xml) {
    return new String(xml, StandardCharsets.UTF_8);
  }

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String replace(String xml, Pattern pattern, String replacement) {
    return pattern.matcher(xml).replaceAll(replacement);
  }
}
