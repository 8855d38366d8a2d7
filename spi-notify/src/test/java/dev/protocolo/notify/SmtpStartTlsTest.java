package dev.protocolo.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.notify.StartTlsSmtpServer.Command;
import dev.protocolo.notify.StartTlsSmtpServer.Login;
import dev.protocolo.notify.StartTlsSmtpServer.Received;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.DeliveryException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A submission server that upgrades with STARTTLS and takes logins only afterwards, as port 587 does. GreenMail
 * has no STARTTLS, so {@link StartTlsSmtpServer} plays the server, with a certificate made for 127.0.0.1 when
 * the class starts: the client checks the server's identity against it, and trusts it because it is listed.
 */
class SmtpStartTlsTest {
    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    static Path dir;
    private static Path keystore;

    private StartTlsSmtpServer server;
    private final Fixtures f = new Fixtures();
    private final TemplateRenderer renderer = TemplateRenderer.standard();

    @BeforeAll
    static void selfSignedCertificate() throws IOException, InterruptedException {
        keystore = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "smtp",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "keytool finished");
        assertEquals(0, p.exitValue(), output);
    }

    @BeforeEach
    void startServer() throws Exception {
        server = new StartTlsSmtpServer(keystore, STORE_PASSWORD, "notify", "s3cret");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private SmtpEmailSender sender(String password, String mechanism) {
        return SmtpEmailSender.builder().host("127.0.0.1").port(server.port())
                .security(SmtpEmailSender.Security.STARTTLS).trust("127.0.0.1")
                .credentials("notify", password)
                .property("mail.smtp.auth.mechanisms", mechanism)
                .from("Atendimento ACME <atendimento@acme.test>").clock(f.clock)
                .connectTimeout(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(5)).build();
    }

    private Notification assigned() {
        ServiceOrder o = f.assign(f.open(Fixtures.customer("pt-BR", "maria@example.com", null)), "finance",
                "Estamos verificando.");
        return f.entry(o, NotificationChannel.EMAIL);
    }

    /** Each command's verb, prefixed with "tls:" when it came over the upgraded connection. */
    private static List<String> conversation(List<Command> commands) {
        return commands.stream().map(c -> (c.tls() ? "tls:" : "") + c.verb()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLAIN", "LOGIN"})
    void upgradesWithStartTlsThenLogsInAndDelivers(String mechanism) throws Exception {
        Notification n = assigned();
        sender("s3cret", mechanism).send(n, renderer.render(n));

        assertEquals(List.of("EHLO", "STARTTLS", "tls:EHLO", "tls:AUTH", "tls:MAIL", "tls:RCPT", "tls:DATA",
                "tls:QUIT"), conversation(server.commands()));
        assertEquals(List.of(new Login(mechanism, "notify", "s3cret", true, true)), server.logins());

        List<Received> received = server.received();
        assertEquals(1, received.size());
        Received r = received.get(0);
        assertEquals("atendimento@acme.test", r.mailFrom());
        assertEquals(List.of("maria@example.com"), r.rcptTo());
        MimeMessage m = r.message();
        assertEquals("maria@example.com", m.getRecipients(Message.RecipientType.TO)[0].toString());
        assertTrue(m.getSubject().startsWith("[#" + n.protocol() + "] "), m.getSubject());
        assertEquals(Optional.of(n.protocol()), EmailSubjects.protocolIn(m.getSubject()));
        assertEquals(n.protocol(), m.getHeader("X-Protocolo-Protocol", null));
    }

    @Test
    void wrongPasswordIsRefusedOverTlsAndRetried() {
        Notification n = assigned();
        DeliveryException e = assertThrows(DeliveryException.class,
                () -> sender("wrong", "PLAIN LOGIN").send(n, renderer.render(n)));

        // Documented rule: a refused login is a configuration problem, so the message waits for the fix.
        assertTrue(e.isTransient(), e.getMessage());
        assertTrue(e.getMessage().contains("login refused"), e.getMessage());
        List<Login> logins = server.logins();
        assertFalse(logins.isEmpty());
        for (Login login : logins) {
            assertEquals("notify", login.user());
            assertEquals("wrong", login.password());
            assertTrue(login.tls(), "credentials only ever sent over TLS");
            assertFalse(login.accepted());
        }
        List<String> said = conversation(server.commands());
        assertEquals(List.of("EHLO", "STARTTLS", "tls:EHLO", "tls:AUTH"), said.subList(0, 4));
        assertFalse(said.contains("tls:MAIL"), said.toString());
        assertTrue(server.received().isEmpty());
    }
}
