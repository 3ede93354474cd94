package org.plenary.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped sample is set up for editors the way {@code plenary init} sets up a new site: {@code schema/} holds
 * exactly what {@code plenary schema} writes, and {@code .vscode/settings.json} points every YAML file of
 * {@code data/} at its registry's schema (yaml-language-server's {@code yaml.schemas}), so a person editing the
 * sample in VS Code gets completion and checks as they type. A schema change without regenerating fails here.
 */
class RepositoryEditorSetupTest {
    private static final Path ROOT = Path.of("");

    @Test
    void schemaFolderIsWhatPlenarySchemaWrites() throws IOException {
        Map<String, String> committed = new TreeMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(JsonSchemas.FOLDER))) {
            for (Path f : files.toList()) committed.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
        }
        assertEquals(new TreeMap<>(JsonSchemas.files()), committed,
                "schema/ is out of date: run ./plenary schema --out schema");
    }

    @Test
    void everyRegistryFileOfTheSampleHasItsSchemaInVsCodeSettings() throws IOException {
        JsonNode schemas = new ObjectMapper().readTree(ROOT.resolve(".vscode/settings.json").toFile()).get("yaml.schemas");
        List<String> unmapped = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(ROOT.resolve("data"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                files++;
                String rel = ROOT.toAbsolutePath().relativize(f.toAbsolutePath()).toString().replace('\\', '/');
                List<String> matching = new ArrayList<>();
                schemas.fields().forEachRemaining(e -> e.getValue().forEach(glob -> {
                    // As in minimatch (yaml-language-server), "**/" also matches no folder at all.
                    String g = glob.asText();
                    if (globMatches(g, rel) || globMatches(g.replace("/**/", "/"), rel)) {
                        matching.add(e.getKey());
                    }
                }));
                if (matching.size() != 1) {
                    unmapped.add(rel + " -> " + matching);
                    continue;
                }
                String schemaFile = matching.get(0).replaceFirst("^\\./", "");
                assertTrue(Files.isRegularFile(ROOT.resolve(schemaFile)), schemaFile);
                String registry = Path.of(schemaFile).getFileName().toString().replace(".schema.json", "");
                assertTrue(rel.startsWith("data/" + registry), rel + " is mapped to " + schemaFile);
            }
        }
        assertTrue(files > 100, "the sample's registry files: " + files);
        assertTrue(unmapped.isEmpty(), "each file of data/ needs exactly one schema: "
                + unmapped.subList(0, Math.min(5, unmapped.size())) + " (" + unmapped.size() + " in all)");
    }

    private static boolean globMatches(String glob, String path) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(path));
    }
}
