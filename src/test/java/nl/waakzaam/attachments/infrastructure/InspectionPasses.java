package nl.waakzaam.attachments.infrastructure;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Part of {@code bench/attachments.sh}, not a test: the inspection alone, in one JVM with a
 * worker's settings, against a bare Tika parse, pass after pass over the benchmark corpus, to show
 * what the inspection costs without the platform around it and how long the JIT takes to settle.
 *
 * <p>Usage: {@code InspectionPasses <corpus-dir> [passes]}
 */
public final class InspectionPasses {

  private InspectionPasses() {}

  public static void main(String[] args) throws Exception {
    ImageIO.setUseCache(false);
    TikaInspection inspection = new TikaInspection(InspectionLimits.DEFAULTS);
    List<byte[]> files = new ArrayList<>();
    try (Stream<Path> paths = Files.list(Path.of(args[0]))) {
      for (Path p : paths.sorted().toList()) {
        files.add(Files.readAllBytes(p));
      }
    }
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (int pass = 1; pass <= passes; pass++) {
      long inspect = 0;
      long bare = 0;
      for (byte[] file : files) {
        long start = System.nanoTime();
        inspection.inspect(file);
        long middle = System.nanoTime();
        new AutoDetectParser()
            .parse(
                new ByteArrayInputStream(file),
                new BodyContentHandler(-1),
                new Metadata(),
                new ParseContext());
        bare += System.nanoTime() - middle;
        inspect += middle - start;
      }
      System.out.printf(
          "inspection alone, pass %d: %.1f s (bare Tika parse in the same pass: %.1f s)%n",
          pass, inspect / 1e9, bare / 1e9);
    }
  }
}
