package dev.protocolo.notify;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.spi.DeliveryException;
import dev.protocolo.spi.NotificationSender;
import dev.protocolo.spi.RenderedMessage;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sends e-mail over SMTP with Jakarta Mail (Eclipse Angus): one {@code multipart/alternative} message with
 * the rendered text and HTML, to the entry's recipient, from the configured sender.
 *
 * <p>The {@code Message-ID} is derived from the entry's idempotency key, so a message sent twice (a retry
 * after a lost answer, a second dispatcher after a crash) arrives with the same id and mail systems and
 * inbound-mail handlers can tell it is the same message. {@code Auto-Submitted: auto-generated} keeps
 * vacation responders quiet.
 *
 * <p>Failures: an SMTP 5xx about the recipient or the message, or an invalid address, is final; 4xx
 * replies, connection problems, timeouts and refused logins are retried (a login is usually fixed by
 * correcting the configuration, after which the queued messages go out).
 *
 * <p>Immutable and thread-safe: each send opens its own connection on a shared {@link Session}.
 */
public final class SmtpEmailSender implements NotificationSender {
    /** How the connection is protected. */
    public enum Security {
        /** Plain SMTP, e.g. a relay on localhost. */
        NONE,
        /** Plain connection upgraded with STARTTLS, which is then required (usually port 587). */
        STARTTLS,
        /** TLS from the first byte, "SMTPS" (usually port 465). */
        TLS
    }

    private final Session session;
    private final InternetAddress from;
    private final InternetAddress replyTo;
    private final String username;
    private final String password;
    private final String messageIdDomain;
    private final Clock clock;

    private SmtpEmailSender(Builder b) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", b.host);
        p.put("mail.smtp.port", Integer.toString(b.port));
        p.put("mail.smtp.connectiontimeout", Long.toString(b.connectTimeout.toMillis()));
        p.put("mail.smtp.timeout", Long.toString(b.timeout.toMillis()));
        p.put("mail.smtp.writetimeout", Long.toString(b.timeout.toMillis()));
        if (b.security == Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            // Required, not just enabled: otherwise a server (or an attacker) that hides STARTTLS gets plain text.
            p.put("mail.smtp.starttls.required", "true");
        } else if (b.security == Security.TLS) {
            p.put("mail.smtp.ssl.enable", "true");
        }
        if (b.trust != null) {
            p.put("mail.smtp.ssl.trust", b.trust);
        }
        if (b.username != null) {
            p.put("mail.smtp.auth", "true");
        }
        b.properties.forEach(p::put);
        this.session = Session.getInstance(p);
        this.from = b.from;
        this.replyTo = b.replyTo;
        this.username = b.username;
        this.password = b.password;
        this.messageIdDomain = b.messageIdDomain != null ? b.messageIdDomain : domainOf(b.from.getAddress());
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Set<NotificationChannel> channels() {
        return Set.of(NotificationChannel.EMAIL);
    }

