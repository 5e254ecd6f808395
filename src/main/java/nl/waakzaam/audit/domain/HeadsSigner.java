package nl.waakzaam.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs statements of the chains' heads with Ed25519, under a key pair derived from the audit key:
 * every instance signs alike, nothing more needs keeping, and an auditor checks a statement with
 * the public key alone (published with each statement and in the server log), which lets them check
 * but not forge.
 */
public final class HeadsSigner {

  private static final String LABEL = "waakzaam/audit-heads-signing/v1";

  private final KeyPair keys;

  public HeadsSigner(byte[] auditKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(auditKey, "HmacSHA256"));
      byte[] seed = mac.doFinal(LABEL.getBytes(StandardCharsets.US_ASCII));
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      // Ed25519's private key is 32 bytes from the generator's randomness: here, the seed.
      generator.initialize(NamedParameterSpec.ED25519, new Seeded(seed));
      keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is not available", e);
    }
  }

  /** The signature of {@code statement}'s text, Base64. */
  public String sign(HeadsStatement statement) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(keys.getPrivate());
      signer.update(statement.text().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is not available", e);
    }
  }

  /** Whether {@code signature} (Base64) is this signer's over {@code text}. */
  public boolean signed(String text, String signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(keys.getPublic());
      verifier.update(text.getBytes(StandardCharsets.UTF_8));
      return verifier.verify(Base64.getDecoder().decode(signature));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  /** The public key, X.509 SubjectPublicKeyInfo in Base64 (a PEM body). */
  public String publicKey() {
    return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
  }

  /** Randomness that is the seed, once: only for making the key pair. */
  private static final class Seeded extends SecureRandom {
    private final byte[] seed;

    Seeded(byte[] seed) {
      this.seed = seed;
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("An Ed25519 key takes " + seed.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }
}
