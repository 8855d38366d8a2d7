package dev.protocolo.command;

/**
 * One broken rule of a refused command.
 *
 * @param field   path of the offending field, e.g. {@code customer.email}
 * @param rule    the rule's name, e.g. {@code NotBlank}
 * @param message what is wrong, e.g. {@code must not be blank}
 */
public record Violation(String field, String rule, String message) {
    @Override
    public String toString() {
        return field + " " + message + " (" + rule + ")";
    }
}
