package org.plenary.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The default theme as shipped inside the tool under {@code /theme/} (a copy of the source tree's {@code templates/}):
 * Jte sources ({@code *.jte}, also precompiled into the jar), {@code i18n/<lang>.properties} and {@code static/**}.
 * Read once per JVM: it cannot change while the tool runs.
 */
final class BuiltInTheme {
    /** A resource every build of the tool ships; the theme folder is found from it, with or without directory entries. */
    private static final String ANCHOR = "/theme/i18n/en.properties";

    private static volatile BuiltInTheme instance;

    private final Map<String, byte[]> files;
    private final String codeIdentity;
    private volatile String fingerprint;

    private BuiltInTheme(Map<String, byte[]> files, String codeIdentity) {
        this.files = Collections.unmodifiableMap(files);
        this.codeIdentity = codeIdentity;
    }

    static BuiltInTheme get() {
        BuiltInTheme t = instance;
        if (t == null) {
            synchronized (BuiltInTheme.class) {
                t = instance;
                if (t == null) instance = t = load();
            }
        }
        return t;
    }

    /** Every file, by its path relative to the theme folder ({@code members/profile.jte}), sorted. */
    Map<String, byte[]> files() {
        return files;
    }

    byte[] file(String rel) {
        return files.get(rel);
    }

    /**
     * Identifies this build of the tool: the theme's bytes plus the code the templates compile against. Compiled root
     * templates are cached under this key, so upgrading Plenary recompiles them.
     */
    String fingerprint() {
        String f = fingerprint;
        if (f == null) fingerprint = f = digest(files, codeIdentity); // only sites with templates of their own need it
        return f;
    }

    private static BuiltInTheme load() {
        URL anchor = BuiltInTheme.class.getResource(ANCHOR);
        if (anchor == null) throw new IllegalStateException("the built-in theme is missing from the tool (" + ANCHOR + ")");
        try {
            URI uri = anchor.toURI();
            Map<String, byte[]> files = new TreeMap<>();
            if ("jar".equals(uri.getScheme())) {
                String s = uri.toString();
                Path jarFile = Path.of(URI.create(s.substring("jar:".length(), s.indexOf("!/"))));
                // JarFile reads the central directory natively: about half the time of a zip file system here.
                try (JarFile jar = new JarFile(jarFile.toFile())) {
                    for (JarEntry e : Collections.list(jar.entries())) {
                        if (e.isDirectory() || !e.getName().startsWith("theme/")) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            files.put(e.getName().substring("theme/".length()), in.readAllBytes());
                        }
                    }
                }
                return new BuiltInTheme(files, jarFile + ":" + Files.size(jarFile) + ":" + Files.getLastModifiedTime(jarFile).toMillis());
            }
            Path dir = Path.of(uri).getParent().getParent();
            read(dir, files);
            return new BuiltInTheme(files, classesIdentity(dir.getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in theme", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the built-in theme", e);
        }
    }

    private static void read(Path dir, Map<String, byte[]> into) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                into.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }

    /** In a classes folder (tests, IDE runs) the newest class file stands for the code's version. */
    private static String classesIdentity(Path classes) throws IOException {
        long newest = 0;
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
            }
        }
        return classes + ":" + newest;
    }

    private static String digest(Map<String, byte[]> files, String codeIdentity) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(codeIdentity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
