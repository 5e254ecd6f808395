package nl.waakzaam.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.waakzaam.audit.domain.AuditSeal;
import nl.waakzaam.audit.domain.HeadsSigner;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * The audit trail's seal and the signer of its heads, made once from {@code waakzaam.audit.key}.
 */
@ApplicationScoped
public class AuditKeys {

  @Inject private Settings settings;

  // Singleton, not ApplicationScoped: these final value classes need no proxy.
  @Produces
  @Singleton
  AuditSeal seal() {
    return new AuditSeal(settings.secretKey(Setting.AUDIT_KEY));
  }

  @Produces
  @Singleton
  HeadsSigner signer() {
    return new HeadsSigner(settings.secretKey(Setting.AUDIT_KEY));
  }
}
