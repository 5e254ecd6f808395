package nl.waakzaam.shared.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.waakzaam.shared.config.Setting;

/**
 * A resource method whose request body may be larger than the API's cap (an upload): the setting
 * that holds its cap, plus room for the envelope around it (multipart headers and fields).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

  Setting value();

  /** Bytes allowed besides the setting's, for what wraps the content. */
  int envelope() default 0;
}
