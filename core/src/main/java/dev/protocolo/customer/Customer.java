package dev.protocolo.customer;

import java.util.Set;

/**
 * The person or organisation that asked for service.
 *
 * @param externalId the host system's id of the customer (e.g. the CRM's account id)
 * @param name       the name to address the customer by
 * @param taxId      CPF or CNPJ; {@code null} for foreigners and anonymous callers
 * @param email      e-mail address for notifications, or {@code null}
 * @param mobilePhone mobile number in E.164 form ({@code +5511987654321}), or {@code null}
 * @param language   preferred language tag, {@code pt-BR} (default) or {@code en}
 * @param optOuts    notification channels the customer declined
 */
public record Customer(String externalId, String name, TaxId taxId, String email, String mobilePhone,
                       String language, Set<NotificationChannel> optOuts) {
    public Customer {
        language = language == null ? "pt-BR" : language;
        optOuts = optOuts == null ? Set.of() : Set.copyOf(optOuts);
    }
}
