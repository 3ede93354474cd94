package org.plenary.theme;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.registry.Utf8File;

/**
 * The theme a site is built with: the built-in theme, overridden file by file by the site's own {@code templates/}
 * folder (SPEC §5 Themes). Three kinds of file can be overridden:
 * <ul>
 *   <li>a Jte template ({@code templates/members/profile.jte}): the site's templates, together with the built-in
 *       templates they may call, are compiled at run time with Jte's compiler into {@code .plenary-cache/jte/<key>/},
 *       where {@code key} hashes every template source and the tool's own build, so an unchanged theme is compiled
 *       once and opened from the cache afterwards;</li>
 *   <li>interface strings ({@code templates/i18n/fr.properties}): key by key, a missing key falls back to the built-in
 *       file of that language (then to English, see the render stage's {@code UiStrings});</li>
 *   <li>a static asset ({@code templates/static/css/site.css}), published under {@code /assets/}.</li>
 * </ul>
 * A root file byte-identical to the built-in one is not an override. That is what keeps the tool's own source folder
 * (whose {@code templates/} is the built-in theme) on the precompiled fast path, and it equally covers a site that
 * copied the whole theme and changed one file: only that file counts. With no Jte override, templates come from the
 * classes precompiled into the jar.
 *
 * <p>Loading is cheap when nothing changed (hashing a few dozen small files, opening the cached classes), so a dev
 * server picks up theme edits by loading the theme again.
 */
public final class Theme {
    /** The site's theme folder, relative to the root. */
    public static final String FOLDER = "templates";
    /** Compiled site templates, relative to the root. */
    public static final String CACHE = ".plenary-cache/jte";
    /** Differs from the precompiled built-in package, so the application class loader never shadows a site's template. */
    static final String PACKAGE = "gg.jte.generated.plenary";
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    /** Identity (see {@code org.plenary.identity.Identity}) of the Jte templates: read by every rendered template. */
    public static final String TEMPLATES = "theme:templates";
    /** Identity of the static assets published under {@code /assets/}. */
    public static final String ASSETS = "theme:assets";

    private static volatile Theme builtIn;

    private final BuiltInTheme base;
    /** The site's own files that differ from the built-in theme, by path under {@code templates/}. */
    private final Set<String> own;
    private final Map<String, Map<String, String>> ownStrings;
    private final Map<String, byte[]> ownAssets;
    /** Every template source when the site's templates are compiled; empty on the precompiled path. */
    private final Map<String, String> sources;
    private final TemplateEngine engine;

    private Theme(BuiltInTheme base, Set<String> own, Map<String, Map<String, String>> ownStrings,
                  Map<String, byte[]> ownAssets, Map<String, String> sources, TemplateEngine engine) {
        this.base = base;
        this.own = Collections.unmodifiableSet(own);
        this.ownStrings = ownStrings;
        this.ownAssets = ownAssets;
        this.sources = sources;
        this.engine = engine;
    }

    /** The built-in theme alone, with its precompiled templates. */
    public static Theme builtIn() {
        Theme t = builtIn;
        if (t == null) {
            t = new Theme(BuiltInTheme.get(), Set.of(), Map.of(), Map.of(), Map.of(),
                    TemplateEngine.createPrecompiled(ContentType.Html));
            builtIn = t;
        }
        return t;
    }

