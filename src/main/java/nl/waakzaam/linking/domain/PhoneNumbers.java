package nl.waakzaam.linking.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phone numbers as Google's libphonenumber reads them: Dutch unless written with a country code,
 * valid numbers only, in E.164. No rule of our own: a number the library does not take is none.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil LIBRARY = PhoneNumberUtil.getInstance();
  private static final String DEFAULT_REGION = "NL";

  private PhoneNumbers() {}

  public static Optional<Entity> normalise(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = LIBRARY.parse(text, DEFAULT_REGION);
      return LIBRARY.isValidNumber(number) ? Optional.of(entity(number)) : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** Valid numbers in free text, as the library finds them (it passes over dates and amounts). */
  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    for (PhoneNumberMatch match :
        LIBRARY.findNumbers(text, DEFAULT_REGION, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
      found.add(new Found(entity(match.number()), match.start(), match.end(), match.rawString()));
    }
    return found;
  }

  private static Entity entity(PhoneNumber number) {
    return new Entity(
        EntityType.PHONE_NUMBER, LIBRARY.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
  }
}
