package dev.protocolo.command;

import dev.protocolo.ProtocoloException;
import java.util.List;
import java.util.stream.Collectors;

/** A command broke validation rules; nothing was changed. Lists every broken rule with its field. */
public final class InvalidCommandException extends ProtocoloException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public InvalidCommandException(String command, List<Violation> violations) {
        super("invalid " + command + ": " + violations.stream().map(Violation::toString).sorted().collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** A refusal for one field. */
    public static InvalidCommandException of(String command, String field, String rule, String message) {
        return new InvalidCommandException(command, List.of(new Violation(field, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