    /**
     * The theme of a site root: the built-in theme with the root's {@code templates/} over it.
     *
     * @return the theme, or null when the site's templates or strings have errors (reported to {@code diag} with the
     *         file, line and column in {@code templates/})
     */
    public static Theme load(Path root, Diagnostics diag) {
        Path dir = root.resolve(FOLDER);
        if (!Files.isDirectory(dir)) return builtIn();
        BuiltInTheme base = BuiltInTheme.get();
        Set<String> own = new java.util.TreeSet<>();
        Map<String, String> ownTemplates = new TreeMap<>();
        Map<String, Map<String, String>> ownStrings = new TreeMap<>();
        Map<String, byte[]> ownAssets = new TreeMap<>();
        int errors = errorCount(diag);
        for (Path file : files(dir, diag)) {
            String rel = dir.relativize(file).toString().replace('\\', '/');
            String shown = FOLDER + "/" + rel;
            byte[] bytes;
            try {
                if (Files.size(file) > MAX_BYTES) {
                    diag.error(Location.of(shown), "file-too-large", "theme file is larger than " + (MAX_BYTES >> 20) + " MiB");
                    continue;
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                diag.error(Location.of(shown), "io", "cannot read file: " + e.getMessage());
                continue;
            }
            if (Arrays.equals(bytes, base.file(rel))) continue; // the built-in file itself: not an override
            if (rel.endsWith(".jte")) {
                String text = Utf8File.read(file, shown, MAX_BYTES, diag);
                if (text == null) continue;
                own.add(rel);
                ownTemplates.put(rel, text);
            } else if (rel.startsWith("i18n/") && rel.endsWith(".properties") && rel.indexOf('/', 5) < 0) {
                String text = Utf8File.read(file, shown, MAX_BYTES, diag);
                if (text == null) continue;
                own.add(rel);
                String lang = rel.substring(5, rel.length() - ".properties".length());
                ownStrings.put(lang, UiStringFile.parse(text, shown, diag));
            } else if (rel.startsWith("static/")) {
                own.add(rel);
                ownAssets.put(rel.substring("static/".length()), bytes);
            }
            // Anything else (a README, notes) is not part of the theme and is left alone.
        }
        if (errorCount(diag) > errors) return null;
        unusedStrings(dir, base, ownStrings, ownTemplates, diag);
        if (ownTemplates.isEmpty()) {
            return new Theme(base, own, ownStrings, ownAssets, Map.of(), builtIn().engine);
        }
        Map<String, String> sources = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : base.files().entrySet()) {
            if (e.getKey().endsWith(".jte")) sources.put(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
        }
        sources.putAll(ownTemplates);
        TemplateEngine engine = new TemplateCache(root.resolve(CACHE), base.fingerprint()).open(sources,
                e -> locate(e, own, sources), diag);
        if (engine == null) return null;
        return new Theme(base, own, ownStrings, ownAssets, sources, engine);
    }

    /** The built-in theme's files, by path under {@code templates/} ({@code members/profile.jte}), sorted. */
    public static java.util.SortedSet<String> builtInFiles() {
        return new java.util.TreeSet<>(BuiltInTheme.get().files().keySet());
    }

    /** A built-in file's bytes, or null when there is no such file. */
    public static byte[] builtInFile(String rel) {
        byte[] b = BuiltInTheme.get().file(rel);
        return b == null ? null : b.clone();
    }

    /**
     * A site string whose key neither the built-in theme nor the site's own templates use changes nothing: most likely
     * a typo ({@code members.standng}). A warning, with the nearest built-in key.
     */
    private static void unusedStrings(Path dir, BuiltInTheme base, Map<String, Map<String, String>> ownStrings,
                                      Map<String, String> ownTemplates, Diagnostics diag) {
        java.util.Set<String> builtInKeys = new java.util.TreeSet<>();
        for (String f : base.files().keySet()) {
            if (f.startsWith("i18n/") && f.endsWith(".properties")) {
                builtInKeys.addAll(UiStringFile.parse(new String(base.file(f), StandardCharsets.UTF_8)).keySet());
            }
        }
        for (Map.Entry<String, Map<String, String>> file : ownStrings.entrySet()) {
            String rel = "i18n/" + file.getKey() + ".properties";
            String text;
            try {
                text = Files.readString(dir.resolve(rel), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // read a moment ago; reported then if it fails
            }
            for (String key : new java.util.TreeSet<>(file.getValue().keySet())) {
                if (builtInKeys.contains(key)) continue;
                if (ownTemplates.values().stream().anyMatch(src -> src.contains("\"" + key + "\""))) continue;
                diag.warning(UiStringFile.keyLocation(text, FOLDER + "/" + rel, key), "unused-ui-string", "UI string '" + key
                        + "' is not a key of the theme, nor used by your templates, so it changes nothing"
                        + org.plenary.model.internal.Suggestion.hint(key, builtInKeys));
            }
        }
    }

    /** Renders templates: precompiled, or compiled from the site's own sources. */
    public TemplateEngine engine() {
        return engine;
    }

    /** Whether the site's own Jte templates are in use (compiled at run time). */
    public boolean compiled() {
        return !sources.isEmpty();
    }

    /** The site's files that override the built-in theme, by path under {@code templates/} (sorted). */
    public Set<String> overrides() {
        return own;
    }

    /**
     * The interface strings of one language: the built-in {@code i18n/<lang>.properties} with the site's file of the
     * same name over it, key by key. Empty when neither exists (the caller falls back to English).
     */
    public Map<String, String> strings(String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        byte[] builtInFile = base.file("i18n/" + lang + ".properties");
        if (builtInFile != null) out.putAll(UiStringFile.parse(new String(builtInFile, StandardCharsets.UTF_8)));
        out.putAll(ownStrings.getOrDefault(lang, Map.of()));
        return out;
    }

    /** Every static asset by its path under {@code static/} (published under {@code /assets/}), the site's winning; sorted. */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> out = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : base.files().entrySet()) {
            if (e.getKey().startsWith("static/")) out.put(e.getKey().substring("static/".length()), e.getValue());
        }
        out.putAll(ownAssets);
        return out;
    }

