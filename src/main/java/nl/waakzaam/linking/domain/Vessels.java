package nl.waakzaam.linking.domain;

import dk.dma.enav.model.Country;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies a vessel: its MMSI (ship, group or coast station form, each around a MID of
 * 201–775), its ENI number (eight digits) and its name. In free text an MMSI or ENI counts only
 * where the text calls it so; a name only from the typed field.
 */
public final class Vessels {

  private static final Pattern MMSI_IN_TEXT =
      Pattern.compile(
          "(?i)\\bMMSI(?:[- ]?(?:nummer|nr\\.?))?[\\s:.#]{0,3}(\\d{3} ?\\d{3} ?\\d{3})(?!\\d)");

  private static final Pattern ENI_IN_TEXT =
      Pattern.compile(
          "(?i)\\b(?:ENI|europees scheepsnummer)(?:[- ]?(?:nummer|nr\\.?))?[\\s:.#]{0,3}(\\d{4} ?\\d{4})(?!\\d)");

  private Vessels() {}

  /** The forms of an MMSI, by where its MID stands. */
  public enum MmsiForm {
    /** {@code MIDxxxxxx}: a ship station. */
    SHIP(0),
    /** {@code 0MIDxxxxx}: a group of ships. */
    GROUP(1),
    /** {@code 00MIDxxxx}: a coast station. */
    COAST_STATION(2);

    /** Where the three digits of the MID start. */
    final int midAt;

    MmsiForm(int midAt) {
      this.midAt = midAt;
    }
  }

  public static Optional<Entity> mmsi(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replaceAll("\\s", "");
    return form(digits).map(f -> new Entity(EntityType.MMSI, digits));
  }

  /** The form of a nine-digit MMSI, if its MID (the flag state's digits) is one. */
  public static Optional<MmsiForm> form(String digits) {
    if (digits == null || !digits.matches("[0-9]{9}")) {
      return Optional.empty();
    }
    MmsiForm form =
        digits.startsWith("00")
            ? MmsiForm.COAST_STATION
            : digits.startsWith("0") ? MmsiForm.GROUP : MmsiForm.SHIP;
    int mid = Integer.parseInt(digits.substring(form.midAt, form.midAt + 3));
    return mid >= 201 && mid <= 775 ? Optional.of(form) : Optional.empty();
  }

  /**
   * The Maritime Identification Digits of a valid MMSI: its flag state (244–246: the Netherlands).
   */
  public static int mid(String mmsi) {
    MmsiForm form = form(mmsi).orElseThrow(() -> new IllegalArgumentException("No MMSI"));
    return Integer.parseInt(mmsi.substring(form.midAt, form.midAt + 3));
  }

  /**
   * The flag state of a valid MMSI, as an ISO 3166 two-letter code ("NL" for 244–246), from the
   * table of Maritime Identification Digits the Danish Maritime Authority keeps after the ITU's
   * (dk.dma.enav:enav-model); empty for a MID that table does not allocate.
   */
  public static Optional<String> flagState(String mmsi) {
    return form(mmsi).map(f -> Country.getByMid(mid(mmsi))).map(Country::getTwoLetter);
  }

  public static Optional<Entity> eni(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replaceAll("[\\s.-]", "");
    return digits.matches("[0-9]{8}") && !digits.equals("00000000")
        ? Optional.of(new Entity(EntityType.ENI_NUMBER, digits))
        : Optional.empty();
  }

  /** A name folded for comparison: "Zeemeeuw II", "ZEEMEEUW ii" and "Zeeméeuw II" are one. */
  public static Optional<Entity> name(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip()
            .toUpperCase(Locale.ROOT);
    return folded.length() < 2
        ? Optional.empty()
        : Optional.of(new Entity(EntityType.VESSEL_NAME, folded));
  }

  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher m = MMSI_IN_TEXT.matcher(text);
    while (m.find()) {
      String written = m.group(1);
      mmsi(written).ifPresent(e -> found.add(new Found(e, m.start(1), m.end(1), written)));
    }
    Matcher e = ENI_IN_TEXT.matcher(text);
    while (e.find()) {
      String written = e.group(1);
      eni(written).ifPresent(x -> found.add(new Found(x, e.start(1), e.end(1), written)));
    }
    return found;
  }
}
