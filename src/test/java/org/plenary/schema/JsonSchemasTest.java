package org.plenary.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;
import org.plenary.model.spec.Field;
import org.plenary.model.spec.Registry;
import org.plenary.model.spec.Shape;

/**
 * The registries' JSON Schemas (issue 12): made from the validator's field declarations, accepted by a well-kept
 * validator as draft 2020-12, satisfied by every file of the shipped sample and of the fixtures, helpful to an editor
 * (every key described), written by {@code plenary schema} and published by the build under {@code /schema/}.
 */
class JsonSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static List<Path> files(Path root, String... folders) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String f : folders) {
            try (Stream<Path> s = Files.walk(root.resolve(f))) {
                s.filter(Files::isRegularFile).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static void assertValid(Path root) throws IOException {
        int checked = 0;
        for (Path p : files(root, "data", "content")) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            List<Error> errors = EditorValidator.validate(rel, Files.readString(p, StandardCharsets.UTF_8));
            if (errors == null) continue;
            checked++;
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), rel);
        }
        assertTrue(checked > 5, "files checked in " + root);
    }

    @Test
    void theShippedSampleValidates() throws IOException {
        assertValid(Path.of(".").toAbsolutePath().normalize());
    }

    @Test
    void theTestFixturesValidate() throws IOException {
        assertValid(TestSite.MINI);
        assertValid(Path.of("src/test/resources/opendata/tricky").toAbsolutePath());
    }

    @Test
    void everySchemaIsADraft2020SchemaAndEveryKeyIsExplained() throws IOException {
        Map<String, String> files = JsonSchemas.files();
        assertEquals(Registry.values().length, files.size());
        for (Registry r : Registry.values()) {
            JsonNode schema = JSON.readTree(files.get(JsonSchemas.fileName(r)));
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            assertNotNull(EditorValidator.schema(r), r.id());
            List<String> undocumented = new ArrayList<>();
            collectUndocumented(schema, "", undocumented);
            assertEquals(List.of(), undocumented, r.id() + ": keys without a description for the editor to show");
        }
        // Deterministic: the same declarations give the same bytes.
        assertEquals(files, JsonSchemas.files());
    }

    /** Every property of every object schema has a description. */
    private static void collectUndocumented(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode d = e.getValue().get("description");
                    if (d == null || d.asText().length() < 10) out.add(path + "/" + e.getKey());
                }
            }
            node.fields().forEachRemaining(e -> collectUndocumented(e.getValue(), path + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (JsonNode n : node) collectUndocumented(n, path, out);
        }
    }

    @Test
    void everyDeclaredFieldIsInItsSchemaWithItsRequirednessAndValues() throws IOException {
        for (Registry r : Registry.values()) {
            JsonNode schema = JSON.readTree(JsonSchemas.files().get(JsonSchemas.fileName(r)));
            JsonNode record = r.layout() == Registry.Layout.ONE ? schema : schema.get("$defs").get(r.record().id());
            assertShape(r.record(), record, schema);
        }
    }

    private static void assertShape(Shape shape, JsonNode node, JsonNode root) {
        assertEquals(shape.names(), iterate(node.get("properties").fieldNames()), shape.name());
        List<String> required = new ArrayList<>();
        node.path("required").forEach(n -> required.add(n.asText()));
        assertEquals(shape.fields().stream().filter(Field::isRequired).map(Field::name).toList(), required, shape.name());
        assertFalse(node.get("additionalProperties").asBoolean(), shape.name() + " allows unknown keys");
        for (Field f : shape.fields()) {
            JsonNode p = node.get("properties").get(f.name());
            if (f.kind() == Field.Kind.ENUM) {
                assertEquals(f.values(), iterate(p.get("enum").elements()).stream().map(JsonNode::asText).toList(), f.name());
            }
            if (f.kind() == Field.Kind.MAPPING) {
                String ref = p.get("$ref").asText();
                assertShape(f.shape(), root.at(ref.substring(1)), root);
            }
        }
    }

    private static <T> List<T> iterate(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void schemaCommandWritesEveryFileAndTheBuildPublishesThem() throws IOException {
        Path out = tmp.resolve("schemas");
        Run r = TestSite.run("schema", "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        for (Map.Entry<String, String> e : JsonSchemas.files().entrySet()) {
            assertEquals(e.getValue(), Files.readString(out.resolve(e.getKey())), e.getKey());
        }
        TestSite site = TestSite.mini(tmp);
        Path built = site.beside("built");
        assertEquals(0, site.build(built).exitCode());
        for (Map.Entry<String, String> e : JsonSchemas.files().entrySet()) {
            assertEquals(e.getValue(), Files.readString(built.resolve("schema/" + e.getKey())), e.getKey());
        }
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertEquals(2, TestSite.run("schema", "--out", file.toString()).exitCode());
    }

    @Test
    void schemaLevelFaultsAreFlaggedAsAnEditorWould() {
        // Each kind an editor can catch while typing: unknown key, wrong type, value outside an enumeration, bad id,
        // missing required key, bad date, relative URL, number below its minimum.
        Map<String, String> bad = Map.of(
                "id: jane\nname: Jane\nregoin: afralo\n", "regoin",
                "id: jane\nname: Jane\nsort_name: [Doe, Jane]\n", "sort_name",
                "id: jane\nname: Jane\nkind: indivdual\n", "kind",
                "id: Jane_Doe\nname: Jane\n", "id",
                "- id: jane\n  region: afralo\n", "name",
                "id: jane\nname: Jane\njoined: 2021-02-30\n", "joined",
                "id: jane\nname: Jane\nlinks: [{title: Home, url: /home}]\n", "url",
                "id: jane\nname: Jane\nroles: [{role: alac-member, from: 2020-01-01, to: tomorrow}]\n", "to");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            List<Error> errors = EditorValidator.validate("data/members/x.yaml", e.getKey());
            assertFalse(errors.isEmpty(), () -> "not flagged: " + e.getKey());
            assertTrue(errors.stream().anyMatch(err -> err.toString().contains(e.getValue())),
                    () -> e.getKey() + " flagged without naming '" + e.getValue() + "': " + errors);
        }
        assertFalse(EditorValidator.validate("data/programmes.yaml", "- id: x\n  name: X\n  slots_per_meeting: -1\n").isEmpty());
        assertFalse(EditorValidator.validate("data/draws/d.yaml",
                "id: d\ntitle: D\npurpose: coe\nannounced: 2020-01-01\nsources: [{name: s, published: 2020-01-02, values: [1]}]\n").isEmpty(),
                "a draw needs pool and seats, or pools");
        assertFalse(EditorValidator.validate("content/en/about.md", "---\ntitel: About\n---\nText\n").isEmpty());
        assertTrue(EditorValidator.validate("content/en/about.md", "---\ntitle: About\n---\nText\n").isEmpty());
    }
}
