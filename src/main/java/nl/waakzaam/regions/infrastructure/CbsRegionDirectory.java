package nl.waakzaam.regions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.waakzaam.regions.domain.Municipality;
import nl.waakzaam.regions.domain.Postcode;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionAssignment;
import nl.waakzaam.regions.domain.RegionAssignment.Basis;
import nl.waakzaam.regions.domain.RegionDirectory;

/**
 * The region directory over the CBS-based reference data shipped in the WAR (Bron: CBS). Loaded
 * once into memory: 4,081 postcodes and 342 municipalities are a few hundred kilobytes.
 */
@ApplicationScoped
public class CbsRegionDirectory implements RegionDirectory {

  private static final String POSTCODES = "pc4-regions.csv";
  private static final String MUNICIPALITIES = "gemeente-regions.csv";

  /** Names people use that are not the official ones. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "denhaag", "sgravenhage",
          "thehague", "sgravenhage",
          "denbosch", "shertogenbosch");

  private final Map<String, Municipality> municipalityByPostcode;
  private final Map<String, Region> majorityRegionByArea;
  private final Map<String, Municipality> municipalityByFullKey;
  private final Map<String, List<Municipality>> municipalitiesByShortKey;
  private final List<Municipality> municipalities;

  public CbsRegionDirectory() {
    Map<String, Municipality> byCode = new HashMap<>();
    for (List<String> r : CsvRecords.read(MUNICIPALITIES)) {
      Region region =
          Region.byDisplayName(r.get(3))
              .orElseThrow(() -> new IllegalStateException("Unknown region " + r.get(3)));
      byCode.put(r.get(0), new Municipality(r.get(0), r.get(1), region));
    }
    municipalityByPostcode = new HashMap<>();
    for (List<String> r : CsvRecords.read(POSTCODES)) {
      Municipality m = byCode.get(r.get(2));
      if (m != null) {
        municipalityByPostcode.put(r.get(0), m);
      }
    }
    majorityRegionByArea = majorityRegions(municipalityByPostcode);
    municipalityByFullKey =
        byCode.values().stream().collect(Collectors.toMap(m -> fullKey(m.name()), m -> m));
    municipalitiesByShortKey =
        byCode.values().stream().collect(Collectors.groupingBy(m -> shortKey(m.name())));
    municipalities =
        byCode.values().stream().sorted(Comparator.comparing(Municipality::name)).toList();
  }

  @Override
  public Optional<RegionAssignment> assign(
      Optional<Postcode> postcode, Optional<String> municipalityName) {
    if (postcode.isPresent()) {
      Municipality m = municipalityByPostcode.get(postcode.get().digits());
      if (m != null) {
        return Optional.of(new RegionAssignment(m.region(), Basis.POSTCODE, Optional.of(m)));
      }
      Region area = majorityRegionByArea.get(postcode.get().area());
      if (area != null) {
        return Optional.of(new RegionAssignment(area, Basis.POSTCODE_AREA, Optional.empty()));
      }
    }
    return municipalityName
        .flatMap(this::municipalityNamed)
        .map(m -> new RegionAssignment(m.region(), Basis.MUNICIPALITY, Optional.of(m)));
  }

  @Override
  public List<Municipality> municipalities() {
    return municipalities;
  }

  @Override
  public Optional<Municipality> municipalityNamed(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Municipality exact = municipalityByFullKey.get(fullKey(name));
    if (exact != null) {
      return Optional.of(exact);
    }
    String key = shortKey(name);
    List<Municipality> candidates =
        municipalitiesByShortKey.getOrDefault(ALIASES.getOrDefault(key, key), List.of());
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static Map<String, Region> majorityRegions(Map<String, Municipality> byPostcode) {
    Map<String, Map<Region, Integer>> counts = new HashMap<>();
    byPostcode.forEach(
        (pc4, m) ->
            counts
                .computeIfAbsent(pc4.substring(0, 3), a -> new EnumMap<>(Region.class))
                .merge(m.region(), 1, Integer::sum));
    Map<String, Region> majority = new HashMap<>();
    counts.forEach(
        (area, perRegion) ->
            majority.put(
                area,
                perRegion.entrySet().stream()
                    .max(
                        Comparator.<Map.Entry<Region, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow()
                    .getKey()));
    return majority;
  }

  /** Letters and digits only, without accents: {@code Bergen (NH.)} becomes {@code bergennh}. */
  static String fullKey(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /**
   * As {@link #fullKey} without the bracketed province: {@code Bergen (NH.)} becomes {@code
   * bergen}.
   */
  static String shortKey(String name) {
    return fullKey(name.replaceAll("\\(.*?\\)", ""));
  }
}
