package org.plenary.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks every reference of a folder of HTML: links, resources, srcset candidates, CSS {@code url()}s, their
 * {@code #fragment}s, hreflang reciprocity and {@code sitemap.xml}, and, only when asked, external URLs.
 *
 * <p>One pass lists the files; pages are then parsed in parallel, each exactly once, into the little that
 * checking needs ({@link ParsedPage}); a second parallel pass resolves every reference against the in-memory
 * file list and fragment index. Thread-safe: a checker holds only its options, every call has its own state,
 * and nothing is printed.
 */
public final class LinkChecker {
    /** Pages handed to a worker at a time: large enough to amortize scheduling, small enough to balance. */
    private static final int CHUNK = 64;

    private final LinkCheckOptions options;

    public LinkChecker(LinkCheckOptions options) {
        this.options = options;
    }

    /**
     * @throws IllegalArgumentException when {@code siteRoot} is not a directory, or the external cache file
     *                                  would lie inside it
     * @throws IOException              when the folder cannot be listed
     */
    public LinkReport check(Path siteRoot) throws IOException {
        Path root = siteRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException((Files.exists(root) ? "not a directory: " : "no such directory: ") + siteRoot);
        }
        checkCacheOutside(root, siteRoot);
        return run(SiteFiles.scan(root), null, new SharedStrings(1 << 12));
    }

    /**
     * Checks a site from what was learnt while it was written: the same checks and findings as {@link #check(Path)}
     * of its folder, without listing the folder or reading its pages back (stylesheets, SVG files and sitemaps are
     * still read from it: a sitemap is read beside the page checks, where it costs less than at the end of writing,
     * the sitemap being written last).
     *
     * @throws IllegalArgumentException when the external cache file would lie inside the site's folder
     * @throws IOException              when a file it must read cannot be read
     */
    public LinkReport check(WrittenSite site) throws IOException {
        checkCacheOutside(site.root(), site.root());
        return run(site.files(), site.pages(), site.strings());
    }

    private void checkCacheOutside(Path root, Path shown) {
        if (options.external() != null && options.external().cacheFile() != null) {
            Path cache = options.external().cacheFile().toAbsolutePath().normalize();
            if (cache.startsWith(root)) {
                throw new IllegalArgumentException("the link cache " + options.external().cacheFile()
                        + " lies inside the checked folder " + shown + "; give a --cache file outside it");
            }
        }
    }

    private LinkReport run(SiteFiles files, Map<String, ParsedPage> parsed, SharedStrings strings) throws IOException {
        BaseUrl baseUrl = options.baseUrl() == null ? null : BaseUrl.parse(options.baseUrl());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        try {
            return new Run(files, new UrlResolver(baseUrl), baseUrl, pool, parsed, strings).execute();
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "plenary-links-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The state of one check. */
    private final class Run {
        private final SiteFiles files;
        private final UrlResolver resolver;
        private final BaseUrl baseUrl;
        private final ExecutorService pool;
        /** Pages parsed while they were written, or null to parse the files. */
        private final Map<String, ParsedPage> given;
        private Verdicts verdicts;
        /** One copy of each string the pages share: the pages' own, or a new table when they are parsed here. */
        private final SharedStrings strings;

        Run(SiteFiles files, UrlResolver resolver, BaseUrl baseUrl, ExecutorService pool, Map<String, ParsedPage> given,
            SharedStrings strings) {
            this.files = files;
            this.resolver = resolver;
            this.baseUrl = baseUrl;
            this.pool = pool;
            this.given = given;
            this.strings = strings;
        }

        LinkReport execute() throws IOException {
            Map<String, ParsedPage> pages;
            List<String> paths = null;
            if (given != null) {
                pages = given;
            } else {
                paths = files.pages();
                pages = new HashMap<>(paths.size() * 2);
                for (List<ParsedPage> slice : perChunk(paths, this::parse)) {
                    for (ParsedPage p : slice) pages.put(p.path(), p);
                }
            }
            verdicts = new Verdicts(resolver, files, new FragmentIndex(pages, files));

            // The sitemap check needs no page checks: it runs beside them, from now.
            Future<Findings> sitemap = pool.submit(() -> {
                Findings f = new Findings();
                new SitemapCheck(files, verdicts, baseUrl, strings).check(f);
                return f;
            });
            if (paths == null) paths = files.pages();
            Findings all = new Findings();
            for (Findings f : perChunk(paths, slice -> checkPages(slice, pages))) all.merge(f);
            all.merge(await(sitemap));
            List<String> withAlternates = new ArrayList<>(all.alternates.keySet());
            for (Findings f : perChunk(withAlternates, slice -> HreflangCheck.check(slice, all.alternates, pages))) {
                all.merge(f);
            }
            all.alternates.clear();
            files.unreadable().forEach((path, error) -> all.broken(path, "", "cannot read: " + error));
            checkStylesheets(all);
            if (options.external() != null) checkExternal(all);

            TreeSet<BrokenLink> broken = new TreeSet<>(BrokenLink.ORDER);
            broken.addAll(all.broken);
            TreeSet<LinkNote> notes = new TreeSet<>(LinkNote.ORDER);
            notes.addAll(all.notes);
            return new LinkReport(paths.size(), all.links, new ArrayList<>(broken), new ArrayList<>(notes), all.unchecked);
        }

        private List<ParsedPage> parse(List<String> slice) {
            List<ParsedPage> out = new ArrayList<>(slice.size());
            for (String path : slice) out.add(HtmlReferences.parse(files.path(path), path, strings));
            return out;
        }

        /** Checks the pages at {@code paths}, of {@code pages}. */
        private Findings checkPages(List<String> paths, Map<String, ParsedPage> pages) {
            Findings out = new Findings();
            for (String path : paths) checkPage(pages.get(path), out);
            return out;
        }

        private void checkPage(ParsedPage page, Findings out) {
            if (page.error() != null) {
                out.broken(page.path(), "", page.error());
                return;
            }
            AbsoluteUrl self = UrlResolver.fileUrl(page.path());
            UrlResolver.DocumentBase base = resolver.documentBase(self, page.baseHref());
            if (base.problem() != null) {
                out.links++;
                out.broken(page.path(), page.baseHref(), "<base href> " + base.problem());
            }
            Verdicts.Base shared = verdicts.base(base.url());
            for (Reference ref : page.references()) {
                String raw = ref.raw();
                // A fragment-only url(#x) in CSS names an element of this document, whatever <base> says.
                Verdicts.Verdict v = ref.kind() == Reference.Kind.STYLE && raw.startsWith("#")
                        ? verdicts.compute(self, raw) : verdicts.of(shared, raw);
                handle(page.path(), raw, ref.kind(), ref.count(), v, out);
            }
            if (!page.alternates().isEmpty()) out.alternates.put(page.path(), HreflangCheck.links(page, shared, verdicts));
        }

        /** Records the verdict on one reference made {@code count} times in {@code page}. */
        private void handle(String page, String raw, Reference.Kind kind, int count, Verdicts.Verdict v, Findings out) {
            switch (v.kind) {
                case Verdicts.INTERNAL -> {
                    out.links += count;
                    if (v.file == null) {
                        out.broken(page, raw, v.problem);
                        return;
                    }
                    if (v.problem != null) out.broken(page, raw, v.problem);
                    if (kind == Reference.Kind.STYLESHEET) out.stylesheets.add(v.file);
                }
                case Verdicts.EXTERNAL -> {
                    if (options.external() == null) {
                        out.unchecked += count;
                        return;
                    }
                    Resolved.External ext = (Resolved.External) v.resolved;
                    if (options.external().isExcluded(ext.url())) {
                        out.unchecked += count;
                    } else {
                        out.links += count;
                        out.externalUses.add(new Findings.ExternalUse(page, raw, ext.url(), ext.fragment()));
                    }
                }
                case Verdicts.UNRESOLVABLE -> {
                    out.links += count;
                    out.broken(page, raw, v.problem);
                }
                default -> {
                    // Resolved.NotAFile (mailto:, tel:, javascript:, data: …): nothing to check.
                }
            }
        }

        /**
         * Linked local stylesheets, each checked once however many pages use it: its url()s resolve against the
         * stylesheet's own URL, and its @imports are followed. Problems are reported against the .css file.
         */
        private void checkStylesheets(Findings all) {
            Deque<String> todo = new ArrayDeque<>(new TreeSet<>(all.stylesheets));
            Set<String> done = new HashSet<>(todo);
            while (!todo.isEmpty()) {
                String css = todo.poll();
                String text;
                try {
                    text = Files.readString(files.path(css), StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    try {
                        text = Files.readString(files.path(css), StandardCharsets.ISO_8859_1);
                    } catch (IOException e2) {
                        all.broken(css, "", "cannot read stylesheet: " + e2.getMessage());
                        continue;
                    }
                }
                Findings found = new Findings();
                Verdicts.Base self = verdicts.base(UrlResolver.fileUrl(css));
                Map<String, Boolean> refs = new LinkedHashMap<>();
                for (CssReferences.CssRef ref : CssReferences.extract(text)) refs.merge(ref.url(), ref.isImport(), Boolean::logicalOr);
                refs.forEach((url, isImport) -> {
                    // In a stylesheet, url(#x) points into whichever document uses it: not checkable here.
                    if (url.startsWith("#")) return;
                    handle(css, url, isImport ? Reference.Kind.STYLESHEET : Reference.Kind.STYLE, 1,
                            verdicts.of(self, url), found);
                });
                for (String next : found.stylesheets) {
                    if (done.add(next)) todo.add(next);
                }
                found.stylesheets.clear();
                all.merge(found);
            }
        }

        private void checkExternal(Findings all) {
            Map<String, Set<String>> wanted = new LinkedHashMap<>();
            for (Findings.ExternalUse use : all.externalUses) {
                Set<String> frags = wanted.computeIfAbsent(use.url(), u -> new TreeSet<>());
                // "#" and "#top" resolve in any HTML page: no need to download it for them.
                if (use.fragment() != null && !FragmentIndex.resolves(Set.of(), use.fragment())) frags.add(use.fragment());
            }
            ExternalChecker checker = new ExternalChecker(options.external());
            Map<String, ExternalResult> results = checker.check(wanted);
            all.notes.addAll(checker.notes());
            for (Findings.ExternalUse use : all.externalUses) {
                ExternalResult r = results.get(use.url());
                if (r == null) continue;
                if (!r.ok()) {
                    all.broken(use.page(), use.href(), r.reason());
                    continue;
                }
                if (use.fragment() != null && r.anchors() != null && !FragmentIndex.resolves(r.anchors(), use.fragment())) {
                    all.broken(use.page(), use.href(), "no element with id or name \""
                            + PercentEncoding.decode(use.fragment()) + "\" at " + (r.finalUrl() != null ? r.finalUrl() : use.url()));
                }
                if (r.finalUrl() != null) {
                    all.notes.add(new LinkNote(use.page(), use.href(), "redirects to " + r.finalUrl()
                            + " (" + r.redirectStatuses() + ")"));
                }
            }
        }

        /** Runs {@code work} on slices of {@code items} in the pool; results come back in slice order. */
        private <T, R> List<R> perChunk(List<T> items, java.util.function.Function<List<T>, R> work) throws IOException {
            List<Callable<R>> tasks = new ArrayList<>();
            for (int from = 0; from < items.size(); from += CHUNK) {
                List<T> slice = items.subList(from, Math.min(items.size(), from + CHUNK));
                tasks.add(() -> work.apply(slice));
            }
            List<Future<R>> futures = new ArrayList<>(tasks.size());
            for (Callable<R> task : tasks) futures.add(pool.submit(task));
            List<R> results = new ArrayList<>(tasks.size());
            for (Future<R> f : futures) results.add(await(f));
            return results;
        }

        /** The result of a pool task; its failure is rethrown as it was thrown, not wrapped. */
        private <R> R await(Future<R> f) throws IOException {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("link check interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) throw re;
                if (cause instanceof Error err) throw err;
                throw new IOException(cause);
            }
        }
    }
}
