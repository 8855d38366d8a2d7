package dev.protocolo.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} command-line options with defaults; unknown names are refused. */
final class Options {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> defaults;

    private Options(Map<String, String> defaults) {
        this.defaults = defaults;
    }

    static Options parse(String[] args, Map<String, String> defaults) {
        Options o = new Options(defaults);
        for (String a : args) {
            if (a.isBlank()) {
                continue;
            }
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("options look like --name=value, got '" + a + "'; known: " + defaults.keySet());
            }
            String name = a.substring(2, eq);
            if (!defaults.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + defaults.keySet());
            }
            o.values.put(name, a.substring(eq + 1));
        }
        return o;
    }

    String string(String name) {
        return values.getOrDefault(name, defaults.get(name));
    }

    int integer(String name) {
        return Integer.parseInt(string(name).replace("_", ""));
    }

    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String s : string(name).split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    List<Integer> integers(String name) {
        return list(name).stream().map(Integer::parseInt).toList();
    }

    String describe() {
        StringBuilder b = new StringBuilder();
        defaults.keySet().stream().sorted().forEach(k -> b.append(" --").append(k).append('=').append(string(k)));
        return b.toString().trim();
    }
}
