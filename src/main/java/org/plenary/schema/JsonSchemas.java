package org.plenary.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.model.spec.Field;
import org.plenary.model.spec.Registry;
import org.plenary.model.spec.Shape;
import org.plenary.model.spec.TravelSpec;
import org.plenary.output.Output;

/**
 * JSON Schemas (draft 2020-12) of the registries, made from the field declarations the validator reads
 * ({@link org.plenary.model.spec}), one file per {@link Registry}: {@code members.schema.json} and so on.
 * Editors using them (yaml-language-server: VS Code's YAML extension, Neovim, Helix…; IntelliJ) complete keys, show
 * each field's help and flag unknown keys, wrong types and values outside an enumeration as the file is typed.
 *
 * <p>A schema never refuses what {@code plenary validate} accepts: YAML scalars that Plenary reads as text may also be
 * numbers ({@code name: 1984}); what only the validator can check (references, dates in order, draws that recompute,
 * codes in the ISO registries) is left to it. Output is deterministic: same declarations, same bytes.
 */
public final class JsonSchemas {
    /** The folder the schemas are published under in a built site, and written to by {@code plenary init}. */
    public static final String FOLDER = "schema";
    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    /** A translatable text's language keys: BCP 47 tags (which ones, only the site knows: the validator checks). */
    private static final String LANGUAGE_KEY = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    private JsonSchemas() {
    }

    /** The file name of a registry's schema: {@code members.schema.json}. */
    public static String fileName(Registry r) {
        return r.id() + ".schema.json";
    }

