package nl.waakzaam.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the WAR as the build made it, so that the tests see
 * exactly what ships. One archive for all test classes lets them share one Payara Micro.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive waakzaam() {
    File war = new File(System.getProperty("waakzaam.test.war", "target/waakzaam.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
