package dev.protocolo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs every example's {@code main} and checks what it prints, so no example can rot. */
class ExamplesTest {

    /** Runs {@code main} with System.out captured. */
    static String run(ThrowingMain main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            main.run(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        original.print(out);
        return out;
    }

    @FunctionalInterface
    interface ThrowingMain {
        void run(String[] args) throws Exception;
    }

    @Test
    void invoiceDemo() throws Exception {
        String out = run(InvoiceDemo::main);
        java.util.regex.Matcher m = Pattern.compile("agent view: (\\S+) \\|").matcher(out);
        assertTrue(m.find(), out);
        String protocol = m.group(1);
        assertTrue(dev.protocolo.protocol.ProtocolFormat.yearly().isValid(protocol), protocol);
        // One e-mail per public step (open, forward, assign, 2 contact attempts, wait, resume, reply, resolve, close).
        java.util.List<String> subjects = out.lines().filter(l -> l.startsWith("  e-mail to maria@example.com — ")).toList();
        assertEquals(10, subjects.size(), out);
        assertTrue(subjects.stream().allMatch(l -> l.contains("[#" + protocol + "]")), subjects.toString());
        assertTrue(out.contains("Sua solicitação foi encaminhada para a equipe Financeiro."), out);
        assertTrue(out.contains("resolution due Tue 03/03 16:00 (paused)"), "the waiting night stops the clock");
        assertTrue(out.contains("resolution due Wed 04/03 15:20"), "and moves the deadline by the paused business time");
        assertTrue(out.contains("Sua solicitação foi encerrada."), out);
        assertTrue(out.contains("(with someone else's CPF: not found)"), out);
        assertTrue(out.contains("Resposta final:"), out);
        assertTrue(out.contains("filling report data: 300/300 orders"), out);
        assertTrue(Pattern.compile("opened \\d+ \\| resolved \\d+ \\| closed \\d+").matcher(out).find(), out);
        assertTrue(Pattern.compile("SLA compliance: \\d+ of \\d+ resolved within the deadline").matcher(out).find(), out);
    }

    @Test
    void quickStart() throws Exception {
        String out = run(QuickStart::main);
        assertTrue(Pattern.compile("Seu protocolo é \\d{10}-\\d").matcher(out).find(), out);
        assertTrue(out.contains("delivered 3 notifications"), "e-mails of open, forward and resolve; no phone, no SMS: " + out);
        assertTrue(Pattern.compile("\\S+ is resolved with team Financeiro").matcher(out).find(), out);
    }

    @Test
    void techSupportLifecycle() throws Exception {
        String out = run(TechSupportLifecycleExample::main);
        assertTrue(out.contains("attributes.serial_number"), out);
        assertTrue(out.contains("transition 'fix' refused: requires a first response to the customer"), out);
        assertTrue(out.contains("transition 'escalate_n2' refused: actor 'rita' needs one of roles [n2]"), out);
        assertTrue(out.contains("Aguardando peça"), out);
        assertTrue(Pattern.compile("Reparado\\s+team Suporte nível 2").matcher(out).find(), out);
    }

    @Test
    void customProtocolFormat() throws Exception {
        String out = run(CustomProtocolFormatExample::main);
        assertTrue(out.contains("general -> 12345620260302000001"), out);
        assertTrue(out.contains("general -> 12345620260302000002"), out);
        assertTrue(Pattern.compile("billing -> FAT-2026-000001-\\d").matcher(out).find(), out);
        assertTrue(out.contains("-> found FAT-2026-000001-"), out);
        assertTrue(out.contains("-> WRONG_CHECK_DIGIT"), out);
    }

    @Test
    void selfServiceLookup() throws Exception {
        String out = run(SelfServiceLookupExample::main);
        assertTrue(out.contains("protocol + CPF: "), out);
        assertTrue(out.contains("protocol + wrong CPF: not found"), out);
        assertTrue(out.contains("signed link: "), out);
        assertTrue(out.contains("expired link: not found"), out);
        assertTrue(out.contains("Enviaremos a 2ª via hoje."), out);
        assertFalse(out.contains("desconto"), "internal notes never reach the public view");
        assertFalse(out.contains("NOTE"), out);
    }

    @Test
    void hostTransaction() throws Exception {
        String out = run(HostTransactionExample::main);
        assertTrue(Pattern.compile("committed call opened \\S+; found by protocol: true").matcher(out).find(), out);
        assertTrue(Pattern.compile("rolled back call had \\S+; found by protocol: false").matcher(out).find(), out);
        assertTrue(out.contains("calls in the CRM table: 1"), out);
        java.util.regex.Matcher m = Pattern.compile("rolled back call had (\\S+);").matcher(out);
        assertTrue(m.find());
        assertTrue(out.contains("next committed call opened " + m.group(1)), "the number was given back: " + out);
    }

    @Test
    void postgres() throws Exception {
        dev.protocolo.jdbc.testing.TestDatabases.assumeConfigured(dev.protocolo.jdbc.testing.TestDatabases.Database.POSTGRESQL);
        String url = System.getenv(dev.protocolo.jdbc.testing.TestDatabases.POSTGRES_URL);
        // Tables of an earlier run (possibly of an older schema) must not decide this one.
        try (com.zaxxer.hikari.HikariDataSource ds = dev.protocolo.jdbc.testing.TestDatabases.pool(
                dev.protocolo.jdbc.testing.TestDatabases.Database.POSTGRESQL, "examples", 2)) {
            dev.protocolo.jdbc.testing.TestDatabases.dropTables(ds, "example_");
        }
        String out = run(args -> PostgresExample.main(new String[] {url}));
        assertTrue(out.contains("connected: POSTGRESQL"), out);
        assertTrue(Pattern.compile("order \\S+ is resolved at version 3").matcher(out).find(), out);
        assertTrue(out.contains("orders of CNPJ"), out);
    }

    @Test
    void whatsAppSender() throws Exception {
        String out = run(WhatsAppSenderExample::main);
        assertTrue(out.contains("gateway received: {\"to\":\"+5511912345678\""), out);
        assertTrue(out.contains("sent 1, retried 0, dead 0"), out);
    }
}
