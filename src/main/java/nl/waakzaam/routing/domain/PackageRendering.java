package nl.waakzaam.routing.domain;

/** Writes a package as the partner receives it: its JSON and its PDF. */
public interface PackageRendering {

  /** The package's JSON document, UTF-8. */
  byte[] json(PackageContents contents);

  byte[] pdf(PackageContents contents);
}
