package dev.protocolo.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckDigitTest {

    @Test void dammMatchesThePublishedExample() {
        assertEquals('4', CheckDigit.DAMM.compute("572"));
        assertTrue(CheckDigit.DAMM.isValid("5724"));
        assertFalse(CheckDigit.DAMM.isValid("5723"));
    }

    @Test void mod11MatchesTheCnpjRule() {
        // 11.222.333/0001-81: the first check digit of a CNPJ is mod-11 over its 12 base digits.
        assertEquals('8', CheckDigit.MOD11.compute("112223330001"));
        assertEquals('1', CheckDigit.MOD11.compute("1122233300018"));
        // Receita Federal's alphanumeric example 12.ABC.345/01DE-35.
        assertEquals('3', CheckDigit.MOD11.compute("12ABC34501DE"));
    }

    @Test void lettersAreAcceptedButOtherSymbolsAreNot() {
        assertTrue(CheckDigit.DAMM.isValid("AB" + CheckDigit.DAMM.compute("AB")));
        assertThrows(IllegalArgumentException.class, () -> CheckDigit.DAMM.compute("12-3"));
        assertThrows(IllegalArgumentException.class, () -> CheckDigit.MOD11.compute(""));
        assertFalse(CheckDigit.DAMM.isValid("1"));
        assertFalse(CheckDigit.DAMM.isValid("57-4"));
    }

    @Test void algorithmsAreFoundByName() {
        assertSame(CheckDigit.DAMM, CheckDigit.named("Damm"));
        assertSame(CheckDigit.MOD11, CheckDigit.named("mod11"));
        assertThrows(ProtocolFormatException.class, () -> CheckDigit.named("luhn"));
    }
}
