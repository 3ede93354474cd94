package org.plenary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shipped language has every interface string, with the same placeholders as English. */
class UiStringsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9]+}");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "pt", "zh", "ar", "ru"})
    void languageIsComplete(String lang) {
        Map<String, String> en = UiStrings.read("en");
        Map<String, String> other = UiStrings.read(lang);
        assertTrue(en.size() > 100, "English strings loaded");
        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(other.keySet());
        assertEquals(Set.of(), missing, lang + " lacks these keys");
        Set<String> extra = new TreeSet<>(other.keySet());
        extra.removeAll(en.keySet());
        assertEquals(Set.of(), extra, lang + " has keys English does not");
        for (String key : en.keySet()) {
            assertEquals(placeholders(en.get(key)), placeholders(other.get(key)), lang + ": placeholders of " + key);
            assertTrue(!other.get(key).isBlank(), lang + ": empty " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "pt", "zh", "ar", "ru"})
    void everyStringFormats(String lang) {
        UiStrings s = UiStrings.load(lang);
        for (Map.Entry<String, String> e : UiStrings.read("en").entrySet()) {
            // {n}, {pool}, {message} are filled in by draw-verify.js, not by MessageFormat.
            if (e.getValue().matches(".*\\{[a-z]+}.*")) continue;
            s.format(e.getKey(), 1, 2, 3, 4); // MessageFormat syntax errors would throw
        }
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }
}
