package nl.waakzaam.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.waakzaam.linking.domain.Mention;
import nl.waakzaam.linking.domain.SignalEntities;
import nl.waakzaam.regions.domain.Municipality;
import nl.waakzaam.regions.domain.Postcode;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionAssignment;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.GeneralAnswers;
import nl.waakzaam.signal.domain.KvkNumber;
import nl.waakzaam.signal.domain.LicencePlate;
import nl.waakzaam.signal.domain.MentionedPerson;
import nl.waakzaam.signal.domain.MentionedVehicle;
import nl.waakzaam.signal.domain.PaymentMethod;
import nl.waakzaam.signal.domain.Place;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalContent;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SuspicionType;

/**
 * What extraction adds to a submission, measured in one JVM: for signals built through the domain's
 * factory (a description and an account of what happened of two to four texts of the linking
 * corpus, together about 600 characters of free text; two persons with a phone number and an e-mail
 * address; a vehicle; the counterparty's KvK number), {@link SignalEntities#of} and the keyed hash
 * of every mention, as the receiving transaction does them. The index's one insert statement is
 * measured through the API by {@code bench/linking.sh}.
 *
 * <pre>java -cp … nl.waakzaam.bench.ExtractionBench [warm-up rounds] [measured rounds]</pre>
 */
public final class ExtractionBench {

  private ExtractionBench() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    List<String> texts = corpusTexts();
    Random random = new Random(14);
    List<Signal> signals = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      signals.add(signal(texts, random, i));
    }
    SecretKeySpec key = new SecretKeySpec(new byte[32], "HmacSHA256");
    long mentions = 0;
    for (int i = 0; i < warmUp; i++) {
      mentions += extract(signals.get(i % signals.size()), key);
    }
    long[] nanos = new long[rounds];
    int characters = 0;
    for (int i = 0; i < rounds; i++) {
      Signal s = signals.get(i % signals.size());
      long start = System.nanoTime();
      mentions += extract(s, key);
      nanos[i] = System.nanoTime() - start;
      characters += s.report().description().orElse("").length() + whatHappened(s).length();
    }
    Arrays.sort(nanos);
    System.out.printf(
        "extraction at receipt, %d signals of about %d characters of free text after %d warm-up rounds: p50"
            + " %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms (%d mentions in all)%n",
        rounds,
        characters / rounds,
        warmUp,
        nanos[rounds / 2] / 1e6,
        nanos[(int) (rounds * 0.95)] / 1e6,
        nanos[(int) (rounds * 0.99)] / 1e6,
        nanos[rounds - 1] / 1e6,
        mentions);
  }

  /** What the receiving transaction does for one signal: read its entities, hash each one. */
  private static int extract(Signal signal, SecretKeySpec key) throws GeneralSecurityException {
    List<Mention> found = SignalEntities.of(signal);
    for (Mention m : found) {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.doFinal(
          (m.entity().type().name() + "\u0000" + m.entity().value())
              .getBytes(StandardCharsets.UTF_8));
    }
    return found.size();
  }

  private static String whatHappened(Signal signal) {
    return ((GeneralAnswers) signal.report().answers()).whatHappened();
  }

  private static Signal signal(List<String> texts, Random random, int n) {
    String description = texts(texts, random);
    SignalContent content =
        new SignalContent(
            Sector.CAR_TRADE,
            new Place(Postcode.parse("6211 AB"), Optional.of("Maastricht"), Optional.empty()),
            Optional.empty(),
            Optional.empty(),
            Optional.of(description),
            new GeneralAnswers(
                texts(texts, random),
                SuspicionType.MONEY_LAUNDERING,
                "Autohandel Zuid",
                KvkNumber.parse(String.format("%08d", 10_000_000 + n)).orElseThrow(),
                PaymentMethod.CASH,
                new BigDecimal("40000")),
            List.of(
                new MentionedPerson(
                    null,
                    "koper",
                    "lang, donker haar",
                    String.format("06-%08d", 12_000_000 + n),
                    "koper" + n + "@example.nl"),
                new MentionedPerson(
                    null,
                    "chauffeur",
                    null,
                    String.format("+31 6 %08d", 34_000_000 + n),
                    "rijder" + n + "@example.com")),
            List.of(
                new MentionedVehicle(
                    LicencePlate.parse(String.format("%02d-BDF-%d", n % 100, n % 10), "NL")
                        .orElseThrow(),
                    "Mercedes Sprinter",
                    "wit")),
            List.of(),
            Optional.empty());
    return Signal.receive(
        SignalReference.random(2026, random),
        content,
        new RegionAssignment(
            Region.LIMBURG,
            RegionAssignment.Basis.POSTCODE,
            Optional.of(new Municipality("GM0935", "Maastricht", Region.LIMBURG))),
        new byte[32],
        Actor.reporter(),
        Instant.now(),
        null);
  }

  private static String texts(List<String> texts, Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = 2 + random.nextInt(3); i > 0; i--) {
      text.append(texts.get(random.nextInt(texts.size()))).append('\n');
    }
    return text.toString().strip();
  }

  /** The texts of the linking corpus, without the expected entities and comments. */
  private static List<String> corpusTexts() throws IOException {
    try (InputStream in = ExtractionBench.class.getResourceAsStream("/linking/corpus.txt")) {
      String corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> texts = new ArrayList<>();
      for (String sample : corpus.split("(?m)^---$")) {
        String text =
            sample
                .lines()
                .filter(l -> !l.startsWith("=>") && !l.startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n")
                .strip();
        if (!text.isEmpty()) {
          texts.add(text);
        }
      }
      return texts;
    }
  }
}
