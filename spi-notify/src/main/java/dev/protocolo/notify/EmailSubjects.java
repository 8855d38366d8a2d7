package dev.protocolo.notify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The protocol tag of e-mail subjects, {@code [#2026000123-7]}. Every notification e-mail carries it, and
 * mail clients keep it through "Re:" and "Fwd:", so an inbound-mail handler can find the order a reply
 * belongs to with {@link #protocolIn(String)}. Stateless.
 */
public final class EmailSubjects {
    private static final Pattern TAG = Pattern.compile("\\[#\\s*([A-Za-z0-9][A-Za-z0-9./-]*)\\s*]");

    private EmailSubjects() {
    }

    /** The tag for a protocol number. */
    public static String tag(String protocol) {
        return "[#" + protocol + "]";
    }

    /**
     * The protocol number in the first tag of {@code subject}, as printed (check it with
     * {@code ServiceDesk.parseProtocol} before looking the order up).
     */
    public static Optional<String> protocolIn(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(subject);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
