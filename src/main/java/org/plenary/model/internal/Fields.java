package org.plenary.model.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.model.Coded;
import org.plenary.model.Text;
import org.plenary.model.spec.Field;
import org.plenary.model.spec.Shape;
import org.plenary.registry.YamlList;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;
import org.plenary.registry.UnsafeText;
import org.plenary.registry.YamlScalar;

/**
 * Typed, validating access to the keys of one YAML mapping, as its {@link Shape} declares them (the same declarations
 * the JSON Schemas are made from). Each accessor reports a located error and returns null (or an empty value) on bad
 * input, so a reader can carry on and find every problem in one run. {@link #finish()} then reports the keys the
 * shape does not declare, with a "did you mean".
 *
 * <p>Reading a key the shape does not declare, or finishing without reading a required one, is a bug of the reader
 * and fails loudly ({@link IllegalStateException}): the test suite then catches a reader drifting from its schema.
 */
final class Fields {
    static final Pattern SLUG = Pattern.compile(Field.SLUG);
    /**
     * Ids become file and folder names ({@code /en/members/<id>/}, {@code /data/draws/<id>.json}); file systems
     * allow 255 bytes a name, so ids are capped well below that and the limit is checked here, at validation.
     */
    static final int MAX_ID_LENGTH = Field.MAX_ID_LENGTH;

    private final YamlMap map;
    private final Shape shape;
    private final String what;
    private final ReadContext ctx;
    private final Diagnostics diag;
    private final Set<String> known = new LinkedHashSet<>();
    /** Required keys found absent; reported by {@link #reportMissing()} once misspellings are known. */
    private final List<String> missing = new ArrayList<>();

    private Fields(YamlMap map, Shape shape, String what, ReadContext ctx) {
        this.map = map;
        this.shape = shape;
        this.what = what;
        this.ctx = ctx;
        this.diag = ctx.diag();
    }

    /** Reads a node that must be a mapping of {@code shape}'s keys; reports and returns null when it is not a mapping. */
    static Fields of(YamlNode node, Shape shape, ReadContext ctx) {
        String what = shape.name();
        if (node instanceof YamlMap m) {
            ctx.mappings().putIfAbsent(m.location(), m);
            return new Fields(m, shape, what, ctx);
        }
        ctx.diag().error(node.location(), "wrong-type", "a " + what + " must be a mapping of keys to values, not " + node.describe());
        return null;
    }

    /** The key of a declared field; a field of another shape is a bug of the reader. */
    private String key(Field f) {
        if (shape.field(f.name()) != f) {
            throw new IllegalStateException("the reader of " + what + " reads '" + f.name() + "', which its shape " + shape
                    + " does not declare as this field");
        }
        return f.name();
    }

    // ---- declared fields (see org.plenary.model.spec) ---------------------------------------------------------

    boolean has(Field f) {
        return has(key(f));
    }

    YamlNode node(Field f) {
        return node(key(f));
    }

    Location at(Field f) {
        return at(key(f));
    }

    void ignore(Field f) {
        ignore(key(f));
    }

    String string(Field f) {
        return string(key(f), f.isRequired());
    }

    String id(Field f) {
        return id(key(f), f.isRequired());
    }

    String mixedCaseId(Field f) {
        return mixedCaseId(key(f), f.exampleValue());
    }

    Text name(Field f) {
        return name(key(f), f.isRequired());
    }

    LocalDate date(Field f) {
        return date(key(f), f.isRequired());
    }

    Integer integer(Field f) {
        return integer(key(f), f.isRequired(), f.minimum());
    }

    BigDecimal decimal(Field f) {
        return decimal(key(f), f.isRequired());
    }

    boolean bool(Field f, boolean dflt) {
        return bool(key(f), dflt);
    }

    <E extends Enum<E> & Coded> E enumValue(Field f, Class<E> type, E dflt) {
        if (f.enumType() != type) throw new IllegalStateException(f + " is not an enum of " + type.getSimpleName());
        return enumValue(key(f), type, f.isRequired(), dflt);
    }

    Text text(Field f) {
        return text(key(f), f.isRequired());
    }

    List<String> strings(Field f) {
        return strings(key(f));
    }

    List<YamlNode> list(Field f) {
        return list(key(f), f.isRequired());
    }

    /** A reference declared in the field ({@link Field#refersTo()}), collected to be checked later (see {@link #ref}). */
    String ref(Field f, String what, String field) {
        return ref(key(f), f.isRequired(), References.Kind.of(f.refersTo()), what, field);
    }

    /** A string field that refers to {@code kind} in this context (a role's body is a workgroup for rapporteurs only). */
    String ref(Field f, References.Kind kind, String what, String field) {
        return ref(key(f), f.isRequired(), kind, what, field);
    }

