package nl.waakzaam.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A black-box integration test of the API: the WAR as built, deployed once to the Payara Micro that
 * all such tests share, and an {@link Api} client pointed at it.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ApiIntegrationTest {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.waakzaam();
  }

  @ArquillianResource protected URL base;

  protected Api api;

  @BeforeEach
  void connectToTheServer() {
    api = new Api(base);
  }
}
