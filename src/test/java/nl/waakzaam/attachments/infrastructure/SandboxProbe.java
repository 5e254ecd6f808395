package nl.waakzaam.attachments.infrastructure;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in for the inspection worker, started exactly as a worker is (same launcher, same
 * sandbox), that tries what a hostile file's parser would: to call out over the network and to
 * write outside its scratch directory. It answers each request with what happened.
 */
public final class SandboxProbe {

  private SandboxProbe() {}

  public static void main(String[] args) throws IOException {
    DataInputStream requests = new DataInputStream(System.in);
    DataOutputStream answers = new DataOutputStream(System.out);
    answers.writeByte(InspectionWorker.READY);
    answers.flush();
    while (true) {
      String[] request = requests.readUTF().split(" ", 2);
      String answer =
          switch (request[0]) {
            case "connect" -> connect(Integer.parseInt(request[1]));
            case "write" -> write(Path.of(request[1]));
            default -> "unknown request";
          };
      answers.writeUTF(answer);
      answers.flush();
    }
  }

  private static String connect(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
      return "connected";
    } catch (IOException e) {
      return "refused: " + e.getClass().getSimpleName();
    }
  }

  private static String write(Path file) {
    try {
      Files.writeString(file, "written by the probe");
      return "written";
    } catch (IOException e) {
      return "refused: " + e.getClass().getSimpleName();
    }
  }
}
