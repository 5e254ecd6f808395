package nl.waakzaam.shared.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Every configuration key of Waakzaam, with its default and meaning: the one list an operator
 * reads.
 *
 * <p>Values come from MicroProfile Config, so each key can be given as a system property or as an
 * environment variable named by {@link #environmentVariable()} ({@code waakzaam.db.url} becomes
 * {@code WAAKZAAM_DB_URL}). Secrets have no default: a missing secret stops the deployment.
 */
public enum Setting {
  DB_URL(
      "waakzaam.db.url",
      "jdbc:postgresql://localhost:5432/waakzaam",
      "JDBC URL of the PostgreSQL database (15 or newer).",
      Format.TEXT),
  DB_USER(
      "waakzaam.db.user",
      "waakzaam",
      "Database user the application connects as: rights on the data, no right to alter the audit"
          + " trail.",
      Format.TEXT),
  DB_PASSWORD("waakzaam.db.password", "", "Password of the database user.", Format.SECRET_TEXT),
  DB_OWNER_USER(
      "waakzaam.db.owner-user",
      "",
      "Database user that owns the schema and runs the migrations at start; empty: the database"
          + " user. Use a separate owner in production, or the audit trail is append-only by trigger"
          + " alone.",
      Format.TEXT),
  DB_OWNER_PASSWORD(
      "waakzaam.db.owner-password",
      "",
      "Password of the schema owner; only where the application migrates at start.",
      Format.SECRET_TEXT),
  DB_MIGRATE_AT_START(
      "waakzaam.db.migrate-at-start",
      "true",
      "Whether the application migrates the schema at start (true, as the owner) or only checks that"
          + " the deployment's migrate step did (false: then it never needs the owner's password).",
      Format.TEXT),
  ENVIRONMENT(
      "waakzaam.environment",
      "production",
      "production or development. Outside development the application refuses to start when the"
          + " schema owner and its own database user are the same, when a key or database password is"
          + " shorter than 32 bytes, or when two secrets are equal.",
      Format.TEXT),
  OIDC_ISSUER(
      "waakzaam.oidc.issuer",
      null,
      "Issuer of staff and association tokens: the Keycloak realm URL, such as"
          + " https://login.example.nl/realms/waakzaam. Its keys are fetched from"
          + " <issuer>/protocol/openid-connect/certs and cached. Required.",
      Format.TEXT),
  CONSOLE_CLIENT_ID(
      "waakzaam.console.client-id",
      "waakzaam-console",
      "Keycloak client of the staff console: public, authorization code with PKCE.",
      Format.TEXT),
  OIDC_AUDIENCE(
      "waakzaam.oidc.audience",
      "waakzaam-api",
      "Audience a token must name to be accepted by the API.",
      Format.TEXT),
  RECEIPT_SECRET(
      "waakzaam.receipt.secret",
      null,
      "Base64 key of at least 32 bytes for the HMAC-SHA-256 of receipt codes. Required; changing it"
          + " makes every existing receipt code unusable.",
      Format.SECRET_KEY),
  AUDIT_KEY(
      "waakzaam.audit.key",
      null,
      "Base64 key of at least 32 bytes that seals every audit record (HMAC-SHA-256) and signs the"
          + " exported chain heads. Required; never give it to the database or its operators: whoever"
          + " holds it and the database can forge the trail.",
      Format.SECRET_KEY),
  FOLLOWUP_IDLE_TIMEOUT(
      "waakzaam.followup.idle-timeout",
      "PT15M",
      "ISO-8601 duration after which an unused follow-up session ends.",
      Format.DURATION),
  FOLLOWUP_MAX_LIFETIME(
      "waakzaam.followup.max-lifetime",
      "PT2H",
      "ISO-8601 duration after which a follow-up session ends however much it is used.",
      Format.DURATION),
  FOLLOWUP_MAX_SESSIONS(
      "waakzaam.followup.max-sessions",
      "5",
      "Follow-up sessions open at once for one signal; a new one ends the oldest.",
      Format.POSITIVE_INTEGER),
  FOLLOWUP_MAX_FAILURES(
      "waakzaam.followup.max-failures",
      "10",
      "Wrong receipt codes one client may try within the failure window before being refused.",
      Format.POSITIVE_INTEGER),
  FOLLOWUP_MAX_FAILURES_TOTAL(
      "waakzaam.followup.max-failures-total",
      "500",
      "Wrong receipt codes all clients together may try within the failure window, counted over"
          + " every instance. Past it nobody is locked out: each client may then try only"
          + " waakzaam.followup.max-failures-under-pressure wrong codes, and a right code still opens.",
      Format.POSITIVE_INTEGER),
  FOLLOWUP_MAX_FAILURES_UNDER_PRESSURE(
      "waakzaam.followup.max-failures-under-pressure",
      "2",
      "Wrong receipt codes one client may try within the failure window while all clients together"
          + " have used up theirs (at most waakzaam.followup.max-failures).",
      Format.POSITIVE_INTEGER),
  TRUSTED_PROXIES(
      "waakzaam.trusted-proxies",
      "",
      "Comma-separated addresses or ranges (10.0.0.0/8, fd00::/8) of the reverse proxies in front of"
          + " the application. Only from these is X-Forwarded-For believed and X-Forwarded-Proto"
          + " taken; empty: the connection's own address counts.",
      Format.TEXT),
  INTAKE_MAX_SUBMISSIONS(
      "waakzaam.intake.max-submissions-per-hour",
      "20",
      "Anonymous submissions (API and forms) one client may make per hour; more answer 429.",
      Format.POSITIVE_INTEGER),
  FOLLOWUP_FAILURE_WINDOW(
      "waakzaam.followup.failure-window",
      "PT15M",
      "ISO-8601 duration over which wrong receipt codes are counted.",
      Format.DURATION),
  ASSOCIATION_MAX_BATCHES(
      "waakzaam.association.max-batches-per-minute",
      "10",
      "Batches one association may send per minute, over every instance; more answer 429.",
      Format.POSITIVE_INTEGER),
  ASSOCIATION_MAX_ITEMS(
      "waakzaam.association.max-items-per-day",
      "5000",
      "Signals one association may send in its batches per day, over every instance; a batch that"
          + " would go past it answers 429 and stores nothing.",
      Format.POSITIVE_INTEGER),
  ASSOCIATION_MAX_BATCH_BYTES(
      "waakzaam.association.max-batch-bytes",
      "8388608",
      "Largest body of a batch of signals, in bytes; larger bodies get 413.",
      Format.POSITIVE_INTEGER),
  WEBHOOK_ALLOW_LOOPBACK(
      "waakzaam.webhook.allow-loopback",
      "false",
      "Whether an association's webhook may go to this machine (http://127.0.0.1, localhost), for"
          + " development and tests only (true or false; the run command sets true). Never in"
          + " production: a webhook to this machine reaches the platform itself.",
      Format.TEXT),
  WEBHOOK_FIRST_RETRY(
      "waakzaam.webhook.first-retry",
      "PT10S",
      "ISO-8601 duration before a failed webhook is first tried again; each further wait doubles.",
      Format.DURATION),
  WEBHOOK_LONGEST_RETRY(
      "waakzaam.webhook.longest-retry",
      "PT1H",
      "ISO-8601 duration that the wait between two attempts of a webhook never exceeds; attempts"
          + " stop 24 hours after the event.",
      Format.DURATION),
  WEBHOOK_TIMEOUT(
      "waakzaam.webhook.timeout",
      "PT10S",
      "ISO-8601 duration a receiver has to answer a webhook before the attempt counts as failed.",
      Format.DURATION),
  STATS_MIN_CELL(
      "waakzaam.stats.min-cell",
      "5",
      "Smallest count of signals a published figure shows (k-anonymity): counts from 1 to this minus"
          + " one are suppressed, and further cells wherever a total would let them be worked out.",
      Format.POSITIVE_INTEGER),
  LINKING_GRANT_DURATION(
      "waakzaam.linking.grant-duration",
      "P7D",
      "ISO-8601 duration for which a granted request lets a coordinator read the other region's"
          + " signals it names.",
      Format.DURATION),
  ROUTING_UNREAD_OVERDUE(
      "waakzaam.routing.unread-overdue-working-days",
      "5",
      "Working days after which a package no one of its partner has opened shows as overdue to the"
          + " coordinator.",
      Format.POSITIVE_INTEGER),
  API_MAX_BODY_BYTES(
      "waakzaam.api.max-body-bytes",
      "262144",
      "Largest request body the JSON API reads, in bytes; larger bodies get 413.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MASTER_KEY(
      "waakzaam.attachment.master-key",
      null,
      "Base64 key of at least 32 bytes that wraps the key of every stored file. Required; without"
          + " it no file can be read again, so keep it as safe as the database backups.",
      Format.SECRET_KEY),
  ATTACHMENT_MAX_FILE_BYTES(
      "waakzaam.attachment.max-file-bytes",
      "20971520",
      "Largest file, in bytes (20 MB); a larger upload is refused before it is read to the end.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MAX_UPLOAD_BYTES(
      "waakzaam.attachment.max-upload-bytes-per-hour",
      "209715200",
      "Bytes of files one client may upload per hour as a reporter (200 MB); at least the largest"
          + " file. A body without a declared length counts as the largest file.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MAX_SIGNAL_BYTES(
      "waakzaam.attachment.max-signal-bytes",
      "104857600",
      "Most bytes of files one signal may hold (100 MB).",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MAX_FILES(
      "waakzaam.attachment.max-files",
      "10",
      "Most files one signal may hold.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_TIME_LIMIT(
      "waakzaam.attachment.time-limit",
      "PT30S",
      "ISO-8601 duration one file's inspection may take; past it the inspection is stopped and the"
          + " file refused.",
      Format.DURATION),
  ATTACHMENT_SWEEP_INTERVAL(
      "waakzaam.attachment.sweep-interval",
      "PT1M",
      "ISO-8601 duration between looks for files whose inspection never started or was cut short"
          + " (a full queue, a crash, a restart).",
      Format.DURATION),
  ATTACHMENT_WORKERS(
      "waakzaam.attachment.workers",
      "2",
      "Inspection worker processes: how many files are inspected at once.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_WORKER_HEAP_MB(
      "waakzaam.attachment.worker-heap-mb",
      "256",
      "Heap of each inspection worker, in MB; a file that needs more is refused as too complex.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_WORKER_MAX_FILES(
      "waakzaam.attachment.worker-max-files",
      "500",
      "Files an inspection worker inspects before it is replaced by a new one.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MAX_PIXELS(
      "waakzaam.attachment.max-pixels",
      "40000000",
      "Most pixels of an image; larger ones are refused before they are decoded.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MAX_TEXT_CHARACTERS(
      "waakzaam.attachment.max-text-characters",
      "100000",
      "Most characters of text kept from one file for search.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MAX_EMBEDDED(
      "waakzaam.attachment.max-embedded",
      "100",
      "Most embedded parts (images in a document) parsed in one file; more refuse it.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MAX_DEPTH(
      "waakzaam.attachment.max-depth",
      "3",
      "Deepest nesting of embedded parts in one file; deeper refuses it.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MAX_EXPANSION(
      "waakzaam.attachment.max-expansion",
      "100",
      "How many times its own size a file may unpack to; more is a compression bomb.",
      Format.POSITIVE_INTEGER),
  ATTACHMENT_MAX_PDF_PAGES(
      "waakzaam.attachment.max-pdf-pages", "2000", "Most pages of a PDF.", Format.POSITIVE_INTEGER),
  SLA_FIRST_FEEDBACK(
      "waakzaam.sla.first-feedback",
      "LOW=10,NORMAL=5,HIGH=2,URGENT=1",
      "Working days, per priority, within which the reporter hears from the platform (a question,"
          + " a message, the outcome).",
      Format.DAYS_BY_NAME),
  SLA_DECISION(
      "waakzaam.sla.decision",
      "LOW=40,NORMAL=20,HIGH=10,URGENT=3",
      "Working days, per priority, within which staff route, close or reject a signal.",
      Format.DAYS_BY_NAME),
  SMTP_HOST(
      "waakzaam.smtp.host",
      "localhost",
      "SMTP server for the content-free notice to reporters who left an e-mail address.",
      Format.TEXT),
  SMTP_PORT("waakzaam.smtp.port", "25", "Port of the SMTP server.", Format.POSITIVE_INTEGER),
  SMTP_STARTTLS(
      "waakzaam.smtp.starttls",
      "true",
      "Whether the SMTP connection must be upgraded with STARTTLS (true or false); false only for a"
          + " server on the same machine.",
      Format.TEXT),
  SMTP_USER("waakzaam.smtp.user", "", "SMTP user name; empty for none.", Format.TEXT),
  SMTP_PASSWORD("waakzaam.smtp.password", "", "SMTP password.", Format.SECRET_TEXT),
  MAIL_FROM(
      "waakzaam.mail.from",
      "noreply@localhost",
      "Sender address of the notice to reporters.",
      Format.TEXT),
  PUBLIC_URL(
      "waakzaam.public-url",
      "http://localhost:8080",
      "Where reporters open the site; the notice to reporters links to its follow-up page.",
      Format.TEXT);

  /** How a value is written; {@link Settings#check(Setting)} holds a value to it. */
  public enum Format {
    TEXT,
    SECRET_TEXT,
    SECRET_KEY,
    DURATION,
    POSITIVE_INTEGER,
    /** {@code NAME=days,NAME=days}: a number of days, 1 to 365, for each name. */
    DAYS_BY_NAME
  }

  private final String key;
  private final String defaultValue;
  private final String meaning;
  private final Format format;

  Setting(String key, String defaultValue, String meaning, Format format) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.meaning = meaning;
    this.format = format;
  }

  public String key() {
    return key;
  }

  /** The default, or empty when the setting must be given. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  public boolean required() {
    return defaultValue == null;
  }

  public Format format() {
    return format;
  }

  public boolean secret() {
    return format == Format.SECRET_TEXT || format == Format.SECRET_KEY;
  }

  public String meaning() {
    return meaning;
  }

  /** The environment variable MicroProfile Config maps to this key. */
  public String environmentVariable() {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