    @Override
    public void send(Notification n, RenderedMessage m) {
        MimeMessage message;
        try {
            message = message(n, m);
        } catch (AddressException e) {
            throw DeliveryException.permanent("invalid e-mail address '" + n.recipient() + "': " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw DeliveryException.permanent("cannot build e-mail: " + e.getMessage(), e);
        }
        try {
            if (username != null) {
                Transport.send(message, username, password);
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    /** The Message-ID used for an idempotency key: the same key always gives the same id. */
    public String messageId(String idempotencyKey) {
        return "<" + sha256(idempotencyKey).substring(0, 40) + ".protocolo@" + messageIdDomain + ">";
    }

    private MimeMessage message(Notification n, RenderedMessage m) throws MessagingException {
        if (n.recipient() == null || n.recipient().isBlank()) {
            throw new AddressException("no recipient");
        }
        MimeMessage msg = new FixedIdMessage(session, messageId(n.idempotencyKey()));
        msg.setFrom(from);
        if (replyTo != null) {
            msg.setReplyTo(new InternetAddress[] {replyTo});
        }
        msg.setRecipient(Message.RecipientType.TO, new InternetAddress(n.recipient(), true));
        msg.setSubject(m.subject() != null ? m.subject() : EmailSubjects.tag(n.protocol()), "UTF-8");
        msg.setSentDate(Date.from(clock.instant()));
        msg.setHeader("Auto-Submitted", "auto-generated");
        msg.setHeader("X-Protocolo-Protocol", n.protocol());
        if (n.language() != null) {
            msg.setHeader("Content-Language", n.language());
        }
        if (m.html() == null) {
            msg.setText(m.text(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(m.html(), "UTF-8", "html");
            msg.setContent(new MimeMultipart("alternative", text, html));
        }
        return msg;
    }

    private static DeliveryException classify(MessagingException e) {
        // Jakarta Mail chains the per-recipient failures through getNextException(); look at all of them.
        for (Exception x = e; x != null; x = x instanceof MessagingException me ? me.getNextException() : null) {
            int code = x instanceof SMTPAddressFailedException a ? a.getReturnCode()
                    : x instanceof SMTPSenderFailedException s ? s.getReturnCode()
                    : x instanceof SMTPSendFailedException f ? f.getReturnCode() : -1;
            if (code >= 500) {
                return DeliveryException.permanent("SMTP " + code + ": " + x.getMessage().strip(), e);
            }
            if (code >= 400) {
                return DeliveryException.transientFailure("SMTP " + code + ": " + x.getMessage().strip(), e);
            }
        }
        if (e instanceof AuthenticationFailedException) {
            return DeliveryException.transientFailure("SMTP login refused: " + e.getMessage(), e);
        }
        Throwable cause = e.getCause();
        String why = cause instanceof IOException ? cause.toString() : e.getMessage();
        return DeliveryException.transientFailure("SMTP: " + why, e);
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Keeps our Message-ID: Jakarta Mail would otherwise replace it with a random one on save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    /** Configures an {@link SmtpEmailSender}; not thread-safe. */
    public static final class Builder {
        private String host = "localhost";
        private int port = 25;
        private InternetAddress from;
        private InternetAddress replyTo;
        private Security security = Security.NONE;
        private String trust;
        private String username;
        private String password;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(30);
        private String messageIdDomain;
        private Clock clock = Clock.systemUTC();
        private final Map<String, String> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /** The SMTP server (default localhost). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** The server's port (default 25). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The sender, e.g. {@code "Atendimento ACME <atendimento@acme.com.br>"} (required). */
        public Builder from(String address) {
            this.from = parse(address, "from");
            return this;
        }

        /** Where customers' replies go, e.g. the mailbox read by the inbound-mail handler. */
        public Builder replyTo(String address) {
            this.replyTo = parse(address, "replyTo");
            return this;
        }

        /** Connection protection (default {@link Security#NONE}). */
        public Builder security(Security security) {
            this.security = Objects.requireNonNull(security);
            return this;
        }

        /**
         * Hosts whose certificate is trusted without validation, space-separated or {@code "*"}: only for
         * servers with a self-signed certificate on a trusted network (and for tests).
         */
        public Builder trust(String hosts) {
            this.trust = Objects.requireNonNull(hosts);
            return this;
        }

        /** Log in with these credentials (SMTP AUTH). */
        public Builder credentials(String username, String password) {
            this.username = Objects.requireNonNull(username);
            this.password = Objects.requireNonNull(password);
            return this;
        }

        /** Time allowed to connect (default 10 s). */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = Objects.requireNonNull(d);
            return this;
        }

        /** Time allowed for each read and write on the connection (default 30 s). */
        public Builder timeout(Duration d) {
            this.timeout = Objects.requireNonNull(d);
            return this;
        }

        /** Right-hand side of generated Message-IDs (default the sender's domain). */
        public Builder messageIdDomain(String domain) {
            this.messageIdDomain = Objects.requireNonNull(domain);
            return this;
        }

        /** Clock for the Date header (default system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Any other Jakarta Mail session property, e.g. {@code mail.smtp.localhost}; applied last. */
        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        public SmtpEmailSender build() {
            if (from == null) {
                throw new IllegalArgumentException("from address is required");
            }
            return new SmtpEmailSender(this);
        }

        private static InternetAddress parse(String address, String what) {
            try {
                return new InternetAddress(address, true);
            } catch (AddressException e) {
                throw new IllegalArgumentException(what + " is not a valid address: " + address, e);
            }
        }
    }
}
