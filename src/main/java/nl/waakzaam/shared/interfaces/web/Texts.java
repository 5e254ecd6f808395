package nl.waakzaam.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waakzaam.shared.interfaces.rest.Messages;

/**
 * The words of the pages ({@code pages.properties}, English in {@code pages_en.properties}), in the
 * page's language: {@code #{t['landing.title']}} in a view. A missing key shows as itself, and a
 * test makes sure none is missing.
 */
@Named("t")
@RequestScoped
public class Texts extends AbstractMap<String, String> {

  public static final String BUNDLE = "nl.waakzaam.pages";

  private Messages messages;

  protected Texts() {}

  @Inject
  Texts(PageLanguage language) {
    this.messages = Messages.of(BUNDLE, language.locale());
  }

  @Override
  public String get(Object key) {
    return messages.text(String.valueOf(key));
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String k && messages.find(k, Map.of()).isPresent();
  }

  /** The text of {@code key} with its placeholders filled. */
  public String format(String key, Map<String, ?> arguments) {
    return messages.text(key, arguments);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return messages.keys().stream()
        .map(k -> Map.entry(k, messages.text(k)))
        .collect(Collectors.toUnmodifiableSet());
  }
}
