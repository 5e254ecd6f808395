package nl.waakzaam.attachments.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import nl.waakzaam.attachments.domain.Inspection;
import nl.waakzaam.attachments.domain.Refusal;
import nl.waakzaam.testing.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Inspection in worker processes: verdicts come back, and a slow inspection is cut off. */
class WorkerPoolTest {

  private static final ExecutorService WAITING = Executors.newCachedThreadPool();

  @AfterAll
  static void stop() {
    WAITING.shutdownNow();
  }

  @Test
  void aWorkerGivesTheSameVerdictsAsTheInspectionItself() throws Exception {
    try (WorkerPool pool =
        new WorkerPool(1, Duration.ofSeconds(30), 256, InspectionLimits.DEFAULTS, WAITING)) {
      Inspection photo = pool.inspect(Corpus.jpegWithGps());
      Inspection macro = pool.inspect(Corpus.docm());
      Inspection text = pool.inspect(Corpus.text());

      assertEquals("image/jpeg", photo.detectedType());
      assertTrue(photo.isAccepted());
      assertEquals(Optional.of(Refusal.MACROS), macro.refusal());
      assertTrue(text.text().contains("Zeemeeuw"), text.text());
    }
  }

  @Test
  void anInspectionPastItsTimeLimitIsCutOffAndTheNextFileGetsANewWorker() throws Exception {
    // 24 million pixels of noise: seconds to decode and re-encode, on any machine.
    byte[] large = noise(6000, 4000);
    try (WorkerPool pool =
        new WorkerPool(1, Duration.ofMillis(500), 768, InspectionLimits.DEFAULTS, WAITING)) {
      assertTrue(pool.inspect(Corpus.text()).isAccepted(), "the worker is started and warm");

      long start = System.nanoTime();
      Inspection slow = pool.inspect(large);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertEquals(Optional.of(Refusal.TIMEOUT), slow.refusal());
      assertTrue(millis < 3_000, "cut off after " + millis + " ms");
      assertTrue(pool.inspect(Corpus.text()).isAccepted(), "a new worker takes the next file");
    }
  }

  private static byte[] noise(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }
}
