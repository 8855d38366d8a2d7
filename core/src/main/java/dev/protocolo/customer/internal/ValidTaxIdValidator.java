package dev.protocolo.customer.internal;

import dev.protocolo.customer.InvalidTaxIdException;
import dev.protocolo.customer.TaxId;
import dev.protocolo.customer.ValidTaxId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks {@link ValidTaxId}. Public only because validation providers instantiate it reflectively;
 * not part of the API. Thread-safe once initialized, as the Jakarta Validation contract requires.
 */
public final class ValidTaxIdValidator implements ConstraintValidator<ValidTaxId, CharSequence> {
    private Set<TaxId.Kind> kinds = EnumSet.allOf(TaxId.Kind.class);

    @Override public void initialize(ValidTaxId constraint) {
        if (constraint.kinds().length > 0) {
            kinds = EnumSet.noneOf(TaxId.Kind.class);
            kinds.addAll(Set.of(constraint.kinds()));
        }
    }

    @Override public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            return kinds.contains(TaxId.parse(value.toString()).kind());
        } catch (InvalidTaxIdException e) {
            return false;
        }
    }
}
