package dev.protocolo.customer;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.protocolo.customer.internal.ValidTaxIdValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta Validation constraint: the annotated string is a valid CPF or CNPJ by the rules of
 * {@link TaxId#parse(String)}, punctuation optional. {@code null} is valid; add {@code @NotNull} when
 * the field is required. Lets host forms check tax ids with the host's own validator.
 *
 * <p>The default message is plain English because a library's {@code ValidationMessages} bundle would
 * clash with the host's; set {@link #message()} to a key of your own bundle to translate it.
 */
@Documented
@Constraint(validatedBy = ValidTaxIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidTaxId {
    /** The message when the value is not a valid tax id. */
    String message() default "must be a valid CPF or CNPJ";

    /** Kinds accepted; empty (the default) accepts both. */
    TaxId.Kind[] kinds() default {};

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload for clients of the constraint. */
    Class<? extends Payload>[] payload() default {};
}
