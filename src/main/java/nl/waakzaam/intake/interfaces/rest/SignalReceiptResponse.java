package nl.waakzaam.intake.interfaces.rest;

import nl.waakzaam.intake.application.Receipt;
import nl.waakzaam.signal.domain.SignalStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a new signal. The receipt code is in it this once and never again: the reporter
 * needs it to follow the signal up, and nobody can recover it.
 */
@Schema(name = "SignalReceipt")
public record SignalReceiptResponse(
    @Schema(example = "VO-2026-483920") String reference,
    @Schema(example = "7K3M-Q9XD-2HNB-T4WE-8RCV") String receiptCode,
    SignalStatus status) {

  static SignalReceiptResponse of(Receipt receipt) {
    return new SignalReceiptResponse(
        receipt.reference().value(), receipt.receiptCode().grouped(), receipt.status());
  }
}
