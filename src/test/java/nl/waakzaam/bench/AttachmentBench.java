package nl.waakzaam.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.Corpus;
import nl.waakzaam.testing.Signals;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The attachment benchmark, against a running platform:
 *
 * <ol>
 *   <li>{@code ingest}: a mixed corpus of allowed files (photos, screenshots, PDFs, Word, Excel,
 *       OpenDocument, text; at least 50 files and 50 MB) is parsed by a bare Tika {@code
 *       AutoDetectParser} in this JVM, then uploaded through the API and waited for until every
 *       file has its verdict; the throughputs and their ratio are printed.
 *   <li>{@code flood}: 20 uploads of 20 MB at once; every answer and verdict is counted.
 *   <li>{@code slow}: a file whose inspection takes longer than the server's time limit; the time
 *       from upload to verdict is printed.
 * </ol>
 *
 * <p>Usage: {@code AttachmentBench <base-url> <corpus-dir> ingest|flood|slow}
 */
public final class AttachmentBench {

  private final Api api;
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  private AttachmentBench(String base) throws Exception {
    this.base = URI.create(base.replaceAll("/$", "") + "/");
    this.api = new Api(this.base.toURL());
  }

  public static void main(String[] args) throws Exception {
    AttachmentBench bench = new AttachmentBench(args[0]);
    Path dir = Files.createDirectories(Path.of(args[1]));
    switch (args[2]) {
      case "ingest" -> bench.ingest(dir);
      case "flood" -> bench.flood();
      case "slow" -> bench.slow();
      default -> throw new IllegalArgumentException(args[2]);
    }
  }

  // --- ingest -------------------------------------------------------------------------------

