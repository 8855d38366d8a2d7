package dev.protocolo.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.command.Wait;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationData;
import dev.protocolo.notify.internal.SmsText;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.WaitingOn;
import dev.protocolo.spi.RenderedMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRendererTest {
    private final Fixtures f = new Fixtures();
    private final TemplateRenderer renderer = TemplateRenderer.standard();

    @Test
    void portugueseEmailTellsProtocolStepsTeamAndMessage() {
        ServiceOrder o = f.assign(f.open(Fixtures.customer("pt-BR", "maria@example.com", null)), "finance",
                "Vamos verificar sua fatura.");
        RenderedMessage m = renderer.render(f.entry(o, NotificationChannel.EMAIL));
        String protocol = o.protocol().value();

        assertTrue(m.subject().startsWith("[#" + protocol + "] Em atendimento"), m.subject());
        assertEquals(Optional.of(protocol), EmailSubjects.protocolIn(m.subject()));
        assertTrue(m.text().contains("Olá, Maria Silva."), m.text());
        assertTrue(m.text().contains("Sua solicitação está em atendimento pela equipe Financeiro."), m.text());
        assertTrue(m.text().contains("Protocolo: " + protocol), m.text());
        assertTrue(m.text().contains("Situação anterior: Aberto"), m.text());
        assertTrue(m.text().contains("Situação atual: Em atendimento"), m.text());
        assertTrue(m.text().contains("Equipe responsável: Financeiro"), m.text());
        assertTrue(m.text().contains("Vamos verificar sua fatura."), m.text());
        assertTrue(m.html().contains("<strong>" + protocol + "</strong>"), m.html());
        assertTrue(m.html().contains("Situação anterior</td><td>Aberto"), m.html());
        assertEquals(0, m.segments());
    }

    @Test
    void englishEmailUsesEnglishTemplatesAndLabels() {
        ServiceOrder o = f.assign(f.open(Fixtures.customer("en", "mary@example.com", null)), "finance", null);
        RenderedMessage m = renderer.render(f.entry(o, NotificationChannel.EMAIL));
        assertTrue(m.subject().contains("In progress"), m.subject());
        assertTrue(m.text().contains("Hello Maria Silva,"), m.text());
        assertTrue(m.text().contains("Previous status: Open"), m.text());
        assertTrue(m.text().contains("Current status: In progress"), m.text());
        assertTrue(m.text().contains("Your request is being handled by the Financeiro team."), m.text());
        assertFalse(m.text().contains("Message:"), "no empty message block");
    }

    @Test
    void openingHasNoPreviousStep() {
        ServiceOrder o = f.open(Fixtures.customer("pt-BR", "maria@example.com", null));
        RenderedMessage m = renderer.render(f.entry(o, NotificationChannel.EMAIL));
        assertTrue(m.text().contains("Recebemos sua solicitação e abrimos o protocolo " + o.protocol().value()), m.text());
        assertFalse(m.text().contains("Situação anterior"), m.text());
    }

    @Test
    void datesAreShownInTheNotificationsZone() {
        ServiceOrder o = f.open(Fixtures.customer("pt-BR", "maria@example.com", null));
        Notification n = Fixtures.with(f.entry(o, NotificationChannel.EMAIL), NotificationData.DUE_AT, "2026-03-05T17:00:00Z");
        assertTrue(renderer.render(n).text().contains("Prazo de solução: 05/03/2026 14:00"), "São Paulo is UTC-3");

        ServiceOrder waiting = f.desk.hold(new Wait(OrderRef.of(f.assign(o, "support", null)), Fixtures.AGENT,
                WaitingOn.CUSTOMER, Instant.parse("2026-03-04T13:30:00Z"), "Ligaremos de volta.", null));
        RenderedMessage m = renderer.render(f.entry(waiting, NotificationChannel.EMAIL));
        assertTrue(m.text().contains("aguarda um retorno até 04/03/2026 10:30"), m.text());
        assertTrue(m.text().contains("Retorno previsto: 04/03/2026 10:30"), m.text());
    }

    @Test
    void htmlEscapesWhatPeopleTyped() {
        ServiceOrder o = f.assign(f.open(Fixtures.customer("pt-BR", "maria@example.com", null)), "support",
                "<script>alert('x')</script> & <b>bold</b>");
        RenderedMessage m = renderer.render(f.entry(o, NotificationChannel.EMAIL));
        assertFalse(m.html().contains("<script>"), m.html());
        assertFalse(m.html().contains("<b>bold"), m.html());
        assertTrue(m.html().contains("&lt;script&gt;"), m.html());
        assertTrue(m.text().contains("<script>alert('x')</script>"), "plain text is not escaped");
    }

    @Test
    void smsFitsOneGsmSegmentAndSaysWhenItWasShortened() {
        ServiceOrder o = f.assign(f.open(Fixtures.customer("pt-BR", null, "+5511987654321")), "finance",
                "Identificamos uma cobrança em duplicidade na sua fatura de fevereiro e já pedimos o estorno; "
                        + "o valor volta em até duas faturas, e avisaremos quando for creditado.");
        RenderedMessage m = renderer.render(f.entry(o, NotificationChannel.SMS));
        assertEquals(1, m.segments());
        assertTrue(SmsText.isGsm(m.text()), m.text());
        assertTrue(m.text().length() <= 160, m.text().length() + ": " + m.text());
        assertTrue(m.text().startsWith("Protocolo " + o.protocol().value()), m.text());
        assertTrue(m.text().contains("Aberto > Em atendimento"), m.text());
        assertTrue(m.text().endsWith("... (resumida, veja o e-mail)"), m.text());
        assertNull(m.subject());
        assertNull(m.html());

        RenderedMessage two = TemplateRenderer.builder().smsSegments(2).build().render(f.entry(o, NotificationChannel.SMS));
        assertEquals(2, two.segments());
        assertTrue(two.text().length() > 160);
    }

    @Test
    void shortSmsIsNotCut() {
        ServiceOrder o = f.open(Fixtures.customer("pt-BR", null, "+5511987654321"));
        RenderedMessage m = renderer.render(f.entry(o, NotificationChannel.SMS));
        assertEquals(1, m.segments());
        assertFalse(m.text().contains("resumida"), m.text());
        assertTrue(m.text().contains("Recebemos sua solicitacao"), "accents stripped for GSM-7: " + m.text());
    }

    @Test
    void hostTemplatesOnDiskWinAndOthersFallBack(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("pt-BR"));
        Files.writeString(dir.resolve("pt-BR/assign.mustache"), "Chamado com {{team}}.");
        Files.writeString(dir.resolve("pt-BR/assign.subject.mustache"), "Protocolo {{protocol}} {{! no tag }}[#{{protocol}}]");
        TemplateRenderer custom = TemplateRenderer.builder().directory(dir).build();
        ServiceOrder o = f.assign(f.open(Fixtures.customer("pt-BR", "maria@example.com", null)), "finance", null);
        RenderedMessage m = custom.render(f.entry(o, NotificationChannel.EMAIL));
        assertEquals("Protocolo " + o.protocol().value() + " [#" + o.protocol().value() + "]", m.subject());
        assertTrue(m.text().contains("Chamado com Financeiro."), m.text());
        assertTrue(m.text().contains("Situação atual: Em atendimento"), "layout still built in");
    }

    @Test
    void unknownLanguageFallsBackToPortuguese() {
        // Customers are limited to pt-BR and en, but a host policy may still produce other languages.
        ServiceOrder o = f.open(Fixtures.customer("pt-BR", "maria@example.com", null));
        dev.protocolo.notification.Notification n = f.entry(o, NotificationChannel.EMAIL);
        dev.protocolo.notification.Notification spanish = new dev.protocolo.notification.Notification(n.id(), n.tenant(),
                n.orderId(), n.protocol(), n.orderVersion(), n.event(), n.audience(), n.channel(), n.recipient(), "es-AR",
                n.data(), n.idempotencyKey(), n.status(), n.attempts(), n.createdAt(), n.nextAttemptAt(), n.sentAt(),
                n.lastError(), n.claimedBy(), n.leaseUntil());
        assertTrue(renderer.render(spanish).text().contains("Protocolo:"));
    }

    @Test
    void protocolIsFoundInReplySubjects() {
        assertEquals(Optional.of("2026000123-7"), EmailSubjects.protocolIn("RE: Fwd: [#2026000123-7] Resolvido - Sem internet"));
        assertEquals(Optional.empty(), EmailSubjects.protocolIn("Sem internet"));
        assertEquals("[#2026000123-7]", EmailSubjects.tag("2026000123-7"));
    }
}
