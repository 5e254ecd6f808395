package nl.waakzaam.intake.interfaces.web;

import java.util.List;

/**
 * A group of questions under one legend.
 *
 * @param intro a line under the legend, or null
 * @param extra whether the group is folded away ({@code <details>}) unless it is {@code open}
 */
public record GroupView(
    String id,
    String legend,
    String intro,
    boolean extra,
    boolean open,
    List<QuestionView> questions) {}
