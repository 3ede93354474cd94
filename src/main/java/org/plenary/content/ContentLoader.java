package org.plenary.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.plenary.diag.Diagnostic;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.model.Advice;
import org.plenary.model.Community;
import org.plenary.model.Member;
import org.plenary.model.Text;
import org.plenary.model.spec.FrontMatterSpec;
import org.plenary.output.SitePaths;
import org.plenary.registry.RootFiles;
import org.plenary.registry.SourceCache;
import org.plenary.registry.Utf8File;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;
import org.plenary.registry.YamlReader;
import org.plenary.registry.YamlScalar;

/**
 * Fourth stage: renders {@code content/<lang>/**.md} pages and {@code content/advice/<id>/<lang>.md} bodies
 * (plus inline advice {@code body} texts) to HTML.
 *
 * <p>A dev server gives it a {@link Memory}: after an edit of {@code data/} only, what was read from {@code content/}
 * is used again as long as what it depends on in the registries — the site's languages and the statements' ids — is
 * the same, and a record's Markdown is checked again only when the record is a new object (the model stage hands out
 * the same records for unchanged files).
 */
public final class ContentLoader {
    public static final String CONTENT_DIR = "content";
    /** URL paths the generator owns; a content page may not take them. */
    public static final Set<String> RESERVED = Set.of("members", "travel", "advice", "draws", "metrics", "search", "data");
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Path root;
    private final Markdown markdown = new Markdown();
    private final YamlReader yaml = new YamlReader();
    private final SourceCache cache;
    private final Memory memory;

    /**
     * What a loader remembers from one run to the next (a dev server's rebuilds): the pages and bodies read from
     * {@code content/} with their problems, valid while no file under it changed ({@link #forgetFiles}) and the
     * registries give the same languages and statement ids; and the problems found in each record's Markdown, by
     * record (the same object: unchanged). {@link #NONE} remembers nothing. Thread-safe.
     */
    public static class Memory {
        /** Remembers nothing (a build). */
        public static final Memory NONE = new Memory() {
            @Override
            synchronized void remember(Object key, FilesRead files, Map<Object, List<Diagnostic>> checked) {
            }
        };

        private Object key;
        private FilesRead files;
        private Map<Object, List<Diagnostic>> checked = new IdentityHashMap<>();

        /** Forgets what was read from {@code content/}: a file under it was created, changed or deleted. */
        public synchronized void forgetFiles() {
            key = null;
            files = null;
        }

        /** Forgets everything. */
        public synchronized void clear() {
            forgetFiles();
            checked = new IdentityHashMap<>();
        }

        synchronized FilesRead files(Object key) {
            return files != null && key.equals(this.key) ? files : null;
        }

        synchronized Map<Object, List<Diagnostic>> checked() {
            return checked;
        }

        synchronized void remember(Object key, FilesRead files, Map<Object, List<Diagnostic>> checked) {
            this.key = key;
            this.files = files;
            this.checked = checked;
        }
    }

    /** What was read from {@code content/}: pages by path then language, bodies by statement then language. */
    private record FilesRead(Map<String, Map<String, ContentPage>> pages, Map<String, Map<String, String>> bodies,
                         List<Diagnostic> problems) {
    }

    public ContentLoader(Path root) {
        this(root, SourceCache.NONE);
    }

    /** A loader that reads and renders only the files {@code cache} does not remember (the dev server's rebuilds). */
    public ContentLoader(Path root, SourceCache cache) {
        this(root, cache, Memory.NONE);
    }

    /** The same, also reusing what {@code memory} remembers from the previous run (see {@link Memory}). */
    public ContentLoader(Path root, SourceCache cache, Memory memory) {
        this.root = root;
        this.cache = cache;
        this.memory = memory;
    }

