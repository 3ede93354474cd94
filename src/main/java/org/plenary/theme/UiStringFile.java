package org.plenary.theme;

import java.io.IOException;
import java.io.StringReader;
import com.ibm.icu.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;

/**
 * One {@code i18n/<lang>.properties} file of interface strings (Java properties syntax, read as UTF-8). A site's own
 * file is checked as it is read: every value must be a valid {@link MessageFormat} pattern, since the generator fills
 * in {@code {0}}-style arguments (values with {@code {name}} placeholders are filled by scripts instead); a fault is
 * reported at the key's line.
 */
final class UiStringFile {
    /** {@code {n}}, {@code {pool}}: placeholders the draw verifier's script fills in (see UiStringsTest). */
    private static final java.util.regex.Pattern SCRIPT_PLACEHOLDER = java.util.regex.Pattern.compile("\\{[a-z]+}");

    private UiStringFile() {
    }

    /** Parses a built-in file, which the test suite keeps valid. */
    static Map<String, String> parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) out.put(k, p.getProperty(k));
        return out;
    }

    /** Parses and checks a site's own file; returns what is usable, having reported the rest. */
    static Map<String, String> parse(String text, String file, Diagnostics diag) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IllegalArgumentException e) { // the only failure Properties has: a malformed \\uXXXX escape
            diag.error(locate(text, file, "\\u"), "bad-ui-string", "malformed \\uXXXX escape; write the character itself (the file is UTF-8)");
            return Map.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            String v = p.getProperty(k);
            if (SCRIPT_PLACEHOLDER.matcher(v).find()) { // filled in by the theme's scripts, not by MessageFormat
                out.put(k, v);
                continue;
            }
            String problem;
            try {
                // As UiStrings will read it (ICU4J's MessageFormat), which takes numbered arguments only.
                problem = new MessageFormat(v.replace("'", "''")).usesNamedArguments() ? "a placeholder is not a number" : null;
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
            if (problem == null) {
                out.put(k, v);
            } else {
                diag.error(keyLocation(text, file, k), "bad-ui-string", "UI string '" + k + "' is not a valid message: "
                        + problem + " (placeholders are written {0}, {1}…, each brace closed)");
            }
        }
        return out;
    }

    /** The line where a key is defined (the first line that starts with it), column 1. */
    static Location keyLocation(String text, String file, String key) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key) && (l.length() == key.length() || "=: \t".indexOf(l.charAt(key.length())) >= 0)) {
                return new Location(file, i + 1, lines[i].length() - l.length() + 1);
            }
        }
        return new Location(file, 1, 1);
    }

    private static Location locate(String text, String file, String needle) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int c = lines[i].indexOf(needle);
            if (c >= 0) return new Location(file, i + 1, c + 1);
        }
        return new Location(file, 1, 1);
    }
}