    /** A list of references declared by the list's item field. */
    List<String> refs(Field f, String what, String field) {
        return refs(key(f), References.Kind.of(f.items().refersTo()), what, field);
    }

    /** A mapping inside this one, of the field's shape; null when absent (a required one is then reported missing). */
    Fields sub(Field f) {
        YamlNode n = require(key(f), f.isRequired());
        if (n == null) return null;
        return of(n, f.shape(), ctx);
    }

    Location location() {
        return map.location();
    }

    /** Where a key's value is, or the mapping itself when the key is absent. The key must be declared. */
    Location at(String key) {
        if (!shape.has(key)) throw new IllegalStateException(what + " declares no key '" + key + "'");
        YamlNode n = map.get(key);
        return n == null ? map.location() : n.location();
    }

    private boolean has(String key) {
        known.add(key);
        YamlNode n = map.get(key);
        return n != null && !(n instanceof YamlScalar s && s.isNull());
    }

    private YamlNode node(String key) {
        known.add(key);
        YamlNode n = map.get(key);
        return n instanceof YamlScalar s && s.isNull() ? null : n;
    }

    /** Accepted and discarded on purpose (the {@code private} mapping). */
    private void ignore(String key) {
        known.add(key);
    }

    private YamlNode require(String key, boolean required) {
        YamlNode n = node(key);
        if (n == null && required && !missing.contains(key)) missing.add(key);
        return n;
    }

    private String string(String key, boolean required) {
        YamlNode n = require(key, required);
        if (n == null) return null;
        String s = asString(n, key);
        if (s != null && required && s.isBlank()) {
            // A required value left empty would reach pages and open data as nothing at all.
            diag.error(n.location(), "empty-value", "'" + key + "' must not be empty");
            return null;
        }
        return s;
    }

    String asString(YamlNode n, String key) {
        if (n instanceof YamlScalar s && s.kind() != YamlScalar.Kind.BOOLEAN && !s.isNull()) {
            return s.text();
        }
        diag.error(n.location(), "wrong-type", "'" + key + "' must be a string, not " + n.describe());
        return null;
    }

    /** A lower-case slug id. */
    private String id(String key, boolean required) {
        String s = string(key, required);
        if (s == null) return null;
        if (!SLUG.matcher(s).matches()) {
            diag.error(at(key), "bad-id", "'" + key + "' must be a lower-case slug like 'jane-doe' "
                    + "(letters a-z, digits, single hyphens), not '" + s + "'");
            return null;
        }
        return withinLength(key, s);
    }

    /** An id of letters, digits and hyphens in any case ({@code ICANN58}, {@code AL-ALAC-ST-0317-02-00-EN}). */
    private String mixedCaseId(String key, String example) {
        String s = string(key, true);
        if (s == null) return null;
        if (!s.matches(Field.MIXED_SLUG)) {
            diag.error(at(key), "bad-id", what + " id must be letters, digits and hyphens like '" + example + "', not '" + s + "'");
            return null;
        }
        return withinLength(key, s);
    }

    private String withinLength(String key, String s) {
        if (s.length() > MAX_ID_LENGTH) {
            diag.error(at(key), "bad-id", "'" + key + "' is " + s.length() + " characters long; ids become file names,"
                    + " so they may have at most " + MAX_ID_LENGTH);
            return null;
        }
        return s;
    }

    /**
     * A reference to another record (member id, meeting id…), collected to be checked once every registry is read
     * (see {@link References}).
     *
     * @param what  the referring record for the message, e.g. "travel record" or "advice 'AL-…'"
     * @param field what the id stands for, e.g. "member", "penholder", "workgroup (body)"
     */
    private String ref(String key, boolean required, References.Kind kind, String what, String field) {
        String s = string(key, required);
        if (s != null) ctx.refs().expect(kind, s, at(key), what, field);
        return s;
    }

    /** A list of references, each collected at its own item (see {@link #ref}). */
    private List<String> refs(String key, References.Kind kind, String what, String field) {
        List<String> out = new ArrayList<>();
        YamlNode n = node(key);
        if (n == null) return out;
        if (!(n instanceof YamlList l)) {
            diag.error(n.location(), "wrong-type", "'" + key + "' must be a list, not " + n.describe());
            return out;
        }
        for (YamlNode item : l.items()) {
            String s = asString(item, key);
            if (s == null) continue;
            out.add(s);
            ctx.refs().expect(kind, s, item.location(), what, field);
        }
        return out;
    }

    /** The text of a scalar key as written, without checking or reporting anything (for messages). */
    String peek(String key) {
        return map.get(key) instanceof YamlScalar s && !s.isNull() ? s.text() : null;
    }