    public Content load(Community c, Diagnostics diag) {
        Set<String> languages = new java.util.LinkedHashSet<>();
        c.site().languages().forEach(l -> languages.add(l.code()));
        // What reading content/ takes from the registries: the languages, and the statements a body folder can name.
        Object key = List.of(List.copyOf(languages), c.site().defaultLanguage(),
                c.advice().stream().map(Advice::id).sorted().toList());
        FilesRead files = memory.files(key);
        if (files == null) {
            Diagnostics own = new Diagnostics();
            files = readFiles(c, languages, own);
            files = new FilesRead(files.pages(), files.bodies(), List.copyOf(own.all()));
        }
        files.problems().forEach(diag::add);
        Map<String, Map<String, String>> bodies = new HashMap<>(files.bodies());
        for (Advice a : c.advice()) {
            Text inline = a.body();
            if (inline.languages().isEmpty()) continue;
            // A copy: the bodies read from files are remembered as they are.
            Map<String, String> byLang = new TreeMap<>(bodies.getOrDefault(a.id(), Map.of()));
            bodies.put(a.id(), byLang);
            for (String lang : inline.languages()) {
                if (byLang.containsKey(lang)) {
                    diag.error(a.location(), "duplicate-body", "advice '" + a.id() + "' has both an inline body and a file for '" + lang + "'");
                } else {
                    String html = registryText(inline, lang, "advice '" + a.id() + "' body", a.location(),
                            SitePaths.statement(lang, a.id()), diag);
                    if (html != null) byLang.put(lang, html);
                }
            }
        }
        // Registry Markdown that pages render themselves (each relative to its page): checked here, so a site that
        // validates cannot fail to render. A record checked in the previous run (the very same object) is not again.
        Map<Object, List<Diagnostic>> before = memory.checked();
        List<List<Diagnostic>> bios = diag.eachInParallel(c.members(), (m, d) -> checked(before, m, d,
                own -> checkTexts(m.bio(), "member '" + m.id() + "' bio", m.location(), own)));
        List<List<Diagnostic>> howTo = diag.eachInParallel(c.programmes(), (p, d) -> checked(before, p, d,
                own -> checkTexts(p.howToApply(), "programme '" + p.id() + "' how_to_apply", p.location(), own)));
        Map<Object, List<Diagnostic>> checked = new IdentityHashMap<>();
        for (int i = 0; i < bios.size(); i++) checked.put(c.members().get(i), bios.get(i));
        for (int i = 0; i < howTo.size(); i++) checked.put(c.programmes().get(i), howTo.get(i));
        memory.remember(key, files, checked);
        return new Content(files.pages(), bodies);
    }

    /** The problems of a record's Markdown: as found the last time for the same record, else checked now. */
    private static List<Diagnostic> checked(Map<Object, List<Diagnostic>> before, Object record, Diagnostics diag,
                                            java.util.function.Consumer<Diagnostics> check) {
        List<Diagnostic> found = before.get(record);
        if (found == null) {
            Diagnostics own = new Diagnostics();
            check.accept(own);
            found = List.copyOf(own.all());
        }
        found.forEach(diag::add);
        return found;
    }

    /** Reads and renders the Markdown files of {@code content/} (each through the {@link SourceCache}). */
    private FilesRead readFiles(Community c, Set<String> languages, Diagnostics diag) {
        Map<String, Map<String, ContentPage>> pages = new TreeMap<>();
        Map<String, Map<String, String>> bodies = new HashMap<>();
        // Body folders name their statement case-insensitively; one index instead of a scan per file (quadratic).
        Map<String, Advice> adviceByFolder = new HashMap<>();
        for (Advice a : c.advice()) adviceByFolder.put(a.id().toLowerCase(Locale.ROOT), a);
        Path dir = root.resolve(CONTENT_DIR);
        if (Files.isDirectory(dir)) {
            // Files are read and rendered in parallel, each on its own; merged in file order, so the result and the
            // order of the messages do not depend on the threads.
            List<Path> files = markdownFiles(dir, diag);
            List<Object> read = diag.eachInParallel(files, (file, d) -> read(c, dir, file, languages, adviceByFolder, d));
            for (Object r : read) {
                if (r instanceof Body b) {
                    bodies.computeIfAbsent(b.adviceId(), k -> new TreeMap<>()).put(b.lang(), b.html());
                } else if (r instanceof ContentPage p) {
                    ContentPage other = pages.computeIfAbsent(p.path(), k -> new TreeMap<>()).putIfAbsent(p.language(), p);
                    if (other != null) { // about.md and about/index.md are both /<lang>/about/
                        diag.error(p.location(), "duplicate-id", "this page and " + other.location().file() + " both make /"
                                + p.language() + "/" + (p.path().isEmpty() ? "" : p.path() + "/") + "; keep one of them");
                    }
                }
            }
        }
        return new FilesRead(pages, bodies, List.of());
    }

