package dev.protocolo.internal;

import dev.protocolo.customer.Customer;
import dev.protocolo.customer.NotificationChannel;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keys of {@code HistoryEntry.details()}. They are part of the stored format: renaming one breaks replay
 * of existing histories. An empty value means "set to null".
 */
public final class Details {
    public static final String TENANT = "tenant";
    public static final String PROTOCOL = "protocol";
    public static final String TYPE = "type";
    public static final String CHANNEL = "channel";
    public static final String SUBJECT = "subject";
    public static final String DESCRIPTION = "description";
    public static final String PRIORITY = "priority";
    public static final String CUSTOMER_EXTERNAL_ID = "customer.externalId";
    public static final String CUSTOMER_NAME = "customer.name";
    public static final String CUSTOMER_TAX_ID = "customer.taxId";
    public static final String CUSTOMER_EMAIL = "customer.email";
    public static final String CUSTOMER_PHONE = "customer.mobilePhone";
    public static final String CUSTOMER_LANGUAGE = "customer.language";
    public static final String CUSTOMER_OPT_OUTS = "customer.optOuts";
    public static final String ATTRIBUTE_PREFIX = "attr.";
    public static final String UNTIL = "until";
    public static final String WAITING_ON = "waitingOn";
    public static final String RESOLUTION = "resolution";
    public static final String OUTCOME = "outcome";
    public static final String VIA = "via";
    public static final String REASON = "reason";
    public static final String SLA_PREFIX = "sla.";
    public static final String SLA_FIRST_RESPONSE_DUE = "sla.firstResponseDueAt";
    public static final String SLA_RESOLUTION_DUE = "sla.resolutionDueAt";
    public static final String SLA_RESOLUTION_WARN = "sla.resolutionWarnAt";
    public static final String SLA_NEXT_UPDATE_DUE = "sla.nextUpdateDueAt";
    public static final String SLA_PAUSED_SINCE = "sla.pausedSince";
    public static final String SLA_PAUSED_TOTAL = "sla.pausedTotal";

    private Details() {
    }

    /** Writes every field of {@code c} under the customer keys. */
    public static void putCustomer(Map<String, String> d, Customer c) {
        d.put(CUSTOMER_EXTERNAL_ID, c.externalId());
        d.put(CUSTOMER_NAME, c.name());
        d.put(CUSTOMER_TAX_ID, c.taxId() == null ? "" : c.taxId().value());
        d.put(CUSTOMER_EMAIL, emptyIfNull(c.email()));
        d.put(CUSTOMER_PHONE, emptyIfNull(c.mobilePhone()));
        d.put(CUSTOMER_LANGUAGE, emptyIfNull(c.language()));
        d.put(CUSTOMER_OPT_OUTS, c.optOuts().stream().map(NotificationChannel::name).sorted().collect(Collectors.joining(",")));
    }

    public static String emptyIfNull(String s) {
        return s == null ? "" : s;
    }

    public static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
