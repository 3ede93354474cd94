package org.plenary.theme;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;

/**
 * A site's templates compiled with Jte's runtime compiler ({@code TemplateEngine.create} over a {@link ThemeCodeResolver})
 * and kept in a folder per content key under the cache folder: {@code <cache>/<key>/} holds the class files and a
 * {@code complete} marker. A key already complete is opened with {@code TemplateEngine.createPrecompiled}; otherwise the
 * templates are compiled into a private temporary folder which is then renamed into place, so a concurrent build or
 * a killed one never sees half a cache. Older keys are removed.
 */
final class TemplateCache {
    private static final String COMPLETE = "complete";

    private final Path dir;
    private final String toolFingerprint;

    TemplateCache(Path dir, String toolFingerprint) {
        this.dir = dir;
        this.toolFingerprint = toolFingerprint;
    }

    /**
     * @param sources every template name with its source (the site's own over the built-in)
     * @param locate  turns a Jte failure into an error located in a template
     * @return the engine, or null after reporting why the templates cannot be used
     */
    TemplateEngine open(Map<String, String> sources, Function<TemplateException, TemplateError> locate, Diagnostics diag) {
        String key = key(sources);
        Path classes = dir.resolve(key);
        if (!Files.isRegularFile(classes.resolve(COMPLETE))) {
            if (!Theme.canCompile()) {
                diag.error(Location.of(Theme.FOLDER), "no-java-compiler", "your own templates are compiled when the site is built,"
                        + " which needs a Java Development Kit (javac); this Java runtime has none. Run Plenary with a JDK 17+,"
                        + " or remove the .jte files from templates/ to use the built-in ones");
                return null;
            }
            try {
                delete(classes); // an incomplete folder (its marker removed by hand): compile afresh
                compile(sources, classes, locate);
            } catch (TemplateError e) {
                diag.error(e.location(), "template-error", e.getMessage());
                return null;
            } catch (IOException e) {
                diag.error(Location.of(Theme.CACHE), "io", "cannot write compiled templates: " + e.getMessage());
                return null;
            }
        }
        removeOthers(key);
        return TemplateEngine.createPrecompiled(classes, ContentType.Html, Theme.class.getClassLoader(), Theme.PACKAGE);
    }

    private void compile(Map<String, String> sources, Path classes, Function<TemplateException, TemplateError> locate)
            throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempDirectory(dir, ".tmp-").toAbsolutePath();
        try {
            TemplateEngine compiler = TemplateEngine.create(new ThemeCodeResolver(sources), tmp, ContentType.Html,
                    Theme.class.getClassLoader(), Theme.PACKAGE);
            // The same settings as the jte-maven-plugin that precompiles the built-in theme (pom.xml).
            compiler.setTrimControlStructures(true);
            compiler.setBinaryStaticContent(true); // fixed text pre-encoded as UTF-8 (render.Utf8TemplateOutput)
            compiler.setClassPath(classPath());
            compiler.setCompileArgs("-proc:none", "-nowarn", "-Xlint:none", "-parameters");
            try {
                compiler.precompileAll();
            } catch (TemplateException e) {
                throw locate.apply(e);
            }
            Files.writeString(tmp.resolve(COMPLETE), key(sources) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, classes, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // Another build compiled the same templates meanwhile: theirs are as good as ours.
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, classes);
            }
        } finally {
            delete(tmp);
        }
    }

    /** What the templates compile against: the tool's own classes and Jte's runtime, wherever they are loaded from. */
    private static List<String> classPath() {
        Set<String> cp = new LinkedHashSet<>();
        cp.add(Theme.codeSource(Theme.class).toString());
        cp.add(Theme.codeSource(TemplateEngine.class).toString());
        String jvm = System.getProperty("java.class.path", "");
        for (String s : jvm.split(File.pathSeparator)) if (!s.isBlank()) cp.add(s);
        return List.copyOf(cp);
    }

    private String key(Map<String, String> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(toolFingerprint.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(sources).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the cache to one compiled theme; temporary folders of killed builds go once they are an hour old. */
    private void removeOthers(String key) {
        try (Stream<Path> list = Files.list(dir)) {
            long hourAgo = System.currentTimeMillis() - 3_600_000L;
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (name.equals(key)) continue;
                if (name.startsWith(".tmp-") && Files.getLastModifiedTime(p).toMillis() > hourAgo) continue;
                delete(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // A stale cache folder is harmless; the next build tries again.
        }
    }

    private static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort
        }
    }
}
