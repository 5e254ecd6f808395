package nl.waakzaam.attachments.application;

import java.util.UUID;

/** A file was kept and waits for its inspection; fired in the transaction that kept it. */
public record AttachmentReceived(UUID attachment) {}
