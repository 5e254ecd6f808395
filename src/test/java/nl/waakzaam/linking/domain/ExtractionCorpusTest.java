package nl.waakzaam.linking.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Extraction must not produce noise: over the corpus of {@code linking/corpus.txt}, what {@link
 * TextEntities} finds is compared with what each text names. Precision and recall are printed (and
 * written to {@code target/linking-corpus.txt}) per type and overall, and held to a floor.
 */
class ExtractionCorpusTest {

  private record Sample(String text, Set<Entity> expected) {}

  private record Count(int found, int expected, int correct) {
    Count plus(Count o) {
      return new Count(found + o.found, expected + o.expected, correct + o.correct);
    }

    double precision() {
      return found == 0 ? 1 : (double) correct / found;
    }

    double recall() {
      return expected == 0 ? 1 : (double) correct / expected;
    }
  }

  @Test
  void theCorpusIsFoundWithHighPrecisionAndRecall() throws IOException {
    List<Sample> samples = corpus();
    Map<EntityType, Count> byType = new EnumMap<>(EntityType.class);
    List<String> mistakes = new ArrayList<>();
    for (Sample sample : samples) {
      Set<Entity> found = new HashSet<>();
      TextEntities.find(sample.text()).forEach(f -> found.add(f.entity()));
      for (EntityType type : EntityType.values()) {
        Set<Entity> f = only(found, type);
        Set<Entity> e = only(sample.expected(), type);
        Set<Entity> correct = new HashSet<>(f);
        correct.retainAll(e);
        byType.merge(type, new Count(f.size(), e.size(), correct.size()), Count::plus);
      }
      if (!found.equals(sample.expected())) {
        mistakes.add(
            "found " + found + ", expected " + sample.expected() + " in: " + sample.text());
      }
    }
    Count all = byType.values().stream().reduce(new Count(0, 0, 0), Count::plus);
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "linking corpus: %d texts, %d entities named, %d found, %d correct: precision %.3f,"
                + " recall %.3f%n",
            samples.size(),
            all.expected(),
            all.found(),
            all.correct(),
            all.precision(),
            all.recall()));
    byType.forEach(
        (type, c) ->
            report.append(
                String.format(
                    "  %-14s named %2d, found %2d, correct %2d: precision %.3f, recall %.3f%n",
                    type, c.expected(), c.found(), c.correct(), c.precision(), c.recall())));
    mistakes.forEach(m -> report.append("  miss: ").append(m).append('\n'));
    System.out.print(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/linking-corpus.txt"), report);

    assertTrue(all.precision() >= 0.95, report::toString);
    assertTrue(all.recall() >= 0.90, report::toString);
  }

  private static Set<Entity> only(Set<Entity> entities, EntityType type) {
    Set<Entity> of = new HashSet<>();
    entities.stream().filter(e -> e.type() == type).forEach(of::add);
    return of;
  }

  private static List<Sample> corpus() throws IOException {
    String text;
    try (InputStream in = ExtractionCorpusTest.class.getResourceAsStream("/linking/corpus.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Sample> samples = new ArrayList<>();
    for (String block : text.split("\n---\n")) {
      StringBuilder body = new StringBuilder();
      Set<Entity> expected = new HashSet<>();
      for (String line : block.split("\n")) {
        if (line.startsWith("#") || line.equals("---")) {
          continue;
        }
        if (line.startsWith("=> ")) {
          String[] parts = line.substring(3).split(" ", 2);
          expected.add(new Entity(EntityType.valueOf(parts[0]), parts[1]));
        } else {
          body.append(line).append('\n');
        }
      }
      if (!body.toString().isBlank()) {
        samples.add(new Sample(body.toString(), expected));
      }
    }
    return samples;
  }
}
