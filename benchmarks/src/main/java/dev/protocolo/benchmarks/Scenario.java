package dev.protocolo.benchmarks;

import java.time.Duration;

/**
 * What every benchmarked order goes through, shared by the library run and the plain-JDBC baseline so both
 * write the same rows with the same text: open (team support), assign to an agent, forward to billing,
 * wait on the customer, resolve. Every step is public, and the customer has an e-mail address and a mobile
 * phone, so each step puts two notifications (e-mail, SMS) in the outbox.
 */
final class Scenario {
    static final String TENANT = "bench";
    static final String TYPE = "general";
    static final String TEAM = "support";
    static final String TEAM_NAME = "Suporte";
    static final String OTHER_TEAM = "billing";
    static final String OTHER_TEAM_NAME = "Financeiro";
    static final String AGENT_ID = "ana";
    static final String AGENT_NAME = "Ana Souza";
    static final String SUBJECT = "Cobrança em duplicidade na fatura de março";
    static final String DESCRIPTION = "O cliente relata duas cobranças do mesmo valor na fatura de março e pede o estorno.";
    static final String ASSIGN_MESSAGE = "Olá! Sou a Ana e vou acompanhar o seu atendimento.";
    static final String FORWARD_REASON = "estorno precisa de aprovação do financeiro";
    static final String FORWARD_MESSAGE = "Encaminhamos o seu pedido ao setor financeiro.";
    static final String WAIT_MESSAGE = "Aguardamos o envio do comprovante de pagamento.";
    static final Duration WAIT_FOR = Duration.ofDays(2);
    static final String RESOLUTION = "O estorno foi aprovado e aparecerá na sua próxima fatura.";

    private Scenario() {
    }

    static String customerId(int i) {
        return "crm-" + i;
    }

    static String customerName(int i) {
        return "Cliente " + i;
    }

    static String email(int i) {
        return "cliente" + i + "@example.com";
    }

    static String phone(int i) {
        return String.format("+55119%08d", i % 100_000_000);
    }
}
