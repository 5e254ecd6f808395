package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An entrepreneur's answers: what happened, what is suspected, with whom, and what was paid. */
@Embeddable
public non-sealed class GeneralAnswers implements Answers {

  @Column(name = "general_what_happened", length = 500)
  private String whatHappened;

  @Enumerated(EnumType.STRING)
  @Column(name = "general_suspicion", length = 30)
  private SuspicionType suspicion;

  @Column(name = "general_counterparty_name", length = 200)
  private String counterpartyName;

  @Column(name = "general_counterparty_kvk", length = 8)
  private String counterpartyKvkNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "general_payment_method", length = 20)
  private PaymentMethod paymentMethod;

  @Column(name = "general_amount_eur", precision = 12, scale = 2)
  private BigDecimal amountEuros;

  protected GeneralAnswers() {}

  public GeneralAnswers(
      String whatHappened,
      SuspicionType suspicion,
      String counterpartyName,
      KvkNumber counterpartyKvkNumber,
      PaymentMethod paymentMethod,
      BigDecimal amountEuros) {
    this.whatHappened = Objects.requireNonNull(whatHappened, "what happened");
    this.suspicion = Objects.requireNonNull(suspicion, "suspicion");
    this.counterpartyName = counterpartyName;
    this.counterpartyKvkNumber =
        counterpartyKvkNumber == null ? null : counterpartyKvkNumber.value();
    this.paymentMethod = paymentMethod;
    this.amountEuros = amountEuros;
  }

  @Override
  public SignalKind kind() {
    return SignalKind.GENERAL;
  }

  @Override
  public List<Answer> answered() {
    return new Answer.Listed("general")
        .add("whatHappened", whatHappened)
        .add("suspicion", suspicion)
        .add("paymentMethod", paymentMethod())
        .add("amountEuros", amountEuros())
        .add("counterpartyName", counterpartyName())
        .add("counterpartyKvkNumber", counterpartyKvkNumber().map(KvkNumber::value))
        .list();
  }

  public String whatHappened() {
    return whatHappened;
  }

  public SuspicionType suspicion() {
    return suspicion;
  }

  public Optional<String> counterpartyName() {
    return Optional.ofNullable(counterpartyName);
  }

  public Optional<KvkNumber> counterpartyKvkNumber() {
    return KvkNumber.parse(counterpartyKvkNumber);
  }

  public Optional<PaymentMethod> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  public Optional<BigDecimal> amountEuros() {
    return Optional.ofNullable(amountEuros);
  }
}
