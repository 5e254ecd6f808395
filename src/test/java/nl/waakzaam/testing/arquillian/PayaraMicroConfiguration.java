package nl.waakzaam.testing.arquillian;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** Settings of {@link SharedPayaraMicroContainer}, from {@code arquillian.xml}. */
public class PayaraMicroConfiguration implements ContainerConfiguration {

  private String payaraJar =
      System.getProperty("waakzaam.test.payara-jar", "target/payara/payara-micro.jar");
  private String workDirectory = System.getProperty("waakzaam.test.work-dir", "target/it");
  private String maxHeap = "512m";
  private int startupTimeoutSeconds = 180;

  @Override
  public void validate() throws ConfigurationException {
    if (startupTimeoutSeconds <= 0) {
      throw new ConfigurationException("startupTimeoutSeconds must be positive");
    }
  }

  public String getPayaraJar() {
    return payaraJar;
  }

  public void setPayaraJar(String payaraJar) {
    this.payaraJar = payaraJar;
  }

  public String getWorkDirectory() {
    return workDirectory;
  }

  public void setWorkDirectory(String workDirectory) {
    this.workDirectory = workDirectory;
  }

  public String getMaxHeap() {
    return maxHeap;
  }

  public void setMaxHeap(String maxHeap) {
    this.maxHeap = maxHeap;
  }

  public int getStartupTimeoutSeconds() {
    return startupTimeoutSeconds;
  }

  public void setStartupTimeoutSeconds(int startupTimeoutSeconds) {
    this.startupTimeoutSeconds = startupTimeoutSeconds;
  }
}
