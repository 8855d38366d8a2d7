package dev.protocolo.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.command.AddNote;
import dev.protocolo.command.AddReply;
import dev.protocolo.command.OpenOrder;
import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.order.Actor;
import dev.protocolo.order.Channel;
import dev.protocolo.order.OrderRef;
import dev.protocolo.order.Priority;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.report.ReportDataSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryExportTest {
    private final ReportDataSet data = ReportDataSet.create(ServiceDesk.builder().inMemory());
    private final HistoryExporter exporter = HistoryExporter.of(data.desk);

    @Test
    void everyPublicStepAndTheFinalAnswerWithLocalDatesAndNoInternalNotes() {
        HistoryExport x = exporter.export(ReportDataSet.TENANT, data.a.id(), null).orElseThrow();
        String text = x.text();
        // Opened Mon 13:00 UTC = 10:00 in São Paulo; resolved Tue 13:00 UTC.
        for (String expected : List.of("Protocolo: " + data.a.protocol().value(), "02/03/2026 10:00 — Abertura",
                "02/03/2026 11:00 — Resposta", "Recebemos seu pedido", "02/03/2026 12:00 — Encaminhamento",
                "03/03/2026 10:00 — Resolução", "Resposta final:\n2ª via enviada", "America/Sao_Paulo")) {
            assertTrue(text.contains(expected), expected + " missing in\n" + text);
        }
        String en = exporter.export(ReportDataSet.TENANT, data.a.id(), "en").orElseThrow().json();
        assertTrue(en.contains("\"actionLabel\":\"Resolved\""), en);
        assertTrue(en.contains("\"atLocal\":\"2026-03-02 10:00\""), en);
        assertTrue(en.contains("\"resolution\":\"2ª via enviada\""), en);
        for (String doc : List.of(text, x.json(), x.html(), en)) {
            for (String secret : List.of("cliente ligou duas vezes", "Fatura é com o financeiro", "Ana Souza", "bruno")) {
                assertFalse(doc.contains(secret), secret + " leaked");
            }
        }
    }

    @Test
    void userTextIsEscapedInJsonAndHtml() {
        ServiceDesk desk = data.desk;
        ServiceOrder o = desk.open(new OpenOrder(ReportDataSet.TENANT, "general", ReportDataSet.customer("x"),
                Channel.WEB, "Fatura \"março\" <b>&</b>", null, Priority.NORMAL, Map.of(), null,
                Actor.agent("ana", "Ana", "agent")));
        o = desk.reply(new AddReply(OrderRef.of(o), Actor.agent("ana", "Ana", "agent"), "linha 1\nlinha\t2 \\ </script>"));
        desk.note(new AddNote(OrderRef.of(o), Actor.agent("ana", "Ana", "agent"), "nota interna"));
        HistoryExport x = exporter.export(ReportDataSet.TENANT, o.id(), null).orElseThrow();
        String json = x.json();
        assertTrue(json.contains("\"subject\":\"Fatura \\\"março\\\" \\u003cb\\u003e\\u0026\\u003c/b\\u003e\""), json);
        assertTrue(json.contains("\"message\":\"linha 1\\nlinha\\t2 \\\\ \\u003c/script\\u003e\""), json);
        assertFalse(json.contains("nota interna"));
        String html = x.html();
        assertTrue(html.contains("Fatura &quot;março&quot; &lt;b&gt;&amp;&lt;/b&gt;"), html);
        assertTrue(html.contains("linha 1<br>linha\t2 \\ &lt;/script&gt;"), html);
        assertFalse(html.contains("<b>"));
    }
}