    /** A statement's body in one language, as HTML. */
    private record Body(String adviceId, String lang, String html) {
    }

    /** One Markdown file: a {@link ContentPage}, a {@link Body}, or null when unusable (reported to {@code diag}). */
    private Object read(Community c, Path dir, Path file, Set<String> languages, Map<String, Advice> adviceByFolder,
                        Diagnostics diag) {
        // The file's path relative to the root is only needed to read it or to report a problem (a site has thousands
        // of Markdown files, read again only when they change): computed then.
        Path inContent = dir.relativize(file);
        String first = inContent.getName(0).toString();
        if (first.equals("advice")) return adviceBody(adviceByFolder, file, inContent, languages, diag);
        if (languages.contains(first)) {
            Path inLang = inContent.subpath(1, inContent.getNameCount());
            return cache.read(file, diag, d -> page(file, rel(file), first, inLang, d));
        }
        String rel = rel(file);
        if (inContent.getNameCount() > 1) {
            diag.error(Location.of(rel), "unknown-language", "content folder '" + first
                    + "' is not a language configured in data/site.yaml (" + String.join(", ", languages) + ")");
        } else {
            diag.error(Location.of(rel), "misplaced-content", "Markdown pages go under content/<language>/, e.g. content/"
                    + c.site().defaultLanguage() + "/" + file.getFileName());
        }
        return null;
    }

    private void checkTexts(Text t, String what, Location at, Diagnostics diag) {
        for (String lang : t.languages()) {
            Markdown.Rendered r = markdown.check(t.get(lang, lang));
            if (!r.ok()) report(r, what, lang, at, diag);
        }
    }

    private String registryText(Text t, String lang, String what, Location at, String pagePath, Diagnostics diag) {
        Markdown.Rendered r = markdown.render(t.get(lang, lang), pagePath);
        if (r.ok()) return r.html();
        report(r.line() > 0 ? r : markdown.check(t.get(lang, lang)), what, lang, at, diag);
        return null;
    }

    private static void report(Markdown.Rendered r, String what, String lang, Location at, Diagnostics diag) {
        diag.error(at, "markdown-too-deep", what + " (" + lang + "): " + r.problem()
                + (r.line() > 0 ? " at line " + r.line() + " of the text" : ""));
    }

    /** Renders a Markdown file's body; a body that cannot be rendered is reported at its line in the file. */
    private String fileBody(FrontMatter fm, String rel, String pagePath, Diagnostics diag) {
        Markdown.Rendered r = markdown.render(fm.body(), pagePath);
        if (r.ok()) return r.html();
        if (r.line() == 0) r = markdown.check(fm.body()); // out of stack: locate it on a larger one
        diag.error(new Location(rel, r.line() > 0 ? fm.bodyLine() + r.line() - 1 : fm.bodyLine(), 1), "markdown-too-deep", r.problem());
        return null;
    }

