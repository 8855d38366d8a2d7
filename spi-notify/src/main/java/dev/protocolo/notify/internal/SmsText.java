package dev.protocolo.notify.internal;

import java.text.Normalizer;

/**
 * SMS length arithmetic. A message in the GSM 03.38 7-bit alphabet fits 160 characters in one segment and
 * 153 per segment when split (the rest carries the concatenation header); one character outside it turns
 * the whole message into UCS-2, 70 and 67 characters. Portuguese accents such as "ã" or "ç" are outside it,
 * so {@link #toGsm} strips them: "Situacao" costs one segment where "Situação" would cost three. Stateless.
 */
public final class SmsText {
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Characters sent as escape + code, so each costs two septets. */
    private static final String EXTENDED = "^{}\\[~]|€\f";

    private SmsText() {
    }

    /** Replaces characters outside GSM-7 by their unaccented form where one exists. */
    public static String toGsm(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isGsm(c)) {
                out.append(c);
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (base.length() == 1 && isGsm(base.charAt(0))) {
                out.append(base);
            } else if (c == '\u2026') {
                out.append("...");
            } else if (c == '\u2013' || c == '\u2014') {
                out.append('-');
            } else if (c == '\u201C' || c == '\u201D') {
                out.append('"');
            } else if (c == '\u2018' || c == '\u2019') {
                out.append('\'');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isGsm(char c) {
        return BASIC.indexOf(c) >= 0 || EXTENDED.indexOf(c) >= 0;
    }

    /** Whether every character of {@code text} is in the GSM-7 alphabet. */
    public static boolean isGsm(String text) {
        return text.chars().allMatch(c -> isGsm((char) c));
    }

    /** Length in the units segments are measured in: septets for GSM-7, UTF-16 units for UCS-2. */
    public static int units(String text) {
        if (!isGsm(text)) {
            return text.length();
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += EXTENDED.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return n;
    }

    /** Segments needed to send {@code text}. */
    public static int segments(String text) {
        int units = units(text);
        boolean gsm = isGsm(text);
        int single = gsm ? 160 : 70;
        int multi = gsm ? 153 : 67;
        return units <= single ? 1 : (units + multi - 1) / multi;
    }
}
