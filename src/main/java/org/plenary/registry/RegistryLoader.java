package org.plenary.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;

/**
 * First stage: finds the registry files under {@code data/} and parses each into a positioned YAML tree.
 *
 * <p>Each registry may be one file ({@code data/meetings.yaml}) or a folder of any number of
 * {@code .yaml}/{@code .yml} files ({@code data/meetings/…}), or both.
 */
public final class RegistryLoader {
    public static final String DATA_DIR = "data";

    private final Path root;
    private final YamlReader reader = new YamlReader();

    public RegistryLoader(Path root) {
        this.root = root;
    }

    public RawRegistry load(Diagnostics diag) {
        Path data = root.resolve(DATA_DIR);
        Map<String, String> unreadable = new LinkedHashMap<>();
        SourceFile site = null;
        Path siteFile = firstExisting(data.resolve("site.yaml"), data.resolve("site.yml"));
        if (siteFile == null) {
            diag.error(Location.of(DATA_DIR + "/site.yaml"), "missing-file",
                    "data/site.yaml is missing; every site needs one (title, languages, regions)");
        } else {
            YamlNode node = reader.read(siteFile, relative(siteFile), diag);
            if (node != null) site = new SourceFile(relative(siteFile), node);
        }
        return new RawRegistry(site,
                registry(data, "members", diag, unreadable),
                registry(data, "workgroups", diag, unreadable),
                registry(data, "meetings", diag, unreadable),
                registry(data, "programmes", diag, unreadable),
                registry(data, "travel", diag, unreadable),
                registry(data, "advice", diag, unreadable),
                registry(data, "draws", diag, unreadable),
                unreadable);
    }

    private List<SourceFile> registry(Path data, String name, Diagnostics diag, Map<String, String> unreadable) {
        List<Path> files = new ArrayList<>();
        Path single = firstExisting(data.resolve(name + ".yaml"), data.resolve(name + ".yml"));
        if (single != null) files.add(single);
        Path folder = data.resolve(name);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> isYaml(p.getFileName().toString()))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                diag.error(Location.of(relative(folder)), "io", "cannot list folder: " + e.getMessage());
            }
        }
        List<SourceFile> out = new ArrayList<>();
        for (Path f : files) {
            String rel = relative(f);
            YamlNode node = reader.read(f, rel, diag);
            if (node != null) out.add(new SourceFile(rel, node));
            else unreadable.putIfAbsent(name, rel);
        }
        return out;
    }

    private static boolean isYaml(String name) {
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static Path firstExisting(Path... candidates) {
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
