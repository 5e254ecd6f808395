package nl.waakzaam.routing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import nl.waakzaam.routing.domain.PackageContents;
import nl.waakzaam.routing.domain.PackageRendering;

/** Packages as JSON ({@link PackageJson}) and PDF ({@link PackagePdf}), in Dutch. */
@ApplicationScoped
public class RenderedPackages implements PackageRendering {

  private final PackageLabels labels = new PackageLabels();
  private final PackageJson json = new PackageJson(labels);
  private final PackagePdf pdf = new PackagePdf(labels);

  @Override
  public byte[] json(PackageContents contents) {
    return json.bytes(json.of(contents));
  }

  @Override
  public byte[] pdf(PackageContents contents) {
    return pdf.of(contents);
  }
}
