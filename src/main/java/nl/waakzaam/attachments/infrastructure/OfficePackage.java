package nl.waakzaam.attachments.infrastructure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.waakzaam.attachments.domain.Refusal;

/**
 * The parts of an Office package (OOXML or ODF) by name, and what holds them together: the
 * relationships ({@code *.rels}), the content types and the ODF manifest. Dropping a part drops
 * every reference to it, so the package stays whole; a relationship to something outside the
 * package, which an Office program would fetch on opening, is refused or defused here.
 */
final class OfficePackage {

  private static final Pattern RELATIONSHIP =
      Pattern.compile("<Relationship\\b[^>]*?/>", Pattern.DOTALL);
  private static final Pattern OVERRIDE = Pattern.compile("<Override\\b[^>]*?/>", Pattern.DOTALL);
  private static final Pattern MANIFEST_ENTRY =
      Pattern.compile("<manifest:file-entry\\b[^>]*?/>", Pattern.DOTALL);

  /** Relationship types that point outside the package without being fetched on opening. */
  private static final Set<String> HARMLESS_EXTERNAL = Set.of("hyperlink");

  /** External relationships that only style the document: dropped, not refused. */
  private static final Set<String> DEFUSED_EXTERNAL = Set.of("attachedTemplate");

  private final Map<String, byte[]> parts;

  OfficePackage(Map<String, byte[]> parts) {
    this.parts = new LinkedHashMap<>(parts);
  }

  Map<String, byte[]> parts() {
    return parts;
  }

  /**
   * Refuses a relationship that would fetch something from outside when the file is opened (a
   * remote image, frame, linked object or data source); drops external templates; keeps hyperlinks,
   * which are followed only when clicked.
   */
  void defuseExternalRelationships() throws RefusedException {
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (!part.getKey().endsWith(".rels")) {
        continue;
      }
      String xml = OfficeXml.text(part.getValue());
      StringBuilder kept = new StringBuilder();
      Matcher m = RELATIONSHIP.matcher(xml);
      while (m.find()) {
        String relationship = m.group();
        boolean external = "External".equals(OfficeXml.attribute(relationship, "TargetMode"));
        String type = typeName(OfficeXml.attribute(relationship, "Type"));
        String replacement = relationship;
        if (external && DEFUSED_EXTERNAL.contains(type)) {
          replacement = "";
        } else if (external && !HARMLESS_EXTERNAL.contains(type)) {
          throw new RefusedException(Refusal.EXTERNAL_CONTENT);
        }
        m.appendReplacement(kept, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(kept);
      part.setValue(OfficeXml.bytes(kept.toString()));
    }
  }

  /** Drops the parts {@code dropped} names, with every relationship, override and entry to them. */
  void drop(Predicate<String> dropped) {
    Set<String> gone =
        parts.keySet().stream().filter(dropped).collect(Collectors.toUnmodifiableSet());
    if (gone.isEmpty()) {
      return;
    }
    gone.forEach(parts::remove);
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      String name = part.getKey();
      if (name.endsWith(".rels")) {
        String base = relsBase(name);
        part.setValue(
            without(
                part.getValue(),
                RELATIONSHIP,
                r ->
                    isExternal(r)
                        ? false
                        : gone.contains(resolve(base, OfficeXml.attribute(r, "Target")))));
      } else if (name.equals("[Content_Types].xml")) {
        part.setValue(
            without(
                part.getValue(),
                OVERRIDE,
                o -> gone.contains(stripSlash(OfficeXml.attribute(o, "PartName")))));
      } else if (name.equals("META-INF/manifest.xml")) {
        part.setValue(
            without(
                part.getValue(),
                MANIFEST_ENTRY,
                e -> {
                  String path = OfficeXml.attribute(e, "manifest:full-path");
                  return gone.contains(path)
                      || gone.stream().anyMatch(g -> g.startsWith(path) && path.endsWith("/"));
                }));
      }
    }
  }

  private static boolean isExternal(String relationship) {
    return "External".equals(OfficeXml.attribute(relationship, "TargetMode"));
  }

  private static byte[] without(byte[] xml, Pattern element, Predicate<String> remove) {
    String text = OfficeXml.text(xml);
    StringBuilder kept = new StringBuilder();
    Matcher m = element.matcher(text);
    while (m.find()) {
      m.appendReplacement(kept, Matcher.quoteReplacement(remove.test(m.group()) ? "" : m.group()));
    }
    m.appendTail(kept);
    return OfficeXml.bytes(kept.toString());
  }

  /** {@code attachedTemplate} for {@code http://…/relationships/attachedTemplate}. */
  private static String typeName(String type) {
    return type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
  }

  /**
   * The folder a {@code .rels} part's targets are relative to: {@code word/} for {@code
   * word/_rels/document.xml.rels}.
   */
  static String relsBase(String relsName) {
    int rels = relsName.lastIndexOf("_rels/");
    return rels < 0 ? "" : relsName.substring(0, rels);
  }

  /** The part name a relationship's target means, from the folder of its source. */
  static String resolve(String base, String target) {
    if (target == null) {
      return "";
    }
    String path = target.startsWith("/") ? target.substring(1) : base + target;
    java.util.Deque<String> segments = new java.util.ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        segments.pollLast();
      } else {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }

  private static String stripSlash(String name) {
    return name == null ? "" : name.startsWith("/") ? name.substring(1) : name;
  }

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
