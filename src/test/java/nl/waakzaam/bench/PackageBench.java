package nl.waakzaam.bench;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.routing.domain.LegalBasis;
import nl.waakzaam.routing.domain.PackageComposer;
import nl.waakzaam.routing.domain.PackageContents;
import nl.waakzaam.routing.domain.PartnerOrganisation;
import nl.waakzaam.routing.domain.PartnerProfile;
import nl.waakzaam.routing.infrastructure.RenderedPackages;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.ContentPart;
import nl.waakzaam.signal.domain.Partner;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalTestData;
import nl.waakzaam.signal.domain.TraceabilityCheck;

/**
 * What composing one partner's package costs in one JVM, as the forwarding transaction does it for
 * a signal whose traceability check withholds the address, listing three clean copies: the
 * composition, its JSON, its PDF (PDFBox, the embedded font subset), and the AES-GCM encryption of
 * both with a fresh key each, as the file store keeps them. The two inserts are not in it.
 *
 * <pre>java -cp … nl.waakzaam.bench.PackageBench [warm-up rounds] [measured rounds]</pre>
 */
public final class PackageBench {

  private PackageBench() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    Instant at = Instant.parse("2026-12-01T10:00:00Z");
    Signal signal = SignalTestData.received(at);
    Actor analyst = Actor.staff("analist.bench");
    signal.startTriage(analyst, at.plusSeconds(60));
    signal.recordTraceability(
        TraceabilityCheck.identifying(
            "Het adres van de loods.", Set.of(ContentPart.ADDRESS), at.plusSeconds(120), "analist"),
        analyst,
        at.plusSeconds(120));
    PartnerOrganisation police =
        new PartnerOrganisation(
            "politie-midden-nederland",
            Partner.POLICE,
            "Politie, eenheid Midden-Nederland",
            Optional.of(Region.MIDDEN_NEDERLAND),
            Optional.empty(),
            new PartnerProfile(EnumSet.allOf(ContentPart.class), true, List.of("RIEC_COVENANT")));
    LegalBasis basis =
        new LegalBasis(
            "RIEC_COVENANT",
            "Convenant RIEC-LIEC en Privacyprotocol RIEC's-LIEC",
            "Verstrekking aan een partner van het convenant, met inachtneming van het"
                + " Privacyprotocol RIEC's-LIEC (april 2020).",
            "riec.nl");
    List<PackageContents.FileCopy> files =
        List.of(
            new PackageContents.FileCopy(1, "image/jpeg", UUID.randomUUID()),
            new PackageContents.FileCopy(2, "application/pdf", UUID.randomUUID()),
            new PackageContents.FileCopy(
                3,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                UUID.randomUUID()));
    RenderedPackages rendering = new RenderedPackages();
    KeyGenerator keys = KeyGenerator.getInstance("AES");
    keys.init(256);
    SecureRandom random = new SecureRandom();

    long bytes = 0;
    long[] nanos = new long[rounds];
    for (int i = 0; i < warmUp + rounds; i++) {
      long start = System.nanoTime();
      PackageContents contents =
          PackageComposer.compose(
              signal,
              new PackageComposer.Forwarding(
                  police,
                  basis,
                  "coordinator.bench",
                  at.plusSeconds(600 + i),
                  Optional.of("Besproken in het RIEC-overleg.")),
              files);
      byte[] json = rendering.json(contents);
      byte[] pdf = rendering.pdf(contents);
      bytes += encrypt(json, keys.generateKey(), random).length;
      bytes += encrypt(pdf, keys.generateKey(), random).length;
      if (i >= warmUp) {
        nanos[i - warmUp] = System.nanoTime() - start;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        "package composition (compose, JSON, PDF, both encrypted), three clean copies listed, %d"
            + " rounds after %d warm-up: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d"
            + " bytes kept in all)%n",
        rounds,
        warmUp,
        nanos[rounds / 2] / 1e6,
        nanos[(int) (rounds * 0.95)] / 1e6,
        nanos[(int) (rounds * 0.99)] / 1e6,
        nanos[rounds - 1] / 1e6,
        bytes);
  }

  private static byte[] encrypt(byte[] plain, SecretKey key, SecureRandom random) throws Exception {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    return cipher.doFinal(plain);
  }
}
