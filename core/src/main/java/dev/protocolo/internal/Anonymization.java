package dev.protocolo.internal;

import dev.protocolo.command.Anonymize;
import dev.protocolo.customer.Customer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The history details an anonymization writes. The same values replace the personal data in earlier entries
 * when history is redacted, so replaying a redacted history still reproduces the anonymized order.
 */
public final class Anonymization {
    /** Stands in for the customer's id and for customer actors' ids; not personal data. */
    public static final String ANONYMOUS_ID = "anonymized";
    /** The placeholder customer name. */
    public static final String ANONYMOUS_NAME = "Cliente anonimizado";

    private Anonymization() {
    }

    /** Detail values that turn the customer into the placeholder and clear subject, description and attributes. */
    public static Map<String, String> details(Anonymize cmd) {
        Map<String, String> d = new LinkedHashMap<>();
        Details.putCustomer(d, new Customer(ANONYMOUS_ID, ANONYMOUS_NAME, null, null, null, null, Set.of()));
        d.put(Details.SUBJECT, "");
        d.put(Details.DESCRIPTION, "");
        for (String name : cmd.attributes()) {
            d.put(Details.ATTRIBUTE_PREFIX + name, "");
        }
        return d;
    }
}
