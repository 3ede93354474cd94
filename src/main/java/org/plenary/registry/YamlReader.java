package org.plenary.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a {@link YamlNode} tree with positions, using Jackson's streaming YAML parser.
 *
 * <p>Hostile input is refused with a located error rather than a crash: files that are not UTF-8, files over
 * {@link #MAX_FILE_BYTES}, nesting deeper than {@link #MAX_DEPTH}, and aliases ({@code *name}), which would
 * otherwise allow "billion laughs" expansion and are never needed in a registry.
 */
public final class YamlReader {
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    static final int MAX_DEPTH = 40;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) MAX_FILE_BYTES);
        loader.setMaxAliasesForCollections(0);
        loader.setNestingDepthLimit(MAX_DEPTH + 10);
        loader.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both locations
        this.factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
                .build();
    }

    /**
     * @param file     the file on disk
     * @param relPath  the path shown in messages (relative to the site root)
     * @return the document's root node, or null when the file could not be read (the reason is in {@code diag});
     *         an empty document gives a null-valued scalar
     */
    public YamlNode read(Path file, String relPath, Diagnostics diag) {
        String text = Utf8File.read(file, relPath, MAX_FILE_BYTES, diag);
        if (text == null) return null;
        return parse(text, relPath, diag);
    }

    /** Parses YAML text already in memory (front matter, tests). */
    public YamlNode parse(String text, String relPath, Diagnostics diag) {
        Doc doc = new Doc(relPath, diag, text);
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) return new YamlScalar(null, YamlScalar.Kind.NULL, new Location(relPath, 1, 1));
            YamlNode root = readValue((YAMLParser) p, doc, 0);
            if (root != null && p.nextToken() != null) {
                Location at = locate(p.currentTokenLocation(), relPath);
                diag.error(at, "yaml-syntax", "more than one YAML document in this file; use one document (a mapping or a list)");
                return null;
            }
            return doc.aliases > 0 ? null : root;
        } catch (TooDeep e) {
            diag.error(e.at, "yaml-too-deep", "YAML nested more than " + MAX_DEPTH + " levels deep");
            return null;
        } catch (JsonProcessingException e) {
            MarkedYAMLException marked = marked(e);
            Location at = located(marked, relPath, locate(e.getLocation(), relPath));
            diag.error(at, "yaml-syntax", "invalid YAML: " + readable(marked != null ? explain(marked) : cleanMessage(e)));
            return null;
        } catch (IOException e) {
            diag.error(Location.of(relPath), "io", "cannot read: " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (code points, aliases) as unchecked exceptions.
            MarkedYAMLException marked = marked(e);
            Location at = located(marked, relPath, Location.of(relPath));
            diag.error(at, "yaml-syntax", "invalid YAML: " + readable(marked != null ? explain(marked) : firstLine(e.getMessage())));
            return null;
        } finally {
            doc.reportAliases();
        }
    }

    /** Per-document state: where to report, and the aliases seen (reported once, not once per use). */
    private static final class Doc {
        final String file;
        final Diagnostics diag;
        Location firstAlias;
        String firstAliasName;
        int aliases;

        /** Refused characters written literally in the text: already reported at their exact place by the file scan. */
        final java.util.Set<Integer> literal = new java.util.HashSet<>();

        Doc(String file, Diagnostics diag, String text) {
            this.file = file;
            this.diag = diag;
            text.codePoints().filter(UnsafeText::isRefused).forEach(literal::add);
        }

        /**
         * A double-quoted scalar can write a refused character as an escape ({@code "\u202E"}, {@code "\a"}), which
         * the file scan cannot see: report it at the scalar.
         */
        void checkEscapes(String value, Location at) {
            if (value == null) return;
            int i = UnsafeText.firstRefused(value);
            if (i < 0) return;
            int cp = value.codePointAt(i);
            if (literal.contains(cp)) return;
            diag.error(at, "unsafe-character", UnsafeText.message(cp) + " (it is written as an escape here)");
        }

        void reportAliases() {
            if (aliases == 0) return;
            diag.error(firstAlias, "yaml-alias", "YAML aliases (*" + firstAliasName + ") are not allowed in registries; write the value out"
                    + (aliases > 1 ? " (this file uses " + aliases + " aliases)" : ""));
        }
    }

    private YamlNode readValue(YAMLParser p, Doc doc, int depth) throws IOException {
        String file = doc.file;
        Diagnostics diag = doc.diag;
        Location at = locate(p.currentTokenLocation(), file);
        if (depth > MAX_DEPTH) throw new TooDeep(at);
        JsonToken t = p.currentToken();
        if (p.isCurrentAlias()) {
            if (doc.aliases++ == 0) {
                doc.firstAlias = at;
                doc.firstAliasName = p.getText();
            }
            return new YamlScalar(null, YamlScalar.Kind.NULL, at);
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = locate(p.currentTokenLocation(), file);
                    doc.checkEscapes(key, keyAt);
                    p.nextToken();
                    YamlNode value = readValue(p, doc, depth + 1);
                    YamlMap.Entry previous = entries.get(key);
                    if (previous != null) {
                        diag.error(keyAt, "duplicate-key", "key '" + key + "' appears twice in this mapping (first at line "
                                + previous.keyLocation().line() + ")");
                        continue;
                    }
                    entries.put(key, new YamlMap.Entry(key, keyAt, value));
                }
                return new YamlMap(entries, at);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, doc, depth + 1));
                }
                return new YamlList(items, at);
            }
            case VALUE_NULL:
                return new YamlScalar(null, YamlScalar.Kind.NULL, at);
            case VALUE_TRUE:
            case VALUE_FALSE: {
                // YAML 1.2: only true/false are booleans. YAML 1.1's yes/no/on/off stay strings, so that
                // "country: NO" (Norway) or "name: Yes" mean what they say.
                String text = p.getText();
                boolean bool = "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text);
                return new YamlScalar(text, bool ? YamlScalar.Kind.BOOLEAN : YamlScalar.Kind.STRING, at);
            }
            case VALUE_NUMBER_INT:
                return new YamlScalar(p.getText(), YamlScalar.Kind.INTEGER, at);
            case VALUE_NUMBER_FLOAT:
                return new YamlScalar(p.getText(), YamlScalar.Kind.DECIMAL, at);
            default:
                doc.checkEscapes(p.getText(), at);
                return new YamlScalar(p.getText(), YamlScalar.Kind.STRING, at);
        }
    }

    static Location locate(JsonLocation loc, String file) {
        if (loc == null || loc.getLineNr() <= 0) return Location.of(file);
        return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    static Location locate(Mark mark, String file) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** SnakeYAML's own exception, which knows where the problem is (Jackson's location is that of the last good token). */
    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) return m;
            if (t.getCause() == t) break;
        }
        return null;
    }

    /** "while parsing a flow sequence (from line 2, column 7): expected ',' or ']', but got <stream end>" */
    private static String explain(MarkedYAMLException m) {
        // SnakeYAML says "(Do not use \t(TAB) for indentation)" for any tab, also one after a key's colon.
        if (m.getProblem() != null && m.getProblem().contains("\\t(TAB)")) {
            return "a tab character: YAML allows only spaces here (to indent, and between a key's colon and its value);"
                    + " replace the tab with spaces";
        }
        String technical = technical(m);
        String plain = plain(m);
        return plain == null ? technical : plain + " (the YAML parser says: " + technical + ")";
    }

    /**
     * What the commonest YAML mistakes mean, in an editor's words (found by a new user: "while parsing a block
     * collection … expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'" told them nothing), or null.
     */
    static String plain(MarkedYAMLException m) {
        String context = m.getContext() == null ? "" : m.getContext();
        String problem = m.getProblem() == null ? "" : m.getProblem();
        String opened = m.getContextMark() == null ? "" : " at line " + (m.getContextMark().getLine() + 1) + ", column "
                + (m.getContextMark().getColumn() + 1);
        if (context.startsWith("while parsing a flow sequence") || context.startsWith("while parsing a flow mapping")) {
            char open = context.contains("sequence") ? '[' : '{';
            char close = open == '[' ? ']' : '}';
            return "this '" + open + "' is not closed: end the " + (open == '[' ? "list" : "mapping") + " with '" + close
                    + "', and separate its items with ','";
        }
        if (context.startsWith("while scanning a quoted scalar")) {
            return "this quote is not closed: end the value with the same quote mark";
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "a ':' where no key can start: if this line is a key, indent it as the keys above it; if the ':' is"
                    + " part of a value, put the whole value in quotes (\"…\")";
        }
        if (problem.startsWith("expected <block end>") && context.startsWith("while parsing a block")) {
            return "this line is indented differently from the lines it belongs with (the "
                    + (context.contains("mapping") ? "keys" : "items") + " starting" + opened
                    + "): indent it with as many spaces as they are, or as its parent's values";
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "this line has no ':' after its key (every line of a record is 'key: value')";
        }
        return null;
    }

    /**
     * Where to point the editor: where an unclosed bracket or quote opened, or the line whose key lacks its ':' (the
     * parser notices these lines later, at the end of the file for a quote); elsewhere where the parser stopped.
     */
    static Mark where(MarkedYAMLException m) {
        String context = m.getContext() == null ? "" : m.getContext();
        boolean opened = context.startsWith("while parsing a flow") || context.startsWith("while scanning a quoted scalar")
                || context.startsWith("while scanning a simple key");
        return opened && m.getContextMark() != null ? m.getContextMark() : m.getProblemMark();
    }

    /** Where a parser error points ({@link #where}), or {@code otherwise} when it has no mark. */
    private static Location located(MarkedYAMLException marked, String relPath, Location otherwise) {
        Mark at = marked == null ? null : where(marked);
        return at != null ? locate(at, relPath) : otherwise;
    }

    /** SnakeYAML's own explanation: context (where it began), then the problem. */
    private static String technical(MarkedYAMLException m) {
        StringBuilder out = new StringBuilder();
        if (m.getContext() != null) {
            out.append(m.getContext().strip());
            Mark c = m.getContextMark();
            if (c != null && (m.getProblemMark() == null || c.getLine() != m.getProblemMark().getLine()
                    || c.getColumn() != m.getProblemMark().getColumn())) {
                out.append(" (from line ").append(c.getLine() + 1).append(", column ").append(c.getColumn() + 1).append(')');
            }
        }
        if (m.getProblem() != null) {
            if (out.length() > 0) out.append(": ");
            out.append(m.getProblem().strip());
        }
        return out.length() == 0 ? firstLine(m.getMessage()) : out.toString().replace('\n', ' ');
    }

    /** Keeps SnakeYAML's explanation but drops its echo of the source and Jackson's location suffix. */
    private static String cleanMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) return "unreadable YAML";
        StringBuilder out = new StringBuilder();
        for (String line : m.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("in 'reader'") || s.startsWith("in 'string'") || s.startsWith("^")
                    || s.startsWith("at [Source") || line.startsWith("    ")) {
                continue;
            }
            if (out.length() > 0) out.append("; ");
            out.append(s);
        }
        return readable(out.length() == 0 ? firstLine(m) : out.toString());
    }

    private static final java.util.regex.Pattern EVENT =
            java.util.regex.Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event(\\([^)]*\\))?>?");

    /**
     * Jackson names SnakeYAML's parser events in some messages ({@code <org.yaml.snakeyaml.events.AliasEvent(anchor=3)>},
     * found by fuzzing with an alias used as a key): say what they stand for instead.
     */
    private static String readable(String message) {
        java.util.regex.Matcher m = EVENT.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = switch (m.group(1)) {
                case "Alias" -> "an alias (*name; aliases are not allowed in registries)";
                case "Scalar" -> "a value";
                case "MappingStart" -> "a mapping";
                case "SequenceStart" -> "a list";
                case "MappingEnd", "SequenceEnd" -> "the end of a collection";
                case "DocumentStart", "DocumentEnd", "StreamEnd" -> "the end of the document";
                default -> "something else";
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString().replace(" (Scalar value in YAML)", "").replace("Expected a field name", "expected a key");
    }

    private static String firstLine(String m) {
        if (m == null) return "unreadable YAML";
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    private static final class TooDeep extends RuntimeException {
        final transient Location at;

        TooDeep(Location at) {
            super(null, null, false, false);
            this.at = at;
        }
    }
}
