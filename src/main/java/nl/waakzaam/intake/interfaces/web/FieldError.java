package nl.waakzaam.intake.interfaces.web;

/**
 * One line of the error summary at the top of a form, linking to its field.
 *
 * @param id the id of the field, or null for an error of the form as a whole
 * @param text what is wrong, in words that name the field
 */
public record FieldError(String id, String text) {}
