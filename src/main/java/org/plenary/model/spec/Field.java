package org.plenary.model.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.plenary.model.Coded;

/**
 * One key of a registry mapping, declared once for both the validator and the JSON Schema: its name, {@link Kind},
 * whether it is required, what it means (the help an editor shows), and the kind's details (allowed values, pattern,
 * minimum, item type, nested mapping, referenced registry). Immutable; built fluently:
 * {@code Field.id("id").required().describe("…")}.
 */
public final class Field {
    /** What a value is; each kind has one reading rule in the validator and one JSON Schema shape. */
    public enum Kind {
        /** Free text in the default language (any scalar but true/false). */
        STRING,
        /** A lower-case slug used in URLs: {@code [a-z0-9]+(-[a-z0-9]+)*}, at most {@link #MAX_ID_LENGTH} characters. */
        ID,
        /** Letters, digits and hyphens in any case ({@code ICANN58}), at most {@link #MAX_ID_LENGTH} characters. */
        MIXED_ID,
        /** The id of a record of another registry ({@link #refersTo()}), checked once every registry is read. */
        REFERENCE,
        /** A calendar date written {@code YYYY-MM-DD}. */
        DATE,
        /** A whole number written in decimal, at least {@link #minimum()}. */
        INTEGER,
        /** A non-negative decimal number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of {@link #values()}. */
        ENUM,
        /** Translatable: a string in the default language, or a mapping of language codes to strings. */
        TEXT,
        /** An absolute http(s) URL. */
        URL,
        /** An ISO 3166-1 alpha-2 country code, any case. */
        COUNTRY,
        /** An ISO 4217 currency code, upper case. */
        CURRENCY,
        /** A BCP 47 language tag. */
        LANGUAGE,
        /** A list of {@link #items()}. */
        LIST,
        /** A mapping with the keys of {@link #shape()}. */
        MAPPING,
        /** A mapping of anything, never published (a member's {@code private} notes). */
        FREE_MAPPING,
        /** A mapping of free keys to values of {@link #items()} (a stratified draw's result, by pool name). */
        DICTIONARY,
        /** A value of one of {@link #alternatives()}; which one is told by the value's own type. */
        ONE_OF
    }

    /** Ids become file and folder names; file systems allow 255 bytes a name, so ids are capped well below. */
    public static final int MAX_ID_LENGTH = 100;
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String MIXED_SLUG = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";

    private final String name;
    private final Kind kind;
    private final boolean required;
    private final String description;
    private final List<String> values;
    private final Class<? extends Enum<?>> enumType;
    private final String pattern;
    private final Integer minimum;
    private final Field items;
    private final Shape shape;
    private final String refersTo;
    private final List<Field> alternatives;
    private final boolean unique;
    private final Integer maxItems;
    private final String example;

    private Field(String name, Kind kind, boolean required, String description, List<String> values,
                  Class<? extends Enum<?>> enumType, String pattern, Integer minimum, Field items, Shape shape, String refersTo,
                  List<Field> alternatives, boolean unique, Integer maxItems, String example) {
        this.name = name;
        this.kind = kind;
        this.required = required;
        this.description = description;
        this.values = values;
        this.enumType = enumType;
        this.pattern = pattern;
        this.minimum = minimum;
        this.items = items;
        this.shape = shape;
        this.refersTo = refersTo;
        this.alternatives = alternatives;
        this.unique = unique;
        this.maxItems = maxItems;
        this.example = example;
    }

    private static Field of(String name, Kind kind) {
        return new Field(name, kind, false, "", List.of(), null, null, null, null, null, null, List.of(), false, null, null);
    }

    public static Field string(String name) {
        return of(name, Kind.STRING);
    }

    /** A string that must match a regular expression (whole value). */
    public static Field string(String name, String pattern) {
        return of(name, Kind.STRING).pattern(pattern);
    }

    public static Field id(String name) {
        return of(name, Kind.ID).pattern(SLUG);
    }

    public static Field mixedId(String name) {
        return of(name, Kind.MIXED_ID).pattern(MIXED_SLUG);
    }

    /** @param registry the registry the id is looked up in: members, meetings, workgroups, programmes, advice, draws */
    public static Field reference(String name, String registry) {
        Field f = of(name, Kind.REFERENCE);
        return new Field(f.name, f.kind, f.required, f.description, f.values, f.enumType, f.pattern, f.minimum, f.items,
                f.shape, Objects.requireNonNull(registry), f.alternatives, f.unique, f.maxItems, f.example);
    }

    public static Field date(String name) {
        return of(name, Kind.DATE).pattern("\\d{4}-\\d{2}-\\d{2}");
    }

    public static Field integer(String name, int minimum) {
        Field f = of(name, Kind.INTEGER);
        return new Field(f.name, f.kind, f.required, f.description, f.values, f.enumType, f.pattern, minimum, f.items,
                f.shape, f.refersTo, f.alternatives, f.unique, f.maxItems, f.example);
    }

    public static Field number(String name) {
        return of(name, Kind.NUMBER);
    }

