package nl.waakzaam.testing.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SharedPayaraMicroContainer} with Arquillian. */
public class WaakzaamArquillianExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.service(DeployableContainer.class, SharedPayaraMicroContainer.class);
  }
}