  private void ingest(Path dir) throws Exception {
    Map<String, byte[]> corpus = corpus();
    long bytes = corpus.values().stream().mapToLong(b -> b.length).sum();
    for (Map.Entry<String, byte[]> f : corpus.entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    System.out.printf(
        "corpus: %d files, %.1f MB (%s)%n", corpus.size(), bytes / 1e6, kinds(corpus.keySet()));

    // Both sides are measured warm, as a server that has been running is: class loading and the
    // JIT's work done. The bare parser gets two passes over the corpus first; each of the two
    // workers gets about two as well (four rounds through the API, each worker taking half).
    bare(corpus, 1);
    bare(corpus, 1);
    double bare1 = bare(corpus, 1);
    double bare2 = bare(corpus, 2);
    System.out.printf("bare Tika AutoDetectParser, 1 thread:  %.1f MB/s%n", bytes / 1e6 / bare1);
    System.out.printf("bare Tika AutoDetectParser, 2 threads: %.1f MB/s%n", bytes / 1e6 / bare2);

    for (int round = 0; round < 4; round++) {
      upload(corpus, "warm-");
    }
    long start = System.nanoTime();
    Map<String, String> verdicts = upload(corpus, "");
    double ingest = (System.nanoTime() - start) / 1e9;
    long accepted = verdicts.values().stream().filter("ACCEPTED"::equals).count();
    System.out.printf(
        "ingest through the API (upload, inspection in 2 workers, clean copy, encrypted store):"
            + " %.1f MB/s, %d of %d accepted%n",
        bytes / 1e6 / ingest, accepted, corpus.size());
    verdicts.forEach(
        (name, verdict) -> {
          if (!verdict.equals("ACCEPTED")) {
            System.out.println("  not accepted: " + name + " " + verdict);
          }
        });
    System.out.printf(
        "ratio ingest / bare: %.0f %% of 1 thread, %.0f %% of 2 threads%n",
        100 * bare1 / ingest, 100 * bare2 / ingest);
  }

  private static double bare(Map<String, byte[]> corpus, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> all = new ArrayList<>();
    for (byte[] file : corpus.values()) {
      all.add(
          pool.submit(
              () -> {
                new AutoDetectParser()
                    .parse(
                        new ByteArrayInputStream(file),
                        new BodyContentHandler(-1),
                        new Metadata(),
                        new ParseContext());
                return null;
              }));
    }
    for (Future<?> f : all) {
      f.get();
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }

  /** Uploads every file (8 to a signal, 2 at a time) and waits for every verdict. */
  private Map<String, String> upload(Map<String, byte[]> corpus, String prefix) throws Exception {
    List<String> names = new ArrayList<>(corpus.keySet());
    List<String> sessions = new ArrayList<>();
    for (int i = 0; i < names.size(); i += 8) {
      sessions.add(session());
    }
    ExecutorService clients = Executors.newFixedThreadPool(2);
    List<Future<String[]>> uploads = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String session = sessions.get(i / 8);
      uploads.add(
          clients.submit(
              () -> {
                Api.Reply reply =
                    api.upload(
                        "api/v1/signals/" + session.split(" ")[0] + "/attachments",
                        "FollowUp " + session.split(" ")[1],
                        prefix + name,
                        "application/octet-stream",
                        corpus.get(name));
                if (reply.status() != 202) {
                  throw new IllegalStateException(name + ": " + reply);
                }
                return new String[] {session, reply.json().getString("id"), name};
              }));
    }
    Map<String, String> idToName = new HashMap<>();
    for (Future<String[]> u : uploads) {
      String[] r = u.get();
      idToName.put(r[1], r[2]);
    }
    clients.shutdown();
    // Polled twice a second, and only where a verdict is still missing: the polling must not take
    // the CPU that the inspection needs.
    Map<String, String> verdicts = new HashMap<>();
    List<String> waiting = new ArrayList<>(sessions);
    while (verdicts.size() < corpus.size()) {
      Thread.sleep(500);
      for (String session : List.copyOf(waiting)) {
        List<JsonObject> files = reporterFiles(session.split(" ")[1]);
        if (files.stream().noneMatch(f -> f.getString("state").equals("RECEIVED"))) {
          waiting.remove(session);
        }
        for (JsonObject file : files) {
          String state = file.getString("state");
          if (!state.equals("RECEIVED")) {
            verdicts.put(idToName.get(file.getString("id")), state + refusal(file));
          }
        }
      }
    }
    return verdicts;
  }

  // --- flood --------------------------------------------------------------------------------

  private void flood() throws Exception {
    int files = 20;
    byte[][] content = new byte[files][];
    for (int i = 0; i < files; i++) {
      content[i] = i % 2 == 0 ? largeText(20_000_000, i) : largePhoto(i);
    }
    List<String> sessions = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      sessions.add(session());
    }
    ExecutorService clients = Executors.newFixedThreadPool(files);
    AtomicInteger serverErrors = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      int n = i;
      answers.add(
          clients.submit(
              () -> {
                String[] s = sessions.get(n).split(" ");
                Api.Reply reply =
                    api.upload(
                        "api/v1/signals/" + s[0] + "/attachments",
                        "FollowUp " + s[1],
                        "groot-" + n + (n % 2 == 0 ? ".txt" : ".jpg"),
                        "application/octet-stream",
                        content[n]);
                if (reply.status() >= 500) {
                  serverErrors.incrementAndGet();
                }
                return reply.status();
              }));
    }
    Map<Integer, Integer> statuses = new LinkedHashMap<>();
    for (Future<Integer> a : answers) {
      statuses.merge(a.get(), 1, Integer::sum);
    }
    double answered = (System.nanoTime() - start) / 1e9;
    clients.shutdown();
    System.out.printf(
        "flood: %d uploads at once (10 texts of %.1f MB, 10 photos of %.1f MB): statuses %s, all"
            + " answered in %.1f s%n",
        files, content[0].length / 1e6, content[1].length / 1e6, statuses, answered);
    Map<String, Integer> verdicts = new LinkedHashMap<>();
    for (String session : sessions) {
      String token = session.split(" ")[1];
      while (true) {
        List<JsonObject> list = reporterFiles(token);
        if (!list.isEmpty() && !list.get(0).getString("state").equals("RECEIVED")) {
          JsonObject f = list.get(0);
          verdicts.merge(f.getString("state") + refusal(f), 1, Integer::sum);
          break;
        }
        if (list.isEmpty()) {
          verdicts.merge("not kept", 1, Integer::sum);
          break;
        }
        Thread.sleep(200);
      }
    }
    System.out.printf(
        "flood: verdicts %s, all in %.1f s; 5xx answers: %d%n",
        verdicts, (System.nanoTime() - start) / 1e9, serverErrors.get());
  }

  // --- slow ---------------------------------------------------------------------------------

  private void slow() throws Exception {
    // 30 million pixels of soft gradients: a few MB as a PNG, seconds to decode and encode again.
    BufferedImage image = new BufferedImage(6000, 5000, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setPaint(new java.awt.GradientPaint(0, 0, Color.ORANGE, 6000, 5000, Color.BLUE));
    g.fillRect(0, 0, 6000, 5000);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    String[] s = session().split(" ");
    // Two small files first start both workers (one each, in turn), so that what is measured is
    // the inspection alone, not a worker's start.
    for (int i = 0; i < 2; i++) {
      api.upload(
          "api/v1/signals/" + s[0] + "/attachments",
          "FollowUp " + s[1],
          "eerst-" + i + ".txt",
          "text/plain",
          "eerst".getBytes(StandardCharsets.UTF_8));
      int done = i + 1;
      while (reporterFiles(s[1]).stream()
              .filter(f -> !f.getString("state").equals("RECEIVED"))
              .count()
          < done) {
        Thread.sleep(100);
      }
    }
    long start = System.nanoTime();
    Api.Reply reply =
        api.upload(
            "api/v1/signals/" + s[0] + "/attachments",
            "FollowUp " + s[1],
            "ruis.png",
            "image/png",
            png.toByteArray());
    double answered = (System.nanoTime() - start) / 1e9;
    while (true) {
      JsonObject f = reporterFiles(s[1]).get(2);
      if (!f.getString("state").equals("RECEIVED")) {
        System.out.printf(
            "slow: a %.1f MB PNG of 30 million pixels: answered %d in %.2f s, verdict %s%s"
                + " after %.1f s%n",
            png.size() / 1e6,
            reply.status(),
            answered,
            f.getString("state"),
            refusal(f),
            (System.nanoTime() - start) / 1e9);
        return;
      }
      Thread.sleep(100);
    }
  }

  // --- the platform -------------------------------------------------------------------------

  /** A new signal and a follow-up session on it: "reference token". */
  private String session() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", "6211"))
            .build();
    Api.Reply submitted = api.post("api/v1/signals", signal);
    if (submitted.status() != 201) {
      throw new IllegalStateException(submitted.toString());
    }
    Api.Reply session =
        api.post(
            "api/v1/followup",
            Json.createObjectBuilder()
                .add("receiptCode", submitted.json().getString("receiptCode"))
                .build());
    return submitted.json().getString("reference") + " " + session.json().getString("token");
  }

  private List<JsonObject> reporterFiles(String token) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(base.resolve("api/v1/followup/attachments"))
                .header("Authorization", "FollowUp " + token)
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonArray files = Json.createReader(new StringReader(r.body())).readArray();
    return files.getValuesAs(JsonObject.class);
  }

  private static String refusal(JsonObject file) {
    return file.containsKey("refusal") && !file.isNull("refusal")
        ? " " + file.getString("refusal")
        : "";
  }

  // --- the corpus ---------------------------------------------------------------------------

  /** At least 50 files and 50 MB of allowed files, as reporters send them. */
  static Map<String, byte[]> corpus() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Random random = new Random(2026);
    for (int i = 0; i < 6; i++) {
      files.put("scherm-" + i + ".png", screenshot(random, 1600, 1000));
    }
    for (int i = 0; i < 10; i++) {
      files.put("rapport-" + i + ".pdf", pdf(random, 20 + i * 4, i % 3 == 0));
    }
    for (int i = 0; i < 6; i++) {
      files.put("brief-" + i + ".docx", docx(random, 200 + i * 100));
    }
    for (int i = 0; i < 4; i++) {
      files.put("huur-" + i + ".xlsx", xlsx(random, 2_000 + i * 1_000));
    }
    files.put("notitie.odt", Corpus.odtWithCreator());
    for (int i = 0; i < 6; i++) {
      files.put("notitie-" + i + ".txt", text(random, 50_000 + i * 20_000));
    }
    int photo = 0;
    while (files.size() < 50 || total(files) < 52_000_000) {
      files.put("foto-" + photo + ".jpg", photo(random, 4000, 3000));
      photo++;
    }
    return files;
  }

  private static long total(Map<String, byte[]> files) {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }

  private static String kinds(java.util.Set<String> names) {
    Map<String, Integer> count = new LinkedHashMap<>();
    names.forEach(n -> count.merge(n.substring(n.lastIndexOf('.') + 1), 1, Integer::sum));
    return count.toString();
  }

  /** A camera-like photo: soft gradients, shapes and sensor noise, JPEG quality 0.92. */
  private static byte[] photo(Random random, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(
        new java.awt.GradientPaint(
            0, 0, new Color(random.nextInt()), width, height, new Color(random.nextInt())));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(random.nextInt(), true));
      g.fillOval(
          random.nextInt(width),
          random.nextInt(height),
          50 + random.nextInt(800),
          50 + random.nextInt(600));
    }
    g.dispose();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = image.getRGB(x, y);
        int n = random.nextInt(24) - 12;
        int r = clamp(((rgb >> 16) & 0xff) + n);
        int gr = clamp(((rgb >> 8) & 0xff) + n);
        int b = clamp((rgb & 0xff) + n);
        image.setRGB(x, y, (r << 16) | (gr << 8) | b);
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.92f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    }
    writer.dispose();
    return out.toByteArray();
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  private static byte[] screenshot(Random random, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    for (int y = 30; y < height; y += 24) {
      g.drawString(sentence(random, 12), 20, y);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static byte[] pdf(Random random, int pages, boolean withPhoto) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.newLineAtOffset(50, 740);
          for (int line = 0; line < 55; line++) {
            content.showText(sentence(random, 14));
            content.newLineAtOffset(0, -13);
          }
          content.endText();
          if (withPhoto && p == 0) {
            byte[] jpeg = photo(random, 1600, 1200);
            var image = JPEGFactory.createFromByteArray(doc, jpeg);
            content.drawImage(image, 50, 50, 300, 225);
          }
        }
      }
      doc.getDocumentInformation().setAuthor(Corpus.AUTHOR);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] docx(Random random, int paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < paragraphs; i++) {
        doc.createParagraph().createRun().setText(sentence(random, 40));
      }
      doc.getProperties().getCoreProperties().setCreator(Corpus.AUTHOR);
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] xlsx(Random random, int rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Betalingen");
      for (int r = 0; r < rows; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue("2026-11-" + (1 + random.nextInt(28)));
        row.createCell(1).setCellValue(sentence(random, 4));
        row.createCell(2).setCellValue(random.nextInt(100_000) / 100.0);
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] text(Random random, int characters) {
    StringBuilder text = new StringBuilder();
    while (text.length() < characters) {
      text.append(sentence(random, 15)).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] largeText(int bytes, int seed) {
    return text(new Random(seed), bytes);
  }

  /** A photo of 27 million pixels, as a phone's main camera takes them. */
  private static byte[] largePhoto(int seed) throws IOException {
    return photo(new Random(seed), 6000, 4500);
  }

  private static final String[] WORDS = {
    "loods", "huur", "contant", "busje", "kenteken", "nacht", "haven", "schip", "zonder", "lichten",
    "man", "vroeg", "naar", "de", "schuur", "voor", "opslag", "betaling", "vooraf", "maand",
    "euro", "telefoon", "afspraak", "erf", "boer", "container", "lading", "douane", "werf", "kade"
  };

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.append('.').toString();
  }
}
