package dev.protocolo.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.customer.NotificationChannel;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static Customer.Builder valid() {
        return Customer.builder().externalId("crm-42").name("Maria Silva").taxId("529.982.247-25")
                .email("maria@example.com.br").mobilePhone("+5511987654321");
    }

    @Test void builderFillsEveryComponentWithDefaults() {
        Customer c = valid().optOut(NotificationChannel.SMS).build();
        assertEquals("crm-42", c.externalId());
        assertEquals(TaxId.parse("52998224725"), c.taxId());
        assertEquals("pt-BR", c.language());
        assertTrue(c.optedOut(NotificationChannel.SMS));
        assertFalse(c.optedOut(NotificationChannel.EMAIL));
        assertEquals(Set.of(NotificationChannel.SMS), c.optOuts());
        assertFalse(c.toString().contains("52998224725"));
    }

    @Test void optionalContactsMayBeAbsentOrBlank() {
        Customer c = Customer.builder().externalId("x").name("Ana").email(" ").language("EN").build();
        assertNull(c.email());
        assertNull(c.taxId());
        assertEquals("en", c.language());
        assertEquals(Set.of(), c.optOuts());
    }

    @Test void eachRuleNamesItsField() {
        assertField("externalId", () -> valid().externalId(" ").build());
        assertField("name", () -> valid().name(null).build());
        assertField("email", () -> valid().email("maria@").build());
        assertField("email", () -> valid().email("maria example@x.com").build());
        assertField("mobilePhone", () -> valid().mobilePhone("11987654321").build());
        assertField("mobilePhone", () -> valid().mobilePhone("+55119876543210000").build());
        assertField("mobilePhone", () -> valid().mobilePhone("+1234567").build());
        assertField("language", () -> valid().language("es").build());
        InvalidTaxIdException e = assertThrows(InvalidTaxIdException.class, () -> valid().taxId("529.982.247-24"));
        assertEquals("taxId", e.field());
    }

    @Test void constructorChecksTooAndCopiesOptOuts() {
        assertThrows(InvalidCustomerException.class, () -> new Customer("", "n", null, null, null, null, null));
        Customer c = new Customer("1", "n", null, null, "+12025550123", null, Set.of(NotificationChannel.EMAIL));
        assertEquals("+12025550123", c.mobilePhone());
        assertThrows(UnsupportedOperationException.class, () -> c.optOuts().add(NotificationChannel.SMS));
    }

    @Test void messagesDoNotRepeatPersonalData() {
        InvalidCustomerException e = assertThrows(InvalidCustomerException.class, () -> valid().email("maria@").build());
        assertEquals("email", e.field());
        assertTrue(e.getMessage().startsWith("customer.email:"), e.getMessage());
        assertFalse(e.getMessage().contains("maria"), e.getMessage());
    }

    private static void assertField(String field, Runnable build) {
        InvalidCustomerException e = assertThrows(InvalidCustomerException.class, build::run);
        assertEquals(field, e.field(), e.getMessage());
    }
}