    /** Every schema by file name, in registry order. */
    public static Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Registry r : Registry.values()) out.put(fileName(r), text(schema(r)));
        return out;
    }

    /** Writes every schema into {@code dir} (created when missing), replacing files of the same names. */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : files().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Publishes every schema under {@code /schema/} of a site being built. */
    public static void publish(Output out) {
        for (Map.Entry<String, String> e : files().entrySet()) out.file(FOLDER + "/" + e.getKey(), e.getValue());
    }

    /** The schema of one registry. */
    public static ObjectNode schema(Registry r) {
        Definitions defs = new Definitions();
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", "Plenary " + r.id() + " (" + r.where() + ")");
        switch (r.layout()) {
            case ONE -> {
                root.put("description", r.record().description());
                ObjectNode body = shape(r.record(), defs);
                body.remove("description");
                root.setAll(body);
            }
            case RECORDS -> {
                root.put("description", r.record().description() + " A file holds one (a mapping) or several (a list).");
                root.set("anyOf", JSON.arrayNode().add(defs.ref(r.record())).add(arrayOf(defs.ref(r.record()))));
            }
            case TRAVEL -> {
                root.put("description", "Travel support: a meeting file (meeting, records, applications), or one record or a"
                        + " list of records that each name their meeting.");
                root.set("anyOf", JSON.arrayNode().add(defs.ref(TravelSpec.FILE)).add(defs.ref(r.record()))
                        .add(arrayOf(defs.ref(r.record()))));
            }
        }
        if (!defs.isEmpty()) root.set("$defs", defs.node());
        return root;
    }

    private static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode a = JSON.objectNode();
        a.put("type", "array");
        a.set("items", items);
        return a;
    }

    /** A mapping of a shape's keys: no other key allowed. */
    private static ObjectNode shape(Shape s, Definitions defs) {
        ObjectNode o = JSON.objectNode();
        o.put("type", "object");
        o.put("description", s.description());
        ObjectNode props = o.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (Field f : s.fields()) {
            props.set(f.name(), field(f, defs, true));
            if (f.isRequired()) required.add(f.name());
        }
        if (!required.isEmpty()) o.set("required", required);
        o.put("additionalProperties", false);
        if (!s.oneOfRequired().isEmpty()) o.set("oneOf", requiredSets(s.oneOfRequired()));
        if (!s.anyOfRequired().isEmpty()) o.set("anyOf", requiredSets(s.anyOfRequired()));
        return o;
    }

    private static ArrayNode requiredSets(List<List<String>> sets) {
        ArrayNode a = JSON.arrayNode();
        for (List<String> set : sets) {
            ArrayNode keys = a.addObject().putArray("required");
            set.forEach(keys::add);
        }
        return a;
    }

    /** One value: its type and constraints, with its help text when it is a key of a mapping. */
    private static ObjectNode field(Field f, Definitions defs, boolean withHelp) {
        ObjectNode o = JSON.objectNode();
        if (withHelp && !f.description().isEmpty()) o.put("description", f.description());
        switch (f.kind()) {
            case STRING, REFERENCE -> {
                types(o, "string", "number");
                pattern(o, f);
            }
            case ID, MIXED_ID -> {
                types(o, "string", "integer");
                pattern(o, f);
                o.put("maxLength", Field.MAX_ID_LENGTH);
            }
            case DATE -> {
                o.put("type", "string");
                o.put("format", "date");
                pattern(o, f);
            }
            case INTEGER -> {
                o.put("type", "integer");
                o.put("minimum", f.minimum());
                o.put("maximum", Integer.MAX_VALUE);
            }
            case NUMBER -> {
                o.put("type", "number");
                o.put("minimum", 0);
            }
            case BOOLEAN -> o.put("type", "boolean");
            case ENUM -> {
                o.put("type", "string");
                ArrayNode values = o.putArray("enum");
                f.values().forEach(values::add);
            }
            case TEXT -> o.put("$ref", "#/$defs/" + defs.text());
            case URL -> {
                o.put("type", "string");
                o.put("format", "uri");
                o.put("pattern", f.pattern() != null ? anchored(f.pattern()) : "^https?://[^\\s/?#]+\\S*$");
            }
            case COUNTRY, CURRENCY, LANGUAGE -> {
                o.put("type", "string");
                pattern(o, f);
            }
            case LIST -> {
                o.put("type", "array");
                o.set("items", field(f.items(), defs, false));
                if (f.isUnique()) o.put("uniqueItems", true);
                if (f.maxItems() != null) o.put("maxItems", f.maxItems());
            }
            case MAPPING -> o.put("$ref", "#/$defs/" + defs.define(f.shape()));
            case FREE_MAPPING -> o.put("type", "object");
            case DICTIONARY -> {
                o.put("type", "object");
                o.set("additionalProperties", field(f.items(), defs, false));
            }
            case ONE_OF -> {
                ArrayNode any = o.putArray("anyOf");
                for (Field alt : f.alternatives()) any.add(field(alt, defs, false));
            }
        }
        if (f.exampleValue() != null) o.putArray("examples").add(f.exampleValue());
        return o;
    }

    private static void types(ObjectNode o, String... types) {
        ArrayNode a = o.putArray("type");
        for (String t : types) a.add(t);
    }

    private static void pattern(ObjectNode o, Field f) {
        if (f.pattern() != null) o.put("pattern", anchored(f.pattern()));
    }

    /** The declarations match whole values (Java's {@code matches}); JSON Schema patterns match anywhere unless anchored. */
    private static String anchored(String regex) {
        return "^(?:" + regex + ")$";
    }

    static String text(ObjectNode schema) {
        try {
            return WRITER.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The named definitions a schema refers to, each made once. */
    private static final class Definitions {
        private final Map<String, ObjectNode> defs = new LinkedHashMap<>();

        ObjectNode ref(Shape s) {
            ObjectNode o = JSON.objectNode();
            o.put("$ref", "#/$defs/" + define(s));
            return o;
        }

        String define(Shape s) {
            if (!defs.containsKey(s.id())) {
                defs.put(s.id(), null); // reserve first: shapes may nest
                defs.put(s.id(), shape(s, this));
            }
            return s.id();
        }

        /** A translatable text: a string in the default language, or a mapping of language codes to strings. */
        String text() {
            if (!defs.containsKey("text")) {
                ObjectNode t = JSON.objectNode();
                t.put("description", "Translatable: a string in the site's default language, or a mapping of language"
                        + " codes to strings, such as {en: Members, fr: Membres}.");
                ArrayNode any = t.putArray("anyOf");
                types(any.addObject(), "string", "number");
                ObjectNode map = any.addObject();
                map.put("type", "object");
                map.putObject("propertyNames").put("pattern", LANGUAGE_KEY);
                types(map.putObject("additionalProperties"), "string", "number");
                map.put("minProperties", 1);
                defs.put("text", t);
            }
            return "text";
        }

        boolean isEmpty() {
            return defs.isEmpty();
        }

        ObjectNode node() {
            ObjectNode o = JSON.objectNode();
            defs.keySet().stream().sorted().forEach(k -> o.set(k, defs.get(k)));
            return o;
        }
    }
}
