package dev.protocolo.spi;

import java.util.Objects;

/**
 * A notification turned into words for one channel and language by a {@link MessageRenderer}. Immutable.
 *
 * @param subject  e-mail subject, or {@code null} for channels without one
 * @param text     plain text body; for SMS the whole message
 * @param html     HTML body with user text escaped, or {@code null} for channels that take text only
 * @param segments SMS segments the text needs (1 for a single 160-character GSM-7 message), 0 when the
 *                 channel is not SMS
 */
public record RenderedMessage(String subject, String text, String html, int segments) {
    public RenderedMessage {
        Objects.requireNonNull(text, "text");
        if (segments < 0) {
            throw new IllegalArgumentException("segments must not be negative");
        }
    }

    /** A plain text message without subject or HTML. */
    public static RenderedMessage text(String text) {
        return new RenderedMessage(null, text, null, 0);
    }
}
