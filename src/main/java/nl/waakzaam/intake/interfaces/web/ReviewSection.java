package nl.waakzaam.intake.interfaces.web;

import java.util.List;

/** The answers of one step, as the review before sending shows them. */
public record ReviewSection(int step, String title, List<Line> lines) {

  /** One answered question. */
  public record Line(String label, String answer) {}
}
