package dev.protocolo.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    @Property(tries = 300)
    void anyMapOfStringsRoundTrips(@ForAll Map<String, String> map) {
        assertEquals(map, JsonCodec.readMap(JsonCodec.writeMap(map)));
    }

    @Property(tries = 200)
    void anyListOfStringsRoundTrips(@ForAll List<String> list) {
        assertEquals(list, JsonCodec.readList(JsonCodec.writeList(list)));
    }

    @Test
    void escapesEverythingThatCouldBreakTheText() {
        assertEquals("{\"a\\\"b\":\"\\\\ \\n \\u0001 \\u2028 \\ud800 😀 ç\"}",
                JsonCodec.writeMap(Map.of("a\"b", "\\ \n \u0001 \u2028 \ud800 😀 ç")));
        assertEquals("{\"\":\"\",\"b\":\"2\"}", JsonCodec.writeMap(Map.of("b", "2", "", "")));
    }

    @Test
    void readsStandardJsonAndRejectsGarbage() {
        assertEquals(Map.of("k", "v/é", "x", ""), JsonCodec.readMap(" { \"k\" : \"v\\/\\u00e9\" , \"x\":\"\" } "));
        assertEquals(Map.of(), JsonCodec.readMap(null));
        assertEquals(List.of(), JsonCodec.readList("[]"));
        for (String bad : new String[] {"{", "{\"a\":1}", "{\"a\":\"b\",}", "{\"a\":\"b\"} x", "{\"a\":\"\\q\"}",
                "{\"a\":\"b\",\"a\":\"c\"}", "{\"a\":\"\\u12\"}"}) {
            assertThrows(IllegalArgumentException.class, () -> JsonCodec.readMap(bad), bad);
        }
    }
}
