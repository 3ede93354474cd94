package org.plenary.opendata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.output.Output;

/** The fixture sites, each read once per test run and written once into a temporary folder. */
final class Sites {
    static final String MINI = "/sites/mini";
    static final String TRICKY = "/opendata/tricky";

    record Written(Loaded loaded, Path dir, List<Dataset> datasets) {
        Path data() {
            return dir.resolve("data");
        }

        String read(String file) {
            try {
                return Files.readString(data().resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode json(String file) {
            try {
                return JSON.readTree(read(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<Map<String, String>> csv(String file) {
            return CsvReader.rows(read(file));
        }

        /** Every file written, relative to the data folder, sorted. */
        List<String> files() {
            try (Stream<Path> s = Files.walk(data())) {
                return s.filter(Files::isRegularFile).map(p -> data().relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads decimals exactly, as a careful consumer would. */
    static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, Written> WRITTEN = new ConcurrentHashMap<>();

    private Sites() {
    }

    static Path root(String resource) {
        try {
            return Path.of(Sites.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Loaded load(String resource) {
        return LOADED.computeIfAbsent(resource, r -> {
            Loaded l = InputStages.run(root(r), null, false);
            assertTrue(l.ok(), () -> r + " does not load: " + l.diagnostics().sorted());
            return l;
        });
    }

    /** The fixture's open data, written once into a fresh temporary folder. */
    static Written written(String resource) {
        return WRITTEN.computeIfAbsent(resource, r -> write(r, temp()));
    }

    static Written write(String resource, Path dir) {
        Loaded l = load(resource);
        OpenDataWriter writer = new OpenDataWriter(l.view(), l.content());
        Output out = new Output(dir);
        List<Dataset> datasets = writer.write(out);
        new org.plenary.render.SiteRenderer().writeDataPage(writer.catalog(), out); // the data page is the theme's
        return new Written(l, dir, datasets);
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }

    static Path temp() {
        try {
            Path dir = Files.createTempDirectory("plenary-opendata-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
