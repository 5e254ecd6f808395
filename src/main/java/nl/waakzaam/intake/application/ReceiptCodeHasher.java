package nl.waakzaam.intake.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.waakzaam.intake.domain.ReceiptCode;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * The keyed hash (HMAC-SHA-256 with the server secret {@code waakzaam.receipt.secret}) under which
 * a receipt code is stored. Without the secret a stolen database does not let anyone test codes
 * offline; with it the hash is still one indexed lookup.
 */
@ApplicationScoped
public class ReceiptCodeHasher {

  private static final String ALGORITHM = "HmacSHA256";

  private Settings settings;
  private SecretKeySpec key;

  /** A {@code Mac} is not thread-safe and costly to look up: one per thread, reused. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  protected ReceiptCodeHasher() {}

  @Inject
  public ReceiptCodeHasher(Settings settings) {
    this.settings = settings;
  }

  @PostConstruct
  void readSecret() {
    key = new SecretKeySpec(settings.secretKey(Setting.RECEIPT_SECRET), ALGORITHM);
  }

  public byte[] hash(ReceiptCode code) {
    return macs.get().doFinal(code.value().getBytes(StandardCharsets.US_ASCII));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
