package dev.protocolo.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidTaxIdTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    record Form(@ValidTaxId String anyTaxId, @NotNull @ValidTaxId(kinds = TaxId.Kind.CPF) String cpf) {
    }

    @BeforeAll static void start() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll static void stop() {
        factory.close();
    }

    @Test void validValuesAndNullPass() {
        assertTrue(validator.validate(new Form("12.ABC.345/01DE-35", "529.982.247-25")).isEmpty());
        assertTrue(validator.validate(new Form(null, "52998224725")).isEmpty());
    }

    @Test void invalidValuesAreReportedOnTheirField() {
        Set<ConstraintViolation<Form>> v = validator.validate(new Form("11.222.333/0001-82", "11.222.333/0001-81"));
        assertEquals(2, v.size());
        assertTrue(v.stream().allMatch(c -> c.getMessage().equals("must be a valid CPF or CNPJ")));
        assertEquals(Set.of("anyTaxId", "cpf"), Set.of(v.stream().map(c -> c.getPropertyPath().toString()).toArray()));
    }

    @Test void notNullIsWhatMakesItRequired() {
        assertEquals(1, validator.validate(new Form(null, null)).size());
    }
}