    /** Whether a key nobody asked for looks like a misspelling of {@code key} (already reported as unknown). */
    boolean misspelt(String key) {
        return map.keys().stream().anyMatch(k -> !k.equals(key) && !isDeclared(k) && Suggestion.isMisspelling(k, key));
    }

    private boolean isDeclared(String k) {
        return shape.has(k);
    }

    /**
     * A proper name: a translatable text whose values may not carry bidirectional marks (U+200E, U+200F, U+061C).
     * They are invisible and can make a name display as another; a warning, since some scripts use them on purpose.
     * Names are shown inside {@code <bdi>}, so a mark cannot reorder the text around a name anyway.
     */
    private Text name(String key, boolean required) {
        Text t = text(key, required);
        YamlNode n = map.get(key);
        if (n == null) return t;
        List<YamlNode> values = n instanceof YamlMap m ? m.entries().values().stream().map(YamlMap.Entry::value).toList() : List.of(n);
        for (YamlNode v : values) {
            if (!(v instanceof YamlScalar s) || s.text() == null) continue;
            int at = UnsafeText.firstBidiMark(s.text());
            if (at >= 0) {
                diag.warning(s.location(), "bidi-mark", "'" + key + "' contains the invisible bidirectional mark "
                        + UnsafeText.describe(s.text().codePointAt(at)) + "; names should not need one (remove it)");
            }
        }
        return t;
    }

    private LocalDate date(String key, boolean required) {
        YamlNode n = require(key, required);
        if (n == null) return null;
        return asDate(n, key);
    }

