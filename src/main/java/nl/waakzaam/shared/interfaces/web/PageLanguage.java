package nl.waakzaam.shared.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.waakzaam.shared.interfaces.rest.Languages;

/**
 * The language of a page: Dutch, unless the address says {@code ?lang=en}. The choice travels in
 * the address (every link and form carries it), never in a cookie: a reporter gets no cookie before
 * follow-up starts.
 */
@Named("page")
@RequestScoped
public class PageLanguage {

  static final String PARAMETER = "lang";

  private boolean english;
  private String contextPath;
  private AssetVersions assets;

  protected PageLanguage() {}

  @Inject
  PageLanguage(HttpServletRequest request, AssetVersions assets) {
    this.english = "en".equals(request.getParameter(PARAMETER));
    this.contextPath = request.getContextPath();
    this.assets = assets;
  }

  public boolean isEnglish() {
    return english;
  }

  public Locale locale() {
    return english ? Languages.ENGLISH : Languages.DUTCH;
  }

  /** The value of {@code <html lang>}. */
  public String getCode() {
    return english ? "en" : "nl";
  }

  /** The address of a page of this application, in the language of this page. */
  public String href(String path) {
    return contextPath + path + (english ? "?lang=en" : "");
  }

  /** The address of a page of this application in the other language. */
  public String hrefInOtherLanguage(String path) {
    return contextPath + path + (english ? "" : "?lang=en");
  }

  /**
   * The address of a static file (style sheet, script, image) of this application, with its
   * version: browsers keep it until it changes.
   */
  public String asset(String path) {
    return contextPath
        + "/assets/"
        + path
        + assets.of(path).map(v -> "?" + AssetVersions.PARAMETER + "=" + v).orElse("");
  }
}
