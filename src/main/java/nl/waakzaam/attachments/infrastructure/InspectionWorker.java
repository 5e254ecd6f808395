package nl.waakzaam.attachments.infrastructure;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import nl.waakzaam.attachments.domain.Inspection;

/**
 * The inspection worker: a JVM of its own, started by {@link WorkerContentInspector}, that inspects
 * one file at a time and answers on its standard output. A parser that loops, hangs or runs out of
 * memory ends this process (killed at the time limit, or by {@code -XX:+ExitOnOutOfMemoryError}),
 * never the server.
 *
 * <p>Protocol, big-endian: the worker writes one byte {@code 1} when ready. A request is the file's
 * length (int) and bytes. The answer is the detected type (modified UTF-8), then {@code 0} and the
 * text (int length, UTF-8) and the clean copy (int length, bytes), or {@code 1} and the refusal's
 * name.
 */
public final class InspectionWorker {

  static final int READY = 1;
  static final int ACCEPTED = 0;
  static final int REFUSED = 1;

  private InspectionWorker() {}

  public static void main(String[] args) throws IOException {
    DataOutputStream answers =
        new DataOutputStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024));
    // Whatever a library prints must not mix with the answers.
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    Logger.getLogger("").setLevel(Level.SEVERE);
    // Image streams buffer in memory, never in a temporary file (slower, and a copy on disk).
    ImageIO.setUseCache(false);
    TikaInspection inspection = new TikaInspection(InspectionLimits.fromArguments(args));
    // Loading the parsers takes a while: it is done now, not in the first file's time limit.
    inspection.inspect("warm".getBytes(StandardCharsets.US_ASCII));
    DataInputStream requests = new DataInputStream(new BufferedInputStream(System.in));
    answers.writeByte(READY);
    answers.flush();
    while (true) {
      byte[] content;
      try {
        content = new byte[requests.readInt()];
      } catch (EOFException closed) {
        return;
      }
      requests.readFully(content);
      write(answers, inspection.inspect(content));
      answers.flush();
    }
  }

  private static void write(DataOutputStream out, Inspection verdict) throws IOException {
    out.writeUTF(verdict.detectedType());
    if (verdict.isAccepted()) {
      out.writeByte(ACCEPTED);
      byte[] text = verdict.text().getBytes(StandardCharsets.UTF_8);
      out.writeInt(text.length);
      out.write(text);
      out.writeInt(verdict.sanitized().length);
      out.write(verdict.sanitized());
    } else {
      out.writeByte(REFUSED);
      out.writeUTF(verdict.refusal().orElseThrow().name());
    }
  }
}
