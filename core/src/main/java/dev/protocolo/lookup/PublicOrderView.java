package dev.protocolo.lookup;

import dev.protocolo.desk.ServiceDesk;
import dev.protocolo.lifecycle.Lifecycle;
import dev.protocolo.lifecycle.Status;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import dev.protocolo.order.HistoryEntry;
import dev.protocolo.order.ServiceOrder;
import dev.protocolo.order.StatusCategory;
import dev.protocolo.order.Team;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a customer may see of their own order: customer-facing status labels in the customer's language, team
 * names, and the public steps with their public messages. It never carries internal notes, internal steps,
 * agents' ids or names, team codes, the storage key or any customer data (the customer already knows theirs,
 * and after anonymization there is none to show). Immutable and thread-safe.
 *
 * @param protocol       the protocol number
 * @param typeName       order type name
 * @param language       language of the labels ({@code pt-BR} or {@code en})
 * @param statusLabel    current status label
 * @param statusCategory current status category, for icons and colours
 * @param teamName       name of the responsible team, or {@code null} when none or unnamed
 * @param subject        the order's subject, or {@code null} (e.g. after anonymization)
 * @param openedAt       when opened
 * @param updatedAt      time of the last step, public or not
 * @param dueAt          resolution deadline, or {@code null}
 * @param resolvedAt     when resolved, or {@code null}
 * @param closedAt       when closed or cancelled, or {@code null}
 * @param resolution     the final answer, or {@code null}
 * @param steps          every public step, oldest first
 */
public record PublicOrderView(String protocol, String typeName, String language, String statusLabel,
                              StatusCategory statusCategory, String teamName, String subject, Instant openedAt,
                              Instant updatedAt, Instant dueAt, Instant resolvedAt, Instant closedAt,
                              String resolution, List<Step> steps) {
    public PublicOrderView {
        steps = List.copyOf(steps);
    }

    /**
     * One public step.
     *
     * @param number      position among all steps (1 = opening); gaps are internal steps
     * @param at          when
     * @param action      what was done
     * @param by          whether an agent, the customer or the system acted (never who)
     * @param statusLabel status after the step
     * @param teamName    responsible team after the step, or {@code null}
     * @param message     the message to the customer, or {@code null}
     */
    public record Step(long number, Instant at, Action action, Actor.Kind by, String statusLabel, String teamName,
                       String message) {
    }

    /**
     * Builds the customer's view of an order. This performs no authorization: {@link PublicLookup} does that
     * before calling it; host code that calls it directly must have checked who is asking.
     *
     * @param language the customer's language; {@code null} means the customer's own preference
     */
    public static PublicOrderView of(ServiceDesk desk, ServiceOrder order, List<HistoryEntry> history, String language) {
        Objects.requireNonNull(order, "order");
        String lang = language != null ? language
                : order.customer() != null && order.customer().language() != null ? order.customer().language()
                : Status.DEFAULT_LANGUAGE;
        Lifecycle lc = desk.type(order.type()).lifecycle();
        List<Step> steps = new ArrayList<>();
        for (HistoryEntry e : history) {
            if (e.isPublic()) {
                steps.add(new Step(e.sequence(), e.at(), e.action(), e.actor().kind(), label(lc, e.statusAfter(), lang),
                        teamName(desk, e.teamAfter()), blankToNull(e.publicMessage())));
            }
        }
        return new PublicOrderView(order.protocol().value(), desk.type(order.type()).name(), lang,
                label(lc, order.status(), lang), order.statusCategory(), teamName(desk, order.team()),
                blankToNull(order.subject()), order.openedAt(), order.updatedAt(), order.sla().resolutionDueAt(),
                order.resolvedAt(), order.closedAt(), blankToNull(order.resolution()), steps);
    }

    private static String label(Lifecycle lc, String status, String language) {
        // A status missing from the lifecycle would expose its technical name; show nothing instead.
        return lc.findStatus(status).map(s -> s.label(language)).orElse(null);
    }

    /** A team the desk does not know by name resolves to its own code, which customers must not see. */
    private static String teamName(ServiceDesk desk, String code) {
        if (code == null) {
            return null;
        }
        Team t = desk.team(code);
        return t.name().equals(t.code()) ? null : t.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