    /** Identity of one language's interface strings ({@code strings:fr}). */
    public static String stringsIdentity(String lang) {
        return "strings:" + lang;
    }

    /**
     * The value behind a theme identity ({@link #TEMPLATES}, {@link #ASSETS}, {@code strings:LANG}), for telling
     * which identities an edit of {@code templates/} touched: compare an old theme's value with a new one's using
     * {@code org.plenary.identity.SameContent}. Templates compare by their sources (empty on the precompiled path),
     * assets by their bytes.
     *
     * @throws IllegalArgumentException for an identity that is not the theme's
     */
    public Object lookup(String identity) {
        if (identity.equals(TEMPLATES)) return sources;
        if (identity.equals(ASSETS)) {
            Map<String, java.nio.ByteBuffer> out = new TreeMap<>();
            assets().forEach((k, v) -> out.put(k, java.nio.ByteBuffer.wrap(v))); // ByteBuffer equals by content
            return out;
        }
        if (identity.startsWith("strings:")) return strings(identity.substring("strings:".length()));
        throw new IllegalArgumentException("not a theme identity: " + identity);
    }

    /**
     * Turns a Jte failure while rendering into a located error when a site's own template is involved.
     *
     * @return the located error, or null on the precompiled path (a fault of the built-in theme is a bug of the tool)
     */
    public TemplateError renderError(TemplateException e) {
        return compiled() ? locate(e, own, sources) : null;
    }

    private static TemplateError locate(TemplateException e, Set<String> own, Map<String, String> sources) {
        TemplateError located = TemplateError.from(e, name -> FOLDER + "/" + name, sources::get);
        String file = located.location().file();
        String name = file.startsWith(FOLDER + "/") ? file.substring(FOLDER.length() + 1) : file;
        if (located.getMessage().startsWith("template syntax") && own.contains(name)) {
            // A misspelt keyword (@endfr) is plain text to Jte, which then stumbles further on: point at the cause.
            TemplateError typo = TemplateError.unknownKeyword(sources.get(name), file);
            if (typo != null) return typo;
        }
        if (own.contains(name) || !sources.containsKey(name)) return located;
        // The fault shows in a built-in template that calls one of the site's (e.g. a changed parameter list).
        return new TemplateError(located.location(), located.getMessage()
                + " (in the built-in " + name + ", which calls one of your templates: keep their parameters as documented)");
    }

    /** Whether this Java runtime can compile templates (a JDK, not a bare JRE). */
    static boolean canCompile() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    private static java.util.List<Path> files(Path dir, Diagnostics diag) {
        // A root's own files only: a file or folder linked from outside the root is refused, located.
        org.plenary.registry.RootFiles files = new org.plenary.registry.RootFiles(dir.getParent());
        if (!files.inside(dir, diag)) return java.util.List.of();
        return files.walk(dir, p -> { // skip hidden files and folders (.DS_Store, editor swap files)
            for (Path part : dir.relativize(p)) if (part.toString().startsWith(".")) return false;
            return true;
        }, diag);
    }

    private static int errorCount(Diagnostics diag) {
        return (int) diag.errorCount();
    }

    static Path codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
