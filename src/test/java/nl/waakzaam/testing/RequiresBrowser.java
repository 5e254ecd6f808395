package nl.waakzaam.testing;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips each test of a browser test class, with the reason, on a machine without Chromium or
 * Node.js, so that the test report counts them as skipped. Under CI ({@code CI=true}) nothing is
 * skipped: the tests then fail on the missing browser.
 */
public class RequiresBrowser implements ExecutionCondition {

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> missing = Browsers.missing();
    if (missing.isEmpty() || Browsers.underCi() || context.getTestMethod().isEmpty()) {
      return ConditionEvaluationResult.enabled("a browser is at hand, or CI requires one");
    }
    String reason = "Browser tests skipped: " + missing.get();
    if (TOLD.compareAndSet(false, true)) {
      System.out.println("[waakzaam] " + reason);
    }
    return ConditionEvaluationResult.disabled(reason);
  }
}
