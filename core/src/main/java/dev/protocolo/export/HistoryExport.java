package dev.protocolo.export;

import dev.protocolo.lookup.PublicOrderView;
import dev.protocolo.order.Action;
import dev.protocolo.order.Actor;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * One order's history as the customer may read it, rendered as plain text, JSON or HTML. Dates are printed in
 * {@link #zone()} ({@code dd/MM/yyyy HH:mm} in Portuguese, {@code yyyy-MM-dd HH:mm} in English); JSON also carries
 * ISO-8601 instants. Every piece of user text is escaped for the target format. Immutable and thread-safe.
 *
 * @param view the customer's view of the order
 * @param zone the zone dates are shown in
 */
public record HistoryExport(PublicOrderView view, ZoneId zone) {
    public HistoryExport {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(zone, "zone");
    }

    public static HistoryExport of(PublicOrderView view, ZoneId zone) {
        return new HistoryExport(view, zone);
    }

    /** A plain-text document, one block per public step, ending with the final answer when there is one. */
    public String text() {
        Words w = Words.of(view.language());
        StringBuilder s = new StringBuilder();
        s.append(w.protocol).append(": ").append(view.protocol()).append('\n');
        line(s, w.type, view.typeName());
        line(s, w.subject, view.subject());
        line(s, w.status, view.statusLabel());
        line(s, w.team, view.teamName());
        line(s, w.openedAt, local(view.openedAt(), w));
        line(s, w.dueAt, local(view.dueAt(), w));
        line(s, w.resolvedAt, local(view.resolvedAt(), w));
        line(s, w.closedAt, local(view.closedAt(), w));
        s.append(w.timesIn).append(' ').append(zone.getId()).append("\n\n").append(w.history).append('\n');
        for (PublicOrderView.Step step : view.steps()) {
            s.append(local(step.at(), w)).append(" — ").append(w.action(step.action()))
                    .append(" (").append(w.by(step.by())).append(")");
            if (step.statusLabel() != null) {
                s.append(" — ").append(step.statusLabel());
            }
            if (step.teamName() != null) {
                s.append(" — ").append(step.teamName());
            }
            s.append('\n');
            if (step.message() != null) {
                s.append("  ").append(step.message().replace("\n", "\n  ")).append('\n');
            }
        }
        if (view.resolution() != null) {
            s.append('\n').append(w.resolution).append(":\n").append(view.resolution()).append('\n');
        }
        return s.toString();
    }

    /** A JSON object; field names are English and stable, labels are in the view's language. */
    public String json() {
        Words w = Words.of(view.language());
        Json j = new Json();
        j.open('{');
        j.field("protocol", view.protocol()).field("type", view.typeName()).field("language", view.language())
                .field("zone", zone.getId()).field("subject", view.subject()).field("status", view.statusLabel())
                .field("statusCategory", view.statusCategory().name()).field("team", view.teamName());
        time(j, "openedAt", view.openedAt(), w);
        time(j, "dueAt", view.dueAt(), w);
        time(j, "resolvedAt", view.resolvedAt(), w);
        time(j, "closedAt", view.closedAt(), w);
        j.field("resolution", view.resolution());
        j.key("steps").open('[');
        for (PublicOrderView.Step step : view.steps()) {
            j.open('{');
            j.number("number", step.number());
            time(j, "at", step.at(), w);
            j.field("action", step.action().name()).field("actionLabel", w.action(step.action()))
                    .field("by", step.by().name()).field("status", step.statusLabel())
                    .field("team", step.teamName()).field("message", step.message());
            j.close('}');
        }
        j.close(']');
        j.close('}');
        return j.toString();
    }

    /** A self-contained HTML page (no scripts, no external resources). */
    public String html() {
        Words w = Words.of(view.language());
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"").append(esc(view.language())).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(w.protocol)).append(' ').append(esc(view.protocol())).append("</title></head><body>\n");
        s.append("<h1>").append(esc(w.protocol)).append(' ').append(esc(view.protocol())).append("</h1>\n<dl>\n");
        dd(s, w.type, view.typeName());
        dd(s, w.subject, view.subject());
        dd(s, w.status, view.statusLabel());
        dd(s, w.team, view.teamName());
        dd(s, w.openedAt, local(view.openedAt(), w));
        dd(s, w.dueAt, local(view.dueAt(), w));
        dd(s, w.resolvedAt, local(view.resolvedAt(), w));
        dd(s, w.closedAt, local(view.closedAt(), w));
        s.append("</dl>\n<p>").append(esc(w.timesIn)).append(' ').append(esc(zone.getId())).append("</p>\n");
        s.append("<h2>").append(esc(w.history)).append("</h2>\n<ol>\n");
        for (PublicOrderView.Step step : view.steps()) {
            s.append("<li><time datetime=\"").append(step.at()).append("\">").append(esc(local(step.at(), w)))
                    .append("</time> — ").append(esc(w.action(step.action()))).append(" (").append(esc(w.by(step.by())))
                    .append(')');
            if (step.statusLabel() != null) {
                s.append(" — ").append(esc(step.statusLabel()));
            }
            if (step.teamName() != null) {
                s.append(" — ").append(esc(step.teamName()));
            }
            if (step.message() != null) {
                s.append("<p>").append(esc(step.message()).replace("\n", "<br>")).append("</p>");
            }
            s.append("</li>\n");
        }
        s.append("</ol>\n");
        if (view.resolution() != null) {
            s.append("<h2>").append(esc(w.resolution)).append("</h2>\n<p>")
                    .append(esc(view.resolution()).replace("\n", "<br>")).append("</p>\n");
        }
        return s.append("</body></html>\n").toString();
    }

    private String local(Instant at, Words w) {
        return at == null ? null : w.dates.format(at.atZone(zone));
    }

    private void time(Json j, String name, Instant at, Words w) {
        j.field(name, at == null ? null : at.toString());
        j.field(name + "Local", local(at, w));
    }

    private static void line(StringBuilder s, String label, String value) {
        if (value != null) {
            s.append(label).append(": ").append(value).append('\n');
        }
    }

    private static void dd(StringBuilder s, String label, String value) {
        if (value != null) {
            s.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
        }
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Fixed wording per language; English for {@code en*}, Portuguese otherwise. */
    private static final class Words {
        private static final Words PT = new Words("Protocolo", "Tipo", "Assunto", "Situação", "Equipe", "Aberto em",
                "Prazo", "Resolvido em", "Encerrado em", "Horários em", "Histórico", "Resposta final",
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"),
                Map.ofEntries(Map.entry(Action.OPEN, "Abertura"), Map.entry(Action.ASSIGN, "Atribuição"),
                        Map.entry(Action.FORWARD, "Encaminhamento"), Map.entry(Action.REPLY, "Resposta"),
                        Map.entry(Action.NOTE, "Nota"), Map.entry(Action.CONTACT_ATTEMPT, "Tentativa de contato"),
                        Map.entry(Action.WAIT, "Em espera"), Map.entry(Action.RESUME, "Retomada"),
                        Map.entry(Action.RESOLVE, "Resolução"), Map.entry(Action.CLOSE, "Encerramento"),
                        Map.entry(Action.REOPEN, "Reabertura"), Map.entry(Action.CANCEL, "Cancelamento"),
                        Map.entry(Action.RECLASSIFY, "Reclassificação"), Map.entry(Action.ANONYMIZE, "Anonimização")),
                Map.of(Actor.Kind.AGENT, "atendimento", Actor.Kind.CUSTOMER, "você", Actor.Kind.SYSTEM, "sistema"));
        private static final Words EN = new Words("Protocol", "Type", "Subject", "Status", "Team", "Opened",
                "Due", "Resolved", "Closed", "Times in", "History", "Final answer",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
                Map.ofEntries(Map.entry(Action.OPEN, "Opened"), Map.entry(Action.ASSIGN, "Assigned"),
                        Map.entry(Action.FORWARD, "Forwarded"), Map.entry(Action.REPLY, "Reply"),
                        Map.entry(Action.NOTE, "Note"), Map.entry(Action.CONTACT_ATTEMPT, "Contact attempt"),
                        Map.entry(Action.WAIT, "On hold"), Map.entry(Action.RESUME, "Resumed"),
                        Map.entry(Action.RESOLVE, "Resolved"), Map.entry(Action.CLOSE, "Closed"),
                        Map.entry(Action.REOPEN, "Reopened"), Map.entry(Action.CANCEL, "Cancelled"),
                        Map.entry(Action.RECLASSIFY, "Reclassified"), Map.entry(Action.ANONYMIZE, "Anonymized")),
                Map.of(Actor.Kind.AGENT, "service team", Actor.Kind.CUSTOMER, "you", Actor.Kind.SYSTEM, "system"));

        final String protocol, type, subject, status, team, openedAt, dueAt, resolvedAt, closedAt, timesIn, history,
                resolution;
        final DateTimeFormatter dates;
        private final Map<Action, String> actions;
        private final Map<Actor.Kind, String> actors;

        private Words(String protocol, String type, String subject, String status, String team, String openedAt,
                      String dueAt, String resolvedAt, String closedAt, String timesIn, String history,
                      String resolution, DateTimeFormatter dates, Map<Action, String> actions,
                      Map<Actor.Kind, String> actors) {
            this.protocol = protocol; this.type = type; this.subject = subject; this.status = status;
            this.team = team; this.openedAt = openedAt; this.dueAt = dueAt; this.resolvedAt = resolvedAt;
            this.closedAt = closedAt; this.timesIn = timesIn; this.history = history; this.resolution = resolution;
            this.dates = dates; this.actions = actions; this.actors = actors;
        }

        static Words of(String language) {
            return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? EN : PT;
        }

        String action(Action a) {
            return actions.getOrDefault(a, a.name());
        }

        String by(Actor.Kind k) {
            return actors.get(k);
        }
    }
}