    private ContentPage page(Path file, String rel, String lang, Path inLang, Diagnostics diag) {
        String text = Utf8File.read(file, rel, MAX_BYTES, diag);
        if (text == null) return null;
        String path = inLang.toString().replace('\\', '/');
        path = path.substring(0, path.length() - ".md".length());
        if (path.equals("index")) path = "";
        else if (path.endsWith("/index")) path = path.substring(0, path.length() - "/index".length());
        if (!path.isEmpty() && !path.matches("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*")) {
            diag.error(Location.of(rel), "bad-id", "content file names become URLs: use lower-case letters, digits and hyphens ('"
                    + path + "')");
            return null;
        }
        String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (RESERVED.contains(top)) {
            diag.error(Location.of(rel), "reserved-path", "'/" + lang + "/" + top + "/' is generated by Plenary; rename this page");
            return null;
        }
        FrontMatter fm = FrontMatter.split(text.replace("\r\n", "\n"));
        String title = null;
        String description = null;
        if (fm.yaml() != null) {
            YamlNode node = yaml.parse(fm.yaml(), rel, diag);
            if (node instanceof YamlMap m) {
                for (YamlMap.Entry e : m.entries().values()) {
                    String v = e.value() instanceof YamlScalar s && !s.isNull() ? s.text() : null;
                    if (e.key().equals(FrontMatterSpec.TITLE.name())) {
                        title = v;
                    } else if (e.key().equals(FrontMatterSpec.DESCRIPTION.name())) {
                        description = v;
                    } else {
                        diag.error(e.keyLocation(), "unknown-key", "unknown front-matter key '" + e.key() + "' (known: "
                                + String.join(", ", FrontMatterSpec.FRONT_MATTER.names()) + ")");
                    }
                }
            } else if (node != null && !(node instanceof YamlScalar s && s.isNull())) {
                diag.error(node.location(), "wrong-type", "front matter must be a mapping like 'title: About us'");
            }
        }
        if (title == null || title.isBlank()) {
            diag.error(new Location(rel, 1, 1), "missing-key",
                    "page has no title; start the file with front matter: a line '---', then 'title: …', then '---'");
            return null;
        }
        String html = fileBody(fm, rel, SitePaths.page(lang, path), diag);
        if (html == null) return null;
        return new ContentPage(path, lang, title, description, html, new Location(rel, 1, 1));
    }

    private Body adviceBody(Map<String, Advice> adviceByFolder, Path file, Path inContent, Set<String> languages,
                            Diagnostics diag) {
        if (inContent.getNameCount() != 3) {
            diag.error(Location.of(rel(file)), "misplaced-content", "advice bodies go in content/advice/<advice id>/<language>.md");
            return null;
        }
        String folder = inContent.getName(1).toString();
        String lang = inContent.getName(2).toString().replaceFirst("\\.md$", "");
        Advice advice = adviceByFolder.get(folder.toLowerCase(Locale.ROOT));
        if (advice == null) {
            diag.error(Location.of(rel(file)), "dangling-reference", "no advice statement with id '" + folder + "' for this body");
            return null;
        }
        if (!languages.contains(lang)) {
            diag.error(Location.of(rel(file)), "unknown-language", "'" + lang + "' is not a language configured in data/site.yaml ("
                    + String.join(", ", languages) + ")");
            return null;
        }
        String pagePath = SitePaths.statement(lang, advice.id()); // links in the body are written relative to its page
        String html = cache.read(file, pagePath, diag, d -> bodyHtml(file, rel(file), pagePath, d));
        return html == null ? null : new Body(advice.id(), lang, html);
    }

    /** An advice body file as HTML (its front matter, if any, is not shown), or null when it cannot be read. */
    private String bodyHtml(Path file, String rel, String pagePath, Diagnostics diag) {
        String text = Utf8File.read(file, rel, MAX_BYTES, diag);
        if (text == null) return null;
        FrontMatter fm = FrontMatter.split(text.replace("\r\n", "\n"));
        return fileBody(fm, rel, pagePath, diag);
    }

    private List<Path> markdownFiles(Path dir, Diagnostics diag) {
        RootFiles files = new RootFiles(root);
        if (!files.inside(dir, diag)) return List.of();
        return cache.list(dir, diag, d -> files.walk(dir, p -> p.getFileName().toString().endsWith(".md"), d));
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
