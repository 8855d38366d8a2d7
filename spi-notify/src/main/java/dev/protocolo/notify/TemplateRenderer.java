package dev.protocolo.notify;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.protocolo.customer.NotificationChannel;
import dev.protocolo.notification.Notification;
import dev.protocolo.notification.NotificationData;
import dev.protocolo.notify.internal.SmsText;
import dev.protocolo.spi.MessageRenderer;
import dev.protocolo.spi.RenderedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders notifications with Mustache templates, per event and language, for e-mail (subject, text and
 * HTML) and SMS.
 *
 * <p><b>Where templates come from.</b> For a part ({@code subject}, {@code email.text}, {@code email.html},
 * {@code sms}) of an event such as {@code FORWARD} in language {@code pt-BR}, the renderer looks for
 * {@code pt-BR/forward.sms.mustache} (a template for that event only) and then {@code pt-BR/sms.mustache}
 * (the shared layout), first in the host's {@linkplain Builder#directory(Path) directory}, then in the
 * host's {@linkplain Builder#classpath(String) classpath roots}, then in the built-in
 * {@code protocolo/templates/}. Every layout shows {@code {{headline}}}, the sentence saying what was done,
 * which comes from {@code <lang>/<event>.mustache}. A language without templates falls back to its base
 * language, then to pt-BR. So a host rewords one message by dropping one file in a directory, without
 * rebuilding anything.
 *
 * <p><b>Values.</b> Templates see every {@link NotificationData} key ({@code protocol}, {@code status},
 * {@code previousStatus}, {@code team}, {@code message}…) with {@code dueAt} and {@code waitUntil} formatted
 * in the notification's zone ({@code dd/MM/yyyy HH:mm} in pt-BR), plus {@code headline}. HTML templates
 * escape everything written with double braces, so text typed by agents or customers cannot inject markup.
 *
 * <p><b>SMS.</b> Accents are stripped so the text stays in the GSM-7 alphabet, and the text is kept within
 * {@link Builder#smsSegments(int)} segments by shortening the public message (the least important part),
 * ending it with "..." and setting {@code truncated} so the template can say the message was cut.
 *
 * <p>Immutable and thread-safe; compiled templates are cached.
 */
public final class TemplateRenderer implements MessageRenderer {
    /** The built-in templates' classpath root. */
    public static final String BUILT_IN = "protocolo/templates";
    private static final String DEFAULT_LANGUAGE = "pt-BR";
    private static final String ELLIPSIS = "...";

    private final List<Path> directories;
    private final List<String> classpathRoots;
    private final ClassLoader classLoader;
    private final int smsSegments;
    private final boolean cache;
    private final Mustache.Compiler text;
    private final Mustache.Compiler html;
    private final Map<String, Optional<Template>> compiled = new ConcurrentHashMap<>();

    private TemplateRenderer(Builder b) {
        this.directories = List.copyOf(b.directories);
        List<String> roots = new ArrayList<>(b.classpathRoots);
        roots.add(BUILT_IN);
        this.classpathRoots = List.copyOf(roots);
        this.classLoader = b.classLoader != null ? b.classLoader : TemplateRenderer.class.getClassLoader();
        this.smsSegments = b.smsSegments;
        this.cache = b.cache;
        Mustache.Compiler base = Mustache.compiler().defaultValue("").emptyStringIsFalse(true);
        this.text = base.escapeHTML(false);
        this.html = base.escapeHTML(true);
    }

    /** The built-in templates only. */
    public static TemplateRenderer standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RenderedMessage render(Notification n) {
        String lang = language(n.language());
        Map<String, Object> values = values(n, lang);
        String kind = n.event().name().toLowerCase(Locale.ROOT);
        values.put("headline", execute(text, lang, kind, null, values).strip());
        if (n.channel() == NotificationChannel.SMS || n.channel() == NotificationChannel.WHATSAPP) {
            return sms(n.channel(), lang, kind, values);
        }
        String subject = execute(text, lang, kind, "subject", values).strip().replaceAll("\\s+", " ");
        String body = execute(text, lang, kind, "email.text", values);
        String page = execute(html, lang, kind, "email.html", values);
        return new RenderedMessage(subject, body, page, 0);
    }

    private RenderedMessage sms(NotificationChannel channel, String lang, String kind, Map<String, Object> values) {
        if (channel == NotificationChannel.WHATSAPP) {
            // WhatsApp has no segments and renders accents; only the SMS budget applies below.
            return new RenderedMessage(null, oneLine(execute(text, lang, kind, "sms", values)), null, 0);
        }
        String full = smsText(lang, kind, values);
        if (SmsText.segments(full) <= smsSegments) {
            return new RenderedMessage(null, full, null, SmsText.segments(full));
        }
        String message = (String) values.get(NotificationData.MESSAGE);
        Map<String, Object> cut = new HashMap<>(values);
        cut.put("truncated", Boolean.TRUE);
        if (message != null) {
            // Longest prefix of the message that still fits: binary search over its length.
            int lo = 0;
            int hi = message.length();
            String best = null;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                cut.put(NotificationData.MESSAGE, mid == 0 ? "" : message.substring(0, mid).strip() + ELLIPSIS);
                String candidate = smsText(lang, kind, cut);
                if (SmsText.segments(candidate) <= smsSegments) {
                    best = candidate;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (best != null) {
                return new RenderedMessage(null, best, null, SmsText.segments(best));
            }
        }
        // Even without the message the layout is too long (a long team name, a custom template): cut the end.
        cut.remove(NotificationData.MESSAGE);
        String bare = smsText(lang, kind, cut);
        int budget = smsSegments == 1 ? 160 : 153 * smsSegments;
        while (SmsText.segments(bare) > smsSegments || SmsText.units(bare) > budget) {
            bare = bare.substring(0, Math.max(0, bare.length() - ELLIPSIS.length() - 1)) + ELLIPSIS;
        }
        return new RenderedMessage(null, bare, null, SmsText.segments(bare));
    }

    private String smsText(String lang, String kind, Map<String, Object> values) {
        return SmsText.toGsm(oneLine(execute(text, lang, kind, "sms", values)));
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private String execute(Mustache.Compiler compiler, String lang, String kind, String part, Map<String, Object> values) {
        List<String> names = part == null ? List.of(kind + ".mustache")
                : List.of(kind + "." + part + ".mustache", part + ".mustache");
        for (String l : fallbacks(lang)) {
            for (String name : names) {
                Optional<Template> t = template(compiler, l + "/" + name);
                if (t.isPresent()) {
                    return t.get().execute(values);
                }
            }
        }
        throw new TemplateNotFoundException(lang, names);
    }

    private Optional<Template> template(Mustache.Compiler compiler, String relative) {
        String key = (compiler == html ? "html:" : "text:") + relative;
        if (!cache) {
            return load(compiler, relative);
        }
        return compiled.computeIfAbsent(key, k -> load(compiler, relative));
    }

    private Optional<Template> load(Mustache.Compiler compiler, String relative) {
        try {
            for (Path dir : directories) {
                Path p = dir.resolve(relative);
                if (Files.isRegularFile(p)) {
                    return Optional.of(compiler.compile(Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
            for (String root : classpathRoots) {
                try (InputStream in = classLoader.getResourceAsStream(root + "/" + relative)) {
                    if (in != null) {
                        return Optional.of(compiler.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + relative, e);
        }
    }

    private static List<String> fallbacks(String lang) {
        List<String> out = new ArrayList<>();
        out.add(lang);
        int dash = lang.indexOf('-');
        if (dash > 0) {
            out.add(lang.substring(0, dash));
        }
        if (!out.contains(DEFAULT_LANGUAGE)) {
            out.add(DEFAULT_LANGUAGE);
        }
        return out;
    }

    private static String language(String tag) {
        return tag == null || tag.isBlank() ? DEFAULT_LANGUAGE : tag;
    }

    private static Map<String, Object> values(Notification n, String lang) {
        Map<String, Object> v = new HashMap<>(n.data());
        v.putIfAbsent(NotificationData.PROTOCOL, n.protocol());
        v.putIfAbsent(NotificationData.STEP, n.event().name());
        ZoneId zone = zone(n.data().get(NotificationData.ZONE));
        DateTimeFormatter f = lang.startsWith("pt") ? DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                : DateTimeFormatter.ofPattern("MMM d, yyyy, HH:mm", Locale.ENGLISH);
        for (String key : List.of(NotificationData.DUE_AT, NotificationData.WAIT_UNTIL)) {
            String iso = n.data().get(key);
            if (iso != null) {
                v.put(key, f.format(Instant.parse(iso).atZone(zone)));
            }
        }
        v.put("reached", "REACHED".equals(n.data().get(NotificationData.OUTCOME)));
        v.put("audience", n.audience().name());
        v.put("toCustomer", n.audience() == dev.protocolo.notification.Audience.CUSTOMER);
        return v;
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? ZoneId.of("America/Sao_Paulo") : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.of("America/Sao_Paulo");
        }
    }

    /** Configures a {@link TemplateRenderer}; not thread-safe. */
    public static final class Builder {
        private final List<Path> directories = new ArrayList<>();
        private final List<String> classpathRoots = new ArrayList<>();
        private ClassLoader classLoader;
        private int smsSegments = 1;
        private boolean cache = true;

        private Builder() {
        }

        /** A directory searched before everything else, laid out like {@code protocolo/templates}. */
        public Builder directory(Path dir) {
            directories.add(Objects.requireNonNull(dir));
            return this;
        }

        /** A classpath root searched before the built-in templates, e.g. {@code "crm/templates"}. */
        public Builder classpath(String root) {
            classpathRoots.add(Objects.requireNonNull(root).replaceAll("^/+|/+$", ""));
            return this;
        }

        /** Class loader for classpath templates (default: this library's). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader);
            return this;
        }

        /** How many SMS segments a message may use (default 1: 160 GSM-7 characters). */
        public Builder smsSegments(int segments) {
            if (segments < 1 || segments > 10) {
                throw new IllegalArgumentException("smsSegments must be between 1 and 10");
            }
            this.smsSegments = segments;
            return this;
        }

        /** Whether compiled templates are kept (default true); turn off while editing templates on disk. */
        public Builder cache(boolean on) {
            this.cache = on;
            return this;
        }

        public TemplateRenderer build() {
            return new TemplateRenderer(this);
        }
    }
}
