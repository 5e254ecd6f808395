package nl.waakzaam.routing.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.routing.domain.PackageContents;
import nl.waakzaam.signal.domain.Answer;
import nl.waakzaam.signal.domain.ContentPart;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A package as the PDF a partner's staff read and file: A4, the platform's headings, the answers
 * under the form's questions, in Liberation Sans embedded as a subset. The document carries no
 * author or producer but the platform, and no creation time but the forwarding's, so that it says
 * nothing its JSON does not.
 */
final class PackagePdf {

  private static final float MARGIN = 56;
  private static final float SIZE = 10;
  private static final float HEADING = 12.5f;
  private static final float LEADING = 1.35f;

  private final PackageLabels labels;

  PackagePdf(PackageLabels labels) {
    this.labels = labels;
  }

  byte[] of(PackageContents p) {
    try (PDDocument document = new PDDocument()) {
      Writer w =
          new Writer(
              document,
              font(document, "liberation/LiberationSans-Regular.ttf"),
              font(document, "liberation/LiberationSans-Bold.ttf"));
      PackageContents.About about = p.about();
      w.title(labels.text("title", about.reference(), p.recipient().name()));
      w.paragraph(labels.text("intro"));

      w.heading(labels.text("heading.about"));
      w.field(labels.text("label.reference"), about.reference());
      w.field(labels.text("label.kind"), labels.text("kind." + about.kind().name()));
      w.field(labels.text("label.sector"), labels.choice(about.sector()));
      about
          .category()
          .ifPresent(
              c -> w.field(labels.text("label.category"), labels.text("category." + c.name())));
      w.field(labels.text("label.priority"), labels.text("priority." + about.priority().name()));
      w.field(labels.text("label.receivedAt"), PackageLabels.moment(about.receivedAt()));

      PackageContents.Basis basis = p.basis();
      w.heading(labels.text("heading.basis"));
      w.field(labels.text("label.basis"), basis.title());
      w.field(labels.text("label.wording"), basis.wording());
      w.field(labels.text("label.forwardedBy"), basis.forwardedBy());
      w.field(labels.text("label.forwardedAt"), PackageLabels.moment(basis.forwardedAt()));
      basis.note().ifPresent(n -> w.field(labels.text("label.note"), n));

      if (p.place().isPresent() || p.address().isPresent()) {
        w.heading(labels.text("heading.place"));
        p.place()
            .ifPresent(
                place -> {
                  w.field(labels.text("label.municipality"), place.municipality());
                  w.field(labels.text("label.postcodeDigits"), place.postcodeDigits());
                });
        p.address()
            .ifPresent(
                address -> {
                  w.field(labels.text("label.postcode"), address.postcode());
                  w.field(labels.text("label.address"), address.address());
                });
      }
      if (p.observedOn().isPresent()) {
        w.heading(labels.text("heading.observed"));
        w.field(labels.text("label.observedOn"), p.observedOn().map(PackageLabels::date));
        w.field(labels.text("label.observedTime"), p.observedTime().map(PackageLabels::time));
      }
      p.description()
          .ifPresent(
              d -> {
                w.heading(labels.text("heading.description"));
                w.paragraph(d);
              });
      if (!p.answers().isEmpty()) {
        w.heading(labels.text("heading.answers"));
        for (Answer a : p.answers()) {
          w.field(labels.question(a), labels.value(a));
        }
      }
      if (!p.persons().isEmpty()) {
        w.heading(labels.text("heading.persons"));
        for (PackageContents.Person person : p.persons()) {
          w.field(labels.text("label.role"), person.role());
          w.field(labels.text("label.name"), person.name());
          w.field(labels.text("label.description"), person.description());
          w.field(labels.text("label.phone"), person.phone());
          w.field(labels.text("label.email"), person.email());
          w.gap();
        }
      }
      if (!p.vehicles().isEmpty()) {
        w.heading(labels.text("heading.vehicles"));
        for (PackageContents.Vehicle v : p.vehicles()) {
          w.field(labels.text("label.licencePlate"), v.licencePlate());
          w.field(labels.text("label.country"), v.country());
          w.field(labels.text("label.makeAndModel"), v.makeAndModel());
          w.field(labels.text("label.colour"), v.colour());
          w.gap();
        }
      }
      if (!p.vessels().isEmpty()) {
        w.heading(labels.text("heading.vessels"));
        for (PackageContents.Vessel v : p.vessels()) {
          w.field(labels.text("label.name"), v.name());
          w.field(labels.text("label.registration"), v.registration());
          w.field(labels.text("label.mmsi"), v.mmsi());
          w.gap();
        }
      }
      if (!p.files().isEmpty()) {
        w.heading(labels.text("heading.files"));
        for (PackageContents.FileCopy f : p.files()) {
          w.field(labels.text("label.file", f.number()), f.mediaType());
        }
      }
      p.contact()
          .ifPresent(
              c -> {
                w.heading(labels.text("heading.contact"));
                w.paragraph(labels.text("contact.consent"));
                w.field(labels.text("label.name"), c.name());
                w.field(labels.text("label.email"), c.email());
                w.field(labels.text("label.phone"), c.phone());
              });
      if (!p.withheld().isEmpty()) {
        w.heading(labels.text("heading.withheld"));
        for (ContentPart part : p.withheld().stream().sorted().toList()) {
          w.paragraph("– " + labels.text("part." + part.name()));
        }
      }
      if (w.replaced) {
        w.gap();
        w.paragraph(labels.text("missing-glyphs"));
      }
      w.close();

      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(labels.text("title", about.reference(), p.recipient().name()));
      info.setAuthor("Platform Veilig Ondernemen (Waakzaam)");
      info.setProducer("Waakzaam");
      info.setCreator("Waakzaam");
      java.util.Calendar at = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
      at.setTimeInMillis(basis.forwardedAt().toEpochMilli());
      info.setCreationDate(at);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDType0Font font(PDDocument document, String resource) throws IOException {
    try (InputStream in = PackagePdf.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is not on the class path");
      }
      return PDType0Font.load(document, in, true);
    }
  }

  /** Lays out lines top to bottom, page after page. */
  private static final class Writer {
    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream page;
    private float y;
    boolean replaced;

    Writer(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
      newPage();
    }

    void title(String text) {
      lines(bold, 16, text);
      gap();
    }

    void heading(String text) {
      gap();
      lines(bold, HEADING, text);
    }

    void paragraph(String text) {
      for (String line : text.split("\\R", -1)) {
        lines(regular, SIZE, line);
      }
    }

    void field(String label, Optional<String> value) {
      value.ifPresent(v -> field(label, v));
    }

    void field(String label, String value) {
      lines(bold, SIZE, label);
      paragraph(value);
    }

    void gap() {
      y -= SIZE * LEADING / 2;
    }

    private void lines(PDType0Font font, float size, String text) {
      String shown = shown(font, text);
      for (String line : wrap(font, size, shown)) {
        if (y < MARGIN + size * LEADING) {
          newPage();
        }
        y -= size * LEADING;
        try {
          page.beginText();
          page.setFont(font, size);
          page.newLineAtOffset(MARGIN, y);
          page.showText(line);
          page.endText();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /** The text with every character the font has no glyph for (an emoji, a CJK sign) as "?". */
    private String shown(PDType0Font font, String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints()
          .forEach(
              c -> {
                String one = new String(Character.toChars(c));
                if (Character.isISOControl(c)) {
                  out.append(' ');
                  return;
                }
                try {
                  font.encode(one);
                  out.append(one);
                } catch (IllegalArgumentException | IOException e) {
                  replaced = true;
                  out.append('?');
                }
              });
      return out.toString();
    }

    private List<String> wrap(PDType0Font font, float size, String text) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ", -1)) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (line.isEmpty() || width(font, size, candidate) <= width) {
          line.setLength(0);
          line.append(candidate);
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
        // A word wider than the page (a long address or token) is cut where it must be.
        while (line.length() > 1 && width(font, size, line.toString()) > width) {
          int cut = line.length() - 1;
          while (cut > 1 && width(font, size, line.substring(0, cut)) > width) {
            cut--;
          }
          lines.add(line.substring(0, cut));
          line.delete(0, cut);
        }
      }
      lines.add(line.toString());
      return lines;
    }

    private static float width(PDType0Font font, float size, String text) {
      try {
        return font.getStringWidth(text) / 1000 * size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void newPage() {
      try {
        if (page != null) {
          page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void close() {
      try {
        page.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
