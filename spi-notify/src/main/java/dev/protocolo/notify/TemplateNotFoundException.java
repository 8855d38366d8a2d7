package dev.protocolo.notify;

import dev.protocolo.ProtocoloException;
import java.util.List;

/**
 * No template exists for a part of a message, in the requested language or its fallbacks. The dispatcher
 * marks the entry dead, since retrying cannot help until a template is added. Immutable.
 */
public final class TemplateNotFoundException extends ProtocoloException {
    private static final long serialVersionUID = 1L;

    public TemplateNotFoundException(String language, List<String> names) {
        super("no template " + names + " for language " + language + " (nor its fallbacks)");
    }
}