    /** Why a date written as YYYY-MM-DD does not exist: "2019-02 has 28 days", "there is no month 13". */
    private static String noSuchDay(String text) {
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(5, 7));
        if (month < 1 || month > 12) return "there is no month " + month;
        int days = java.time.YearMonth.of(year, month).lengthOfMonth();
        return text.substring(0, 7) + " has " + days + " days";
    }

    LocalDate asDate(YamlNode n, String key) {
        if (n instanceof YamlScalar s && (s.kind() == YamlScalar.Kind.STRING || s.kind() == YamlScalar.Kind.INTEGER)) {
            String why = "expected YYYY-MM-DD";
            if (s.text().matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    return LocalDate.parse(s.text());
                } catch (DateTimeParseException e) {
                    why = noSuchDay(s.text());
                }
            }
            diag.error(n.location(), "bad-date", "'" + key + "' is not a valid date: '" + s.text() + "' (" + why + ")");
            return null;
        }
        diag.error(n.location(), "wrong-type", "'" + key + "' must be a date (YYYY-MM-DD), not " + n.describe());
        return null;
    }

    private Integer integer(String key, boolean required, int min) {
        YamlNode n = require(key, required);
        if (n == null) return null;
        if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.INTEGER) {
            try {
                int v = Integer.parseInt(s.text().replace("_", ""));
                if (v < min) {
                    diag.error(n.location(), "out-of-range", "'" + key + "' must be at least " + min + ", not " + v);
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                if (s.text().replace("_", "").matches("[-+]?\\d+")) {
                    diag.error(n.location(), "out-of-range", "'" + key + "' is too large: " + s.text());
                } else { // 0x1F, 0o17: YAML reads them as integers, we want plain decimal
                    diag.error(n.location(), "wrong-type", "'" + key + "' must be a whole number written in decimal, not '"
                            + s.text() + "'");
                }
                return null;
            }
        }
        diag.error(n.location(), "wrong-type", "'" + key + "' must be a whole number, not " + n.describe()
                + (n instanceof YamlScalar s ? " ('" + s.text() + "')" : ""));
        return null;
    }

    private BigDecimal decimal(String key, boolean required) {
        YamlNode n = require(key, required);
        if (n == null) return null;
        if (n instanceof YamlScalar s && (s.kind() == YamlScalar.Kind.INTEGER || s.kind() == YamlScalar.Kind.DECIMAL)) {
            try {
                BigDecimal v = new BigDecimal(s.text().replace("_", ""));
                if (v.signum() < 0) {
                    diag.error(n.location(), "out-of-range", "'" + key + "' must not be negative");
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        diag.error(n.location(), "wrong-type", "'" + key + "' must be a number, not " + n.describe());
        return null;
    }

    private boolean bool(String key, boolean dflt) {
        YamlNode n = node(key);
        if (n == null) return dflt;
        if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) return Boolean.parseBoolean(s.text());
        diag.error(n.location(), "wrong-type", "'" + key + "' must be true or false, not " + n.describe());
        return dflt;
    }

    private <E extends Enum<E> & Coded> E enumValue(String key, Class<E> type, boolean required, E dflt) {
        YamlNode n = require(key, required);
        if (n == null) return dflt;
        String s = asString(n, key);
        if (s == null) return dflt;
        E[] values = type.getEnumConstants();
        for (E e : values) {
            if (e.code().equals(s)) return e;
        }
        List<String> codes = Arrays.stream(values).map(Coded::code).toList();
        diag.error(n.location(), "bad-value", "'" + key + "' must be one of " + String.join(", ", codes) + "; got '" + s + "'"
                + Suggestion.hint(s, codes));
        return dflt;
    }

    /** A plain string (default language) or a mapping {@code {en: …, fr: …}} of configured languages. */
    private Text text(String key, boolean required) {
        YamlNode n = require(key, required);
        if (n == null) return Text.EMPTY;
        Text t = asText(n, key);
        if (t.isEmpty() && required && n instanceof YamlScalar s && s.text() != null && s.text().isBlank()) {
            diag.error(n.location(), "empty-value", "'" + key + "' must not be empty");
        }
        return t;
    }

    /**
     * A text: a blank plain string is no text at all (an optional field left empty); a blank value in a language
     * mapping is an error, since it would hide the fallback to the default language behind an empty string.
     */
    Text asText(YamlNode n, String key) {
        if (n instanceof YamlScalar s && !s.isNull() && s.kind() != YamlScalar.Kind.BOOLEAN) {
            return s.text().isBlank() ? Text.EMPTY : Text.of(ctx.defaultLanguage(), s.text());
        }
        if (n instanceof YamlMap m) {
            Map<String, String> values = new LinkedHashMap<>();
            for (YamlMap.Entry e : m.entries().values()) {
                String lang = Languages.configured(e.key(), ctx.languages());
                if (lang == null) {
                    diag.error(e.keyLocation(), "unknown-language", "language '" + e.key() + "' in '" + key
                            + "' is not configured in data/site.yaml" + Suggestion.hint(e.key(), ctx.languages()));
                    continue;
                }
                String v = asString(e.value(), key + "." + e.key());
                if (v != null && v.isBlank()) {
                    diag.error(e.value().location(), "empty-value", "'" + key + "." + e.key() + "' is empty; leave '" + e.key()
                            + "' out and the default language is shown instead");
                    continue;
                }
                if (v != null && values.putIfAbsent(lang, v) != null) {
                    diag.error(e.keyLocation(), "duplicate-key", "'" + key + "' gives language '" + lang + "' twice");
                }
            }
            return Text.of(values);
        }
        diag.error(n.location(), "wrong-type", "'" + key + "' must be a string or a mapping of language codes to strings, not "
                + n.describe());
        return Text.EMPTY;
    }

    /** A list of strings; a single string is accepted as a one-item list. */
    private List<String> strings(String key) {
        YamlNode n = node(key);
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        if (n instanceof YamlList l) {
            for (YamlNode item : l.items()) {
                String s = asString(item, key);
                if (s != null) out.add(s);
            }
        } else {
            diag.error(n.location(), "wrong-type", "'" + key + "' must be a list, not " + n.describe());
        }
        return out;
    }

    /** Items of a list, for lists of mappings; a non-list is reported. */
    private List<YamlNode> list(String key, boolean required) {
        YamlNode n = require(key, required);
        if (n == null) return List.of();
        if (n instanceof YamlList l) return l.items();
        diag.error(n.location(), "wrong-type", "'" + key + "' must be a list, not " + n.describe());
        return List.of();
    }

    ReadContext context() {
        return ctx;
    }

    /** Reports every key the shape does not declare. Call last. */
    void finish() {
        java.util.Collection<String> declared = shape.names();
        for (YamlMap.Entry e : map.entries().values()) {
            if (!declared.contains(e.key())) {
                diag.error(e.keyLocation(), "unknown-key", "unknown key '" + e.key() + "' in " + what
                        + Suggestion.hint(e.key(), declared));
            }
        }
        reportMissing();
        for (Field f : shape.fields()) {
            if (f.isRequired() && !known.contains(f.name())) {
                throw new IllegalStateException("the reader of " + what + " never reads required field '" + f.name() + "'");
            }
        }
    }

    /**
     * Reports required keys that are absent, except one whose misspelling is in the mapping ({@code nmae} for
     * {@code name}): that is already reported as an unknown key with a "did you mean", once is enough.
     */
    void reportMissing() {
        for (String key : missing) {
            boolean misspelt = map.keys().stream().anyMatch(k -> !isDeclared(k) && Suggestion.isMisspelling(k, key));
            if (!misspelt) diag.error(map.location(), "missing-key", what + " is missing required key '" + key + "'");
        }
        missing.clear();
    }
}
