package nl.waakzaam.audit.domain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each chain of the audit trail ended at a moment, as a text the application signs and an
 * auditor keeps outside the database. Compared with the trail later, it shows a trail rewritten
 * since: the record at each head's place must still have that hash.
 *
 * <p>The text is the signed form, one line per fact:
 *
 * <pre>
 * waakzaam-audit-heads/v1
 * issued-at 2026-12-01T10:00:00Z
 * chain 1 sequence 1234 hash 9f86d0…
 * </pre>
 */
public record HeadsStatement(Instant issuedAt, List<Head> heads) {

  static final String FIRST_LINE = "waakzaam-audit-heads/v1";

  private static final Pattern HEAD =
      Pattern.compile("chain (\\d{1,2}) sequence (\\d{1,18}) hash ([0-9a-f]{64})");

  /** The end of one chain: its last record's place and hash. */
  public record Head(int chain, long sequence, byte[] hash) {
    public Head {
      hash = hash.clone();
    }

    @Override
    public byte[] hash() {
      return hash.clone();
    }
  }

  public HeadsStatement {
    heads = List.copyOf(heads);
  }

  public String text() {
    StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
    text.append("issued-at ").append(issuedAt).append('\n');
    for (Head head : heads) {
      text.append("chain ")
          .append(head.chain())
          .append(" sequence ")
          .append(head.sequence())
          .append(" hash ")
          .append(HexFormat.of().formatHex(head.hash()))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * Reads a statement's text back, whatever became of its line ends and surrounding white space on
   * the way (a mail, a log, a JSON field); empty when it is not one. The signature is over {@link
   * #text()} of what is read, the one way it is written.
   */
  public static Optional<HeadsStatement> parse(String text) {
    String[] lines = (text.strip().replace("\r\n", "\n") + "\n").split("\n", -1);
    if (lines.length < 3 || !lines[0].equals(FIRST_LINE) || !lines[1].startsWith("issued-at ")) {
      return Optional.empty();
    }
    Instant issued;
    try {
      issued = Instant.parse(lines[1].substring("issued-at ".length()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    List<Head> heads = new ArrayList<>();
    for (int i = 2; i < lines.length - 1; i++) {
      Matcher m = HEAD.matcher(lines[i]);
      if (!m.matches()) {
        return Optional.empty();
      }
      heads.add(
          new Head(
              Integer.parseInt(m.group(1)),
              Long.parseLong(m.group(2)),
              HexFormat.of().parseHex(m.group(3))));
    }
    if (!lines[lines.length - 1].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HeadsStatement(issued, heads));
  }
}
