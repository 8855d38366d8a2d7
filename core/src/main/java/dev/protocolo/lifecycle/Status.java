package dev.protocolo.lifecycle;

import dev.protocolo.order.WaitingOn;
import dev.protocolo.order.StatusCategory;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One state of a {@link Lifecycle}: a technical name, a category and customer-facing labels per language.
 *
 * @param name      technical name, lower-case letters, digits and underscores ({@code in_progress})
 * @param category  what the state means to reports and clocks
 * @param waitingOn for {@link StatusCategory#WAITING} statuses, whom the order waits on; otherwise {@code null}
 * @param labels    customer-facing label per language tag; {@code pt-BR} is required and the fallback
 */
public record Status(String name, StatusCategory category, WaitingOn waitingOn, Map<String, String> labels) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** The language every label set must contain, used when a requested language is missing. */
    public static final String DEFAULT_LANGUAGE = "pt-BR";

    public Status {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidLifecycleException("status name '" + name + "' must match " + NAME.pattern());
        }
        if ((category == StatusCategory.WAITING) != (waitingOn != null)) {
            throw new InvalidLifecycleException("status '" + name + "': waitingOn must be set exactly when the category is WAITING");
        }
        labels = Map.copyOf(labels == null ? Map.of() : labels);
        if (!labels.containsKey(DEFAULT_LANGUAGE)) {
            throw new InvalidLifecycleException("status '" + name + "' needs a " + DEFAULT_LANGUAGE + " label");
        }
    }

    /** A status with a Portuguese and an English label. */
    public static Status of(String name, StatusCategory category, String labelPt, String labelEn) {
        return new Status(name, category, null, Map.of(DEFAULT_LANGUAGE, labelPt, "en", labelEn));
    }

    /** A waiting status with a Portuguese and an English label. */
    public static Status waiting(String name, WaitingOn on, String labelPt, String labelEn) {
        return new Status(name, StatusCategory.WAITING, on, Map.of(DEFAULT_LANGUAGE, labelPt, "en", labelEn));
    }

    /** The label in {@code language}, falling back to {@value #DEFAULT_LANGUAGE}. */
    public String label(String language) {
        String label = language == null ? null : labels.get(language);
        return label != null ? label : labels.get(DEFAULT_LANGUAGE);
    }
}
