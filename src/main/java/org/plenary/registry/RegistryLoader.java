package org.plenary.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final RootFiles files;
    private final SourceCache cache;

    public RegistryLoader(Path root) {
        this(root, SourceCache.NONE);
    }

    /** A loader that parses only the files {@code cache} does not remember (the dev server's rebuilds). */
    public RegistryLoader(Path root, SourceCache cache) {
        this.root = root;
        this.files = new RootFiles(root);
        this.cache = cache;
    }

    public RawRegistry load(Diagnostics diag) {
        Path data = root.resolve(DATA_DIR);
        Map<String, String> unreadable = new LinkedHashMap<>();
        SourceFile site = null;
        if (!files.inside(data, diag)) {
            return new RawRegistry(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
        }
        Path siteFile = firstExisting(data.resolve("site.yaml"), data.resolve("site.yml"));
        if (siteFile != null && !files.inside(siteFile, diag)) {
            // reported: a site.yaml that leaves the root is not read
        } else if (siteFile == null) {
            diag.error(Location.of(DATA_DIR + "/site.yaml"), "missing-file",
                    "data/site.yaml is missing; every site needs one (title, languages, regions)");
        } else {
            YamlNode node = cache.read(siteFile, diag, d -> reader.read(siteFile, relative(siteFile), d));
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
        List<Path> paths = new ArrayList<>();
        Path single = firstExisting(data.resolve(name + ".yaml"), data.resolve(name + ".yml"));
        if (single != null) {
            if (files.inside(single, diag)) paths.add(single);
            else unreadable.putIfAbsent(name, relative(single));
        }
        int errors = (int) diag.errorCount();
        Path folder = data.resolve(name);
        paths.addAll(cache.list(folder, diag, d -> files.walk(folder, p -> isYaml(p.getFileName().toString()), d)));
        if (diag.errorCount() > errors) unreadable.putIfAbsent(name, relative(data.resolve(name)));
        // Files are parsed in parallel (a registry can be thousands of files); results and problems keep file order.
        List<YamlNode> nodes = diag.eachInParallel(paths, (f, d) -> cache.read(f, d, dd -> reader.read(f, relative(f), dd)));
        List<SourceFile> out = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String rel = relative(paths.get(i));
            if (nodes.get(i) != null) out.add(new SourceFile(rel, nodes.get(i)));
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
        return files.relative(p);
    }
}
