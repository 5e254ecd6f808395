package nl.waakzaam.linking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers, IBANs, KvK and branch numbers, and e-mail addresses. */
class NumbersTest {

  @ParameterizedTest
  @CsvSource({
    "06-12345678, +31612345678",
    "06 1234 5678, +31612345678",
    "+31 6 12 34 56 78, +31612345678",
    "0031612345678, +31612345678",
    "(06) 123 456 78, +31612345678",
    "020-5551234, +31205551234",
    "043 321 45 67, +31433214567",
    "+32 470 12 34 56, +32470123456",
    "0049 151 23456789, +4915123456789"
  })
  void phoneNumbersAreReadByLibphonenumberIntoE164(String written, String e164) {
    Entity phone = new Entity(EntityType.PHONE_NUMBER, e164);
    assertEquals(Optional.of(phone), PhoneNumbers.normalise(written));
    assertEquals(
        List.of(phone), entities(PhoneNumbers.find("Hij belde vanaf " + written + " gisteren.")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hij bood € 5.000,- per maand.",
        "Een bedrag van 1.250.000 euro",
        "op 24-11-2026 om 14:30",
        "postcode 5712 AB",
        "KvK 12345678"
      })
  void amountsDatesAndOtherNumbersAreNoPhoneNumbers(String text) {
    assertEquals(List.of(), PhoneNumbers.find(text));
  }

  @ParameterizedTest
  @CsvSource({
    "NL91ABNA0417164300, NL91ABNA0417164300",
    "NL91 ABNA 0417 1643 00, NL91ABNA0417164300",
    "nl91 abna 0417 1643 00, NL91ABNA0417164300",
    "BE68539007547034, BE68539007547034",
    "BE68 5390 0754 7034, BE68539007547034",
    "DE89370400440532013000, DE89370400440532013000",
    "DE89 3704 0044 0532 0130 00, DE89370400440532013000"
  })
  void ibansOfTheNetherlandsBelgiumAndGermanyWithOrWithoutSpaces(String written, String value) {
    Entity iban = new Entity(EntityType.IBAN, value);
    assertEquals(Optional.of(iban), Ibans.normalise(written));
    assertEquals(List.of(iban), entities(Ibans.find("Betalen op " + written + " graag.")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NL91ABNA0417164301", "BE68 5390 0754 7035", "DE89370400440532013001"})
  void anIbanWithAWrongChecksumIsNone(String written) {
    assertEquals(Optional.empty(), Ibans.normalise(written));
    assertEquals(List.of(), Ibans.find("rekening " + written));
  }

  @Test
  void kvkAndBranchNumbersCountWhereTheTextCallsThemSo() {
    Entity kvk = new Entity(EntityType.KVK_NUMBER, "12345678");
    Entity branch = new Entity(EntityType.BRANCH_NUMBER, "000012345678");
    assertEquals(List.of(kvk), entities(CompanyNumbers.find("ingeschreven onder KvK 12345678")));
    assertEquals(List.of(kvk), entities(CompanyNumbers.find("kvk-nummer: 1234 5678.")));
    assertEquals(List.of(kvk), entities(CompanyNumbers.find("Kamer van Koophandel 12345678")));
    assertEquals(List.of(branch), entities(CompanyNumbers.find("vestigingsnummer 0000 1234 5678")));
    assertEquals(List.of(), CompanyNumbers.find("factuur 12345678 van 20261124"));
    assertEquals(Optional.of(kvk), CompanyNumbers.kvk("1234 5678"));
    assertEquals(Optional.empty(), CompanyNumbers.kvk("1234567"));
  }

  @ParameterizedTest
  @CsvSource({
    "Jan.Jansen@Example.NL, jan.jansen@example.nl",
    "jan.jansen+schuur@example.nl, jan.jansen@example.nl",
    "J.Jansen.1980@gmail.com, jjansen1980@gmail.com",
    "jjansen1980+x@googlemail.com, jjansen1980@gmail.com"
  })
  void eMailAddressesAreComparedInOneForm(String written, String value) {
    Entity email = new Entity(EntityType.EMAIL_ADDRESS, value);
    assertEquals(Optional.of(email), EmailAddresses.normalise(written));
    assertEquals(List.of(email), entities(EmailAddresses.find("mail: " + written + ".")));
  }

  static List<Entity> entities(List<Found> found) {
    return found.stream().map(Found::entity).toList();
  }
}
