package nl.waakzaam.routing.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.regions.domain.Municipality;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.ContentPart;
import nl.waakzaam.signal.domain.Partner;

/**
 * Where the partner data starts (../shared/data/partners/README.md): the national partners of the
 * RIEC-LIEC covenant with the NVWA and EURIEC, per region its police unit and its RIEC, and each
 * municipality of the CBS reference data; each region's list holds its own police unit, RIEC and
 * municipalities, the national partners, and EURIEC where the region borders Belgium or Germany.
 * Coordinators keep the real lists from there.
 */
public final class StartingPartners {

  /** The regions on the Belgian or German border, whose cross-border cases EURIEC takes up. */
  public static final Set<Region> BORDER_REGIONS =
      EnumSet.of(
          Region.LIMBURG,
          Region.OOST_BRABANT,
          Region.ZEELAND_WEST_BRABANT,
          Region.OOST_NEDERLAND,
          Region.NOORD_NEDERLAND);

  static final String COVENANT = "RIEC_COVENANT";
  static final String PUBLIC_TASK = "PUBLIC_TASK";
  static final String CONSENT = "REPORTER_CONSENT";

  private static final Set<ContentPart> ALL = EnumSet.allOf(ContentPart.class);

  private StartingPartners() {}

  /** One organisation to start with, and the municipality code of a municipality. */
  public record Seed(PartnerOrganisation organisation, Optional<String> municipalityCode) {}

  public static List<Seed> organisations(List<Municipality> municipalities) {
    List<Seed> seeds = new ArrayList<>();
    national(
        seeds, "openbaar-ministerie", Partner.PUBLIC_PROSECUTOR, "Openbaar Ministerie", covenant());
    national(seeds, "belastingdienst", Partner.TAX_AUTHORITY, "Belastingdienst", covenant());
    national(seeds, "toeslagen", Partner.BENEFITS, "Belastingdienst/Toeslagen", covenant());
    national(seeds, "douane", Partner.CUSTOMS, "Douane", covenant());
    national(
        seeds,
        "fiod",
        Partner.FIOD,
        "Fiscale inlichtingen- en opsporingsdienst (FIOD)",
        covenant());
    national(
        seeds,
        "arbeidsinspectie",
        Partner.LABOUR_INSPECTORATE,
        "Nederlandse Arbeidsinspectie",
        covenant());
    national(seeds, "marechaussee", Partner.KMAR, "Koninklijke Marechaussee", covenant());
    national(seeds, "ind", Partner.IND, "Immigratie- en Naturalisatiedienst", covenant());
    national(seeds, "uwv", Partner.UWV, "Uitvoeringsinstituut Werknemersverzekeringen", covenant());
    national(
        seeds,
        "nvwa",
        Partner.NVWA,
        "Nederlandse Voedsel- en Warenautoriteit",
        new PartnerProfile(ALL, false, List.of(PUBLIC_TASK)));
    national(
        seeds,
        "euriec",
        Partner.EURIEC,
        "Euregionaal Informatie- en Expertisecentrum (EURIEC)",
        new PartnerProfile(ALL, false, List.of(PUBLIC_TASK)));
    for (Region region : Region.values()) {
      seeds.add(
          regional(
              "politie-" + region.slug(),
              Partner.POLICE,
              "Politie, eenheid " + region.displayName(),
              region,
              // The police alone may receive the contact details of a reporter who agreed.
              new PartnerProfile(ALL, true, List.of(COVENANT, PUBLIC_TASK, CONSENT))));
      seeds.add(
          regional(
              "riec-" + region.slug(),
              Partner.RIEC,
              "RIEC " + region.displayName(),
              region,
              new PartnerProfile(ALL, false, List.of(COVENANT))));
    }
    for (Municipality m : municipalities) {
      seeds.add(
          new Seed(
              new PartnerOrganisation(
                  "gemeente-" + slug(m.name()),
                  Partner.MUNICIPALITY,
                  "Gemeente " + m.name(),
                  Optional.of(m.region()),
                  Optional.empty(),
                  new PartnerProfile(ALL, false, List.of(COVENANT, PUBLIC_TASK))),
              Optional.of(m.code())));
    }
    return seeds;
  }

  /** The ids of the organisations a new list of {@code region} holds. */
  public static List<String> listOf(Region region, List<Seed> seeds) {
    return seeds.stream()
        .map(Seed::organisation)
        .filter(
            o ->
                o.region().map(region::equals).orElse(true)
                    && (o.kind() != Partner.EURIEC || BORDER_REGIONS.contains(region)))
        .map(PartnerOrganisation::id)
        .toList();
  }

  /**
   * "Súdwest-Fryslân" as an id: {@code sudwest-fryslan}; "'s-Hertogenbosch": {@code
   * s-hertogenbosch}.
   */
  static String slug(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  private static PartnerProfile covenant() {
    return new PartnerProfile(ALL, false, List.of(COVENANT, PUBLIC_TASK));
  }

  private static void national(
      List<Seed> seeds, String id, Partner kind, String name, PartnerProfile profile) {
    seeds.add(
        new Seed(
            new PartnerOrganisation(id, kind, name, Optional.empty(), Optional.empty(), profile),
            Optional.empty()));
  }

  private static Seed regional(
      String id, Partner kind, String name, Region region, PartnerProfile profile) {
    return new Seed(
        new PartnerOrganisation(id, kind, name, Optional.of(region), Optional.empty(), profile),
        Optional.empty());
  }
}
