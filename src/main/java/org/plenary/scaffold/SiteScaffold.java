package org.plenary.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.schema.JsonSchemas;

/**
 * The minimal valid site {@code plenary init} writes: {@code data/site.yaml}, one example record of every registry
 * with every field explained in comments (optional ones commented out), a home and an about page per language,
 * an advice body, a {@code .gitignore}, a README for editors and a {@code templates/} folder explaining overrides.
 * Every YAML file starts with a {@code # yaml-language-server: $schema=} line pointing at the registry's JSON Schema,
 * written to {@code schema/} beside it and referred to by a relative path, so editors find it offline and it matches
 * the Plenary that wrote it ({@code plenary schema --out schema} refreshes them after an upgrade).
 *
 * <p>The files are resources under {@code /scaffold/files/}; {@code {{t:key}}} placeholders are filled with the example
 * texts of {@code /scaffold/phrases.yaml} in the site's languages (a language without them gets English pages to
 * translate, and no entry in translatable registry texts).
 */
public final class SiteScaffold {
    /** Where the JSON Schemas go, relative to the root: the same folder the built site publishes them under. */
    public static final String SCHEMA_DIR = JsonSchemas.FOLDER;
    private static final String FILES = "/scaffold/files/";
    private static final List<String> DATA_FILES = List.of("data/site.yaml", "data/members/amina-diallo.yaml",
            "data/members/jonas-berg.yaml", "data/workgroups.yaml", "data/meetings.yaml", "data/programmes.yaml",
            "data/travel/icann80.yaml", "data/advice/AL-ST-0624-01.yaml", "data/draws/rapporteur-2024.yaml");
    private static final String ADVICE_ID = "AL-ST-0624-01";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)(?::([a-z_.]+))?}}");
    /** A YAML plain scalar that reads back as the same string (no quotes needed). */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}(][^:#\\n\"'{}\\[\\],&*!|>%@`]*[^\\s:#]");

    private final List<SiteLanguage> languages;
    private final Map<String, Map<String, String>> phrases;

    /** @param languages the site's languages, the first being the default; at least one */
    public SiteScaffold(List<String> languageTags) {
        if (languageTags.isEmpty()) throw new IllegalArgumentException("a site needs at least one language");
        List<SiteLanguage> list = new ArrayList<>();
        for (String tag : languageTags) {
            SiteLanguage l = SiteLanguage.of(tag);
            if (list.stream().anyMatch(o -> o.code().equals(l.code()))) {
                throw new IllegalArgumentException("language '" + l.code() + "' is listed twice");
            }
            list.add(l);
        }
        this.languages = List.copyOf(list);
        this.phrases = readPhrases();
    }

    /** The site's language codes, the default first. */
    public List<String> languageCodes() {
        return languages.stream().map(SiteLanguage::code).toList();
    }

    /** Languages the built-in theme has no interface strings for (their menus and labels will be English). */
    public List<String> languagesWithoutUiStrings(java.util.function.Predicate<String> hasStrings) {
        return languageCodes().stream().filter(c -> !hasStrings.test(c)).toList();
    }

    /** Every file of the new site, by path relative to its root (forward slashes), in writing order. */
    public Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : DATA_FILES) out.put(f, fill(resource(f), f));
        for (SiteLanguage l : languages) {
            String c = l.code();
            out.put("content/" + c + "/index.md", page(text("home.title", c), text("home.body", c).replace("{lang}", c)));
            out.put("content/" + c + "/about.md", page(text("about.title", c), text("about.body", c)));
        }
        for (SiteLanguage l : languages) {
            if (phrases.get("advice.body").containsKey(l.code()) || l == languages.get(0)) {
                out.put("content/advice/" + ADVICE_ID + "/" + l.code() + ".md", text("advice.body", l.code()) + "\n");
            }
        }
        out.put("templates/README.md", resource("templates/README.md"));
        out.put("README.md", fill(resource("README.md"), "README.md"));
        out.put(".gitignore", resource("gitignore"));
        for (Map.Entry<String, String> e : JsonSchemas.files().entrySet()) out.put(SCHEMA_DIR + "/" + e.getKey(), e.getValue());
        return out;
    }

    /** Writes {@link #files()} under {@code root}, creating folders; existing files of the same names are replaced. */
    public void write(Path root) throws IOException {
        for (Map.Entry<String, String> e : files().entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private String fill(String template, String file) {
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            Matcher m = PLACEHOLDER.matcher(line);
            if (!m.find()) {
                out.append(line).append('\n');
                continue;
            }
            String kind = m.group(1);
            String before = line.substring(0, m.start());
            String after = line.substring(m.end());
            switch (kind) {
                case "t" -> translatable(out, before, m.group(2), after);
                case "schema" -> out.append(before).append(schemaPath(file, m.group(2))).append(after).append('\n');
                case "default" -> out.append(before).append(languages.get(0).code()).append(after).append('\n');
                case "languages" -> {
                    if (file.endsWith(".yaml")) {
                        for (SiteLanguage l : languages) {
                            out.append("  - {code: ").append(l.code()).append(", name: ").append(scalar(l.name()))
                                    .append(", direction: ").append(l.rtl() ? "rtl" : "ltr").append("}\n");
                        }
                    } else {
                        out.append(before).append(String.join(", ", languages.stream()
                                .map(l -> l.name() + " (" + l.code() + ")").toList())).append(after).append('\n');
                    }
                }
                case "title" -> out.append(before).append(text("site.title", languages.get(0).code())).append(after).append('\n');
                default -> throw new IllegalStateException("unknown placeholder in " + file + ": " + m.group());
            }
        }
        out.setLength(out.length() - 1); // the template's own last newline was added twice
        return out.toString();
    }

    /**
     * A translatable value: a plain string when the site has one language with a text, else a block mapping of
     * the languages that have one (the default language always, in English when there is no text for it).
     */
    private void translatable(StringBuilder out, String before, String key, String after) {
        Map<String, String> byLang = new LinkedHashMap<>();
        for (SiteLanguage l : languages) {
            String v = phrases.get(key).get(l.code());
            if (v == null && l == languages.get(0)) v = phrases.get(key).get("en");
            if (v != null) byLang.put(l.code(), v);
        }
        if (byLang.size() == 1) {
            out.append(before).append(scalar(byLang.values().iterator().next())).append(after).append('\n');
            return;
        }
        out.append(before.stripTrailing()).append(after).append('\n');
        int keyColumn = 0;
        while (keyColumn < before.length() && (before.charAt(keyColumn) == ' ' || before.charAt(keyColumn) == '-')) keyColumn++;
        String indent = " ".repeat(keyColumn + 2);
        for (Map.Entry<String, String> e : byLang.entrySet()) {
            out.append(indent).append(e.getKey()).append(": ").append(scalar(e.getValue())).append('\n');
        }
    }

    /** The text for a language, or the English one. */
    private String text(String key, String lang) {
        Map<String, String> t = phrases.get(key);
        if (t == null) throw new IllegalStateException("no example text '" + key + "'");
        return t.getOrDefault(lang, t.get("en"));
    }

    private static String page(String title, String body) {
        return "---\ntitle: " + scalar(title) + "\n---\n\n" + body + "\n";
    }

    /** From a file in data/ to its schema in schema/, e.g. ../../schema/members.schema.json. */
    static String schemaPath(String file, String registry) {
        int depth = file.split("/").length - 1;
        return "../".repeat(depth) + SCHEMA_DIR + "/" + registry + ".schema.json";
    }

    /** A YAML scalar for a string: plain when that reads back the same, else double-quoted with JSON escapes. */
    static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !s.matches("(?i)(y|n|yes|no|on|off|true|false|null|~)|[-+.\\d][\\d_.:eE+-]*")) return s;
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String resource(String rel) {
        try (InputStream in = SiteScaffold.class.getResourceAsStream(FILES + rel)) {
            if (in == null) throw new IllegalStateException("scaffold file missing from the tool: " + rel);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, String>> readPhrases() {
        try (InputStream in = SiteScaffold.class.getResourceAsStream("/scaffold/phrases.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> {
                Map<String, String> byLang = new LinkedHashMap<>();
                e.getValue().fields().forEachRemaining(l -> byLang.put(l.getKey(), l.getValue().asText()));
                out.put(e.getKey(), byLang);
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
