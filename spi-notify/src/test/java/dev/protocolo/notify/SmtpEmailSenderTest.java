package dev.protocolo.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.spi.DeliveryException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real SMTP on loopback: GreenMail for delivery, TLS and login; a scripted server for SMTP error replies. */
class SmtpEmailSenderTest {
    private GreenMail mail;
    private final Fixtures f = new Fixtures();
    private final TemplateRenderer renderer = TemplateRenderer.standard();

    @BeforeEach
    void startMail() {
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("notify@acme.test", "notify", "s3cret"));
        mail.start();
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    private SmtpEmailSender.Builder plain() {
        return SmtpEmailSender.builder().host("127.0.0.1").port(mail.getSmtp().getPort())
                .from("Atendimento ACME <atendimento@acme.test>").clock(f.clock).timeout(Duration.ofSeconds(5));
    }

    private Notification assigned(String language, String email) {
        ServiceOrder o = f.assign(f.open(Fixtures.customer(language, email, null)), "finance", "Estamos verificando.");
        return f.entry(o, NotificationChannel.EMAIL);
    }

    private MimeMessage receiveOne() {
        assertTrue(mail.waitForIncomingEmail(5000, 1), "message arrived");
        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(1, got.length);
        return got[0];
    }

    private static String part(MimeMessage m, int i) throws Exception {
        return ((MimeMultipart) m.getContent()).getBodyPart(i).getContent().toString();
    }

    @Test
    void deliversPortugueseMessageWithProtocolAndSteps() throws Exception {
        Notification n = assigned("pt-BR", "maria@example.com");
        SmtpEmailSender sender = plain().build();
        sender.send(n, renderer.render(n));

        MimeMessage m = receiveOne();
        assertEquals("maria@example.com", m.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals(Optional.of(n.protocol()), EmailSubjects.protocolIn(m.getSubject()));
        assertTrue(m.getSubject().contains("Em atendimento"), m.getSubject());
        assertEquals(sender.messageId(n.idempotencyKey()), m.getMessageID());
        assertEquals("auto-generated", m.getHeader("Auto-Submitted", null));
        assertEquals("pt-BR", m.getHeader("Content-Language", null));
        String text = part(m, 0);
        assertTrue(text.contains("Protocolo: " + n.protocol()), text);
        assertTrue(text.contains("Situação anterior: Aberto"), text);
        assertTrue(text.contains("Situação atual: Em atendimento"), text);
        assertTrue(text.contains("Estamos verificando."), text);
        assertTrue(part(m, 1).contains("<html lang=\"pt-BR\">"));
    }

    @Test
    void deliversEnglishMessage() throws Exception {
        Notification n = assigned("en", "mary@example.com");
        plain().build().send(n, renderer.render(n));
        MimeMessage m = receiveOne();
        assertTrue(m.getSubject().startsWith("[#" + n.protocol() + "] In progress"), m.getSubject());
        String text = part(m, 0);
        assertTrue(text.contains("Previous status: Open"), text);
        assertTrue(text.contains("Current status: In progress"), text);
    }

    @Test
    void sameIdempotencyKeyGivesSameMessageId() throws Exception {
        Notification n = assigned("pt-BR", "maria@example.com");
        SmtpEmailSender sender = plain().build();
        sender.send(n, renderer.render(n));
        sender.send(n, renderer.render(n));
        assertTrue(mail.waitForIncomingEmail(5000, 2));
        MimeMessage[] got = mail.getReceivedMessages();
        assertEquals(got[0].getMessageID(), got[1].getMessageID());
    }

    @Test
    void logsInOverImplicitTls() throws Exception {
        Notification n = assigned("pt-BR", "maria@example.com");
        SmtpEmailSender sender = SmtpEmailSender.builder().host("127.0.0.1").port(mail.getSmtps().getPort())
                .security(SmtpEmailSender.Security.TLS).trust("*")
                // GreenMail's self-signed certificate is not issued for 127.0.0.1.
                .property("mail.smtp.ssl.checkserveridentity", "false")
                .credentials("notify", "s3cret").from("atendimento@acme.test").build();
        sender.send(n, renderer.render(n));
        assertEquals(Optional.of(n.protocol()), EmailSubjects.protocolIn(receiveOne().getSubject()));
    }

    @Test
    void refusedLoginIsRetried() {
        Notification n = assigned("pt-BR", "maria@example.com");
        SmtpEmailSender sender = plain().credentials("notify", "wrong").build();
        DeliveryException e = assertThrows(DeliveryException.class, () -> sender.send(n, renderer.render(n)));
        assertTrue(e.isTransient());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void requiredStartTlsNeverFallsBackToPlainText() {
        // GreenMail's SMTP does not offer STARTTLS: a sender that requires it must refuse to send in clear.
        Notification n = assigned("pt-BR", "maria@example.com");
        SmtpEmailSender sender = plain().security(SmtpEmailSender.Security.STARTTLS).trust("*").build();
        DeliveryException e = assertThrows(DeliveryException.class, () -> sender.send(n, renderer.render(n)));
        assertTrue(e.isTransient(), "a configuration problem: keep the message until it is fixed");
        assertTrue(e.getMessage().contains("STARTTLS"), e.getMessage());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void rejectedRecipientIsPermanentAndTemporaryRefusalTransient() throws Exception {
        Notification n = assigned("pt-BR", "nobody@example.com");
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("550 5.1.1 no such user")) {
            SmtpEmailSender s = plain().port(server.port()).build();
            DeliveryException e = assertThrows(DeliveryException.class, () -> s.send(n, renderer.render(n)));
            assertFalse(e.isTransient(), e.getMessage());
            assertTrue(e.getMessage().contains("550"), e.getMessage());
        }
        try (ScriptedSmtpServer server = new ScriptedSmtpServer("451 4.7.1 greylisted, try later")) {
            SmtpEmailSender s = plain().port(server.port()).build();
            DeliveryException e = assertThrows(DeliveryException.class, () -> s.send(n, renderer.render(n)));
            assertTrue(e.isTransient(), e.getMessage());
        }
    }

    @Test
    void unreachableServerIsTransientAndBadAddressPermanent() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Notification n = assigned("pt-BR", "maria@example.com");
        DeliveryException down = assertThrows(DeliveryException.class,
                () -> plain().port(closed).build().send(n, renderer.render(n)));
        assertTrue(down.isTransient());

        Notification bad = Fixtures.with(n, "x", "y");
        Notification badAddress = new Notification(bad.id(), bad.tenant(), bad.orderId(), bad.protocol(),
                bad.orderVersion(), bad.event(), bad.audience(), bad.channel(), "not an address", bad.language(),
                bad.data(), bad.idempotencyKey(), bad.status(), 0, bad.createdAt(), null, null, null, null, null);
        DeliveryException invalid = assertThrows(DeliveryException.class,
                () -> plain().build().send(badAddress, renderer.render(badAddress)));
        assertFalse(invalid.isTransient());
    }
}
