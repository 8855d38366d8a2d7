package dev.protocolo.customer;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The person or organisation that asked for service. Immutable and thread-safe; checked when built,
 * so a {@code Customer} in hand is always well formed. Blank e-mail and phone count as absent, which
 * is what an empty form field means.
 *
 * @param externalId the host system's id of the customer (e.g. the CRM's account id); required
 * @param name       the name to address the customer by; required
 * @param taxId      CPF or CNPJ; {@code null} for foreigners and anonymous callers
 * @param email      e-mail address for notifications, or {@code null}; checked for syntax only
 * @param mobilePhone mobile number in E.164 form ({@code +5511987654321}), or {@code null}
 * @param language   preferred language tag, {@code pt-BR} (default) or {@code en}
 * @param optOuts    notification channels the customer declined
 * @throws InvalidCustomerException naming the component that broke its rule
 */
public record Customer(String externalId, String name, TaxId taxId, String email, String mobilePhone,
                       String language, Set<NotificationChannel> optOuts) {

    // Syntax only: deliverability is the mail server's business, and stricter patterns refuse real addresses.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public Customer {
        require(externalId, "externalId");
        require(name, "name");
        email = blankToNull(email);
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new InvalidCustomerException("email", "not a valid e-mail address");
        }
        mobilePhone = blankToNull(mobilePhone);
        if (mobilePhone != null && !E164.matcher(mobilePhone).matches()) {
            throw new InvalidCustomerException("mobilePhone", "must be E.164: '+' then 8 to 15 digits, e.g. +5511987654321");
        }
        if (language == null || language.equalsIgnoreCase("pt-BR")) {
            language = "pt-BR";
        } else if (language.equalsIgnoreCase("en")) {
            language = "en";
        } else {
            throw new InvalidCustomerException("language", "must be pt-BR or en, got '" + language + "'");
        }
        optOuts = optOuts == null || optOuts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optOuts));
    }

    /** Starts a customer; {@link Builder#build()} applies the same checks as the constructor. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the customer declined notifications on {@code channel}. */
    public boolean optedOut(NotificationChannel channel) {
        return optOuts.contains(channel);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCustomerException(field, "is required");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Collects a {@link Customer}'s components by name. Not thread-safe; use one per customer. */
    public static final class Builder {
        private String externalId;
        private String name;
        private TaxId taxId;
        private String email;
        private String mobilePhone;
        private String language;
        private final Set<NotificationChannel> optOuts = EnumSet.noneOf(NotificationChannel.class);

        private Builder() {
        }

        /** The host system's id of the customer. */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /** The name to address the customer by. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The tax id, or {@code null}. */
        public Builder taxId(TaxId taxId) {
            this.taxId = taxId;
            return this;
        }

        /**
         * The tax id as typed, parsed now; {@code null} or blank for none.
         *
         * @throws InvalidTaxIdException if it is not a valid CPF or CNPJ
         */
        public Builder taxId(String taxId) {
            this.taxId = taxId == null || taxId.isBlank() ? null : TaxId.parse(taxId);
            return this;
        }

        /** The e-mail address, or {@code null}. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** The mobile number in E.164 form, or {@code null}. */
        public Builder mobilePhone(String mobilePhone) {
            this.mobilePhone = mobilePhone;
            return this;
        }

        /** {@code pt-BR} (the default) or {@code en}. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Adds channels the customer declined. */
        public Builder optOut(NotificationChannel... channels) {
            for (NotificationChannel c : channels) {
                optOuts.add(Objects.requireNonNull(c, "channel"));
            }
            return this;
        }

        /**
         * Builds the customer.
         *
         * @throws InvalidCustomerException naming the component that broke its rule
         */
        public Customer build() {
            return new Customer(externalId, name, taxId, email, mobilePhone, language, optOuts);
        }
    }
}
