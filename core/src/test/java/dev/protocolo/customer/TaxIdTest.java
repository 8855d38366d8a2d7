package dev.protocolo.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.protocolo.customer.InvalidTaxIdException.Rule;
import org.junit.jupiter.api.Test;

class TaxIdTest {

    @Test void knownValidNumbers() {
        assertEquals(TaxId.Kind.CPF, TaxId.parse("529.982.247-25").kind());
        assertEquals("52998224725", TaxId.parse("529.982.247-25").value());
        assertTrue(TaxId.isValid("111.444.777-35"));
        assertEquals(TaxId.Kind.CNPJ, TaxId.parse("11.222.333/0001-81").kind());
        TaxId alnum = TaxId.cnpj("12.abc.345/01de-35");
        assertEquals("12ABC34501DE35", alnum.value());
        assertEquals("12.ABC.345/01DE-35", alnum.format());
    }

    @Test void formatAndMaskAndToStringNeverLeakTheNumber() {
        TaxId cpf = TaxId.parse("52998224725");
        assertEquals("529.982.247-25", cpf.format());
        assertEquals("***.982.247-**", cpf.masked());
        assertEquals("**.222.333/****-**", TaxId.parse("11222333000181").masked());
        assertFalse(cpf.toString().contains("52998224725"));
        assertFalse(cpf.toString().contains("529"));
        assertEquals(cpf, TaxId.cpf(" 529 982 247 25 "));
    }

    @Test void eachRuleHasItsOwnError() {
        assertRule(Rule.WRONG_LENGTH, "529.982.247-2");
        assertRule(Rule.WRONG_CHECK_DIGIT, "529.982.247-24");
        assertRule(Rule.WRONG_CHECK_DIGIT, "11.222.333/0001-82");
        assertRule(Rule.REPEATED_DIGITS, "111.111.111-11");
        assertRule(Rule.REPEATED_DIGITS, "00.000.000/0000-00");
        assertRule(Rule.INVALID_CHARACTER, "529*982*247*25");
        assertRule(Rule.INVALID_CHARACTER, "529.98A.247-25");
        assertRule(Rule.INVALID_CHARACTER, "12.ABC.345/01DE-3A");
        assertThrows(InvalidTaxIdException.class, () -> TaxId.cnpj("529.982.247-25"));
        assertThrows(InvalidTaxIdException.class, () -> TaxId.cpf("11.222.333/0001-81"));
        assertFalse(TaxId.isValid(null));
    }

    @Test void errorsNameTheFieldButNotTheNumber() {
        InvalidTaxIdException e = assertThrows(InvalidTaxIdException.class, () -> TaxId.parse("529.982.247-24"));
        assertEquals("taxId", e.field());
        assertTrue(e.getMessage().startsWith("taxId: CPF check digits"), e.getMessage());
        assertFalse(e.getMessage().contains("982"), e.getMessage());
    }

    @Test void theOfficialRuleMissesSomeSingleChanges() {
        // Documented on TaxId: remainders 0 and 1 both give digit 0, and 7 and B differ by 11.
        assertTrue(TaxId.isValid("443.635.752-04"));
        assertTrue(TaxId.isValid("543.635.752-04"));
        assertTrue(TaxId.isValid("12.ABC.745/01DE-40"));
        assertTrue(TaxId.isValid("12.ABC.B45/01DE-40"));
    }

    private static void assertRule(Rule rule, String text) {
        InvalidTaxIdException e = assertThrows(InvalidTaxIdException.class, () -> TaxId.parse(text));
        assertEquals(rule, e.rule(), e.getMessage());
    }
}