    public static Field bool(String name) {
        return of(name, Kind.BOOLEAN);
    }

    /** One of an enum's {@link Coded#code() codes}. */
    public static <E extends Enum<E> & Coded> Field oneOf(String name, Class<E> type) {
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        return new Field(name, Kind.ENUM, false, "", codes, type, null, null, null, null, null, List.of(), false, null, null);
    }

    public static Field text(String name) {
        return of(name, Kind.TEXT);
    }

    public static Field url(String name) {
        return of(name, Kind.URL);
    }

    public static Field country(String name) {
        return of(name, Kind.COUNTRY).pattern("[A-Za-z]{2}");
    }

    public static Field currency(String name) {
        return of(name, Kind.CURRENCY).pattern("[A-Z]{3}");
    }

    public static Field language(String name) {
        return of(name, Kind.LANGUAGE).pattern("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    }

    /** A list whose items are described by {@code items} (its name is only used in messages). */
    public static Field list(String name, Field items) {
        Field f = of(name, Kind.LIST);
        return new Field(f.name, f.kind, f.required, f.description, f.values, f.enumType, f.pattern, f.minimum, items,
                f.shape, f.refersTo, f.alternatives, f.unique, f.maxItems, f.example);
    }

    /** A list of mappings of one shape. */
    public static Field list(String name, Shape shape) {
        return list(name, mapping(name, shape));
    }

    public static Field mapping(String name, Shape shape) {
        Field f = of(name, Kind.MAPPING);
        return new Field(f.name, f.kind, f.required, f.description, f.values, f.enumType, f.pattern, f.minimum, f.items,
                shape, f.refersTo, f.alternatives, f.unique, f.maxItems, f.example);
    }

    /** A mapping of any keys to values described by {@code values}. */
    public static Field dictionary(String name, Field values) {
        Field f = of(name, Kind.DICTIONARY);
        return new Field(f.name, f.kind, f.required, f.description, f.values, f.enumType, f.pattern, f.minimum, values,
                f.shape, f.refersTo, f.alternatives, f.unique, f.maxItems, f.example);
    }

    public static Field freeMapping(String name) {
        return of(name, Kind.FREE_MAPPING);
    }

    public static Field oneOf(String name, Field... alternatives) {
        Field f = of(name, Kind.ONE_OF);
        return new Field(f.name, f.kind, f.required, f.description, f.values, f.enumType, f.pattern, f.minimum, f.items,
                f.shape, f.refersTo, List.of(alternatives), f.unique, f.maxItems, f.example);
    }

    // ---- refinements ------------------------------------------------------------------------------------------

    public Field required() {
        return new Field(name, kind, true, description, values, enumType, pattern, minimum, items, shape, refersTo,
                alternatives, unique, maxItems, example);
    }

    /** The help text: what the field means and how to write it, in a sentence or two. */
    public Field describe(String text) {
        return new Field(name, kind, required, text, values, enumType, pattern, minimum, items, shape, refersTo,
                alternatives, unique, maxItems, example);
    }

    /** An example value, shown by editors when completing. */
    public Field example(String value) {
        return new Field(name, kind, required, description, values, enumType, pattern, minimum, items, shape, refersTo,
                alternatives, unique, maxItems, value);
    }

    /** For lists: no item twice; at most {@code max} items (null: any number). */
    public Field uniqueItems(Integer max) {
        return new Field(name, kind, required, description, values, enumType, pattern, minimum, items, shape, refersTo,
                alternatives, true, max, example);
    }

    /** The whole value must also match this regular expression (e.g. a base URL without query). */
    public Field matching(String regex) {
        return pattern(regex);
    }

    private Field pattern(String regex) {
        return new Field(name, kind, required, description, values, enumType, regex, minimum, items, shape, refersTo,
                alternatives, unique, maxItems, example);
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public String description() {
        return description;
    }

    /** For {@link Kind#ENUM}: the allowed codes, in declaration order. */
    public List<String> values() {
        return values;
    }

    /** For {@link Kind#ENUM}: the enum the codes come from. */
    public Class<? extends Enum<?>> enumType() {
        return enumType;
    }

    /** A regular expression the whole value must match (ids, dates, codes), or null. */
    public String pattern() {
        return pattern;
    }

    /** For {@link Kind#INTEGER}: the smallest value allowed. */
    public Integer minimum() {
        return minimum;
    }

    /** For {@link Kind#LIST}: what each item is. */
    public Field items() {
        return items;
    }

    /** For {@link Kind#MAPPING}: its keys. */
    public Shape shape() {
        return shape;
    }

    /** For {@link Kind#REFERENCE}: the registry the id belongs to. */
    public String refersTo() {
        return refersTo;
    }

    /** For {@link Kind#ONE_OF}: the value's possible forms. */
    public List<Field> alternatives() {
        return alternatives;
    }

    public boolean isUnique() {
        return unique;
    }

    public Integer maxItems() {
        return maxItems;
    }

    public String exampleValue() {
        return example;
    }

    @Override
    public String toString() {
        return name + " (" + kind + (required ? ", required" : "") + ")";
    }
}
