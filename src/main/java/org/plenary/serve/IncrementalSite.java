package org.plenary.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.build.SitePlan;
import org.plenary.content.Content;
import org.plenary.content.ContentLoader;
import org.plenary.diag.Diagnostic;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.identity.SameContent;
import org.plenary.model.RecordCache;
import org.plenary.output.Output;
import org.plenary.registry.RegistryLoader;
import org.plenary.registry.SourceCache;
import org.plenary.render.PageRegistry;
import org.plenary.theme.TemplateError;
import org.plenary.theme.Theme;

/**
 * A site kept up to date in an output folder by incremental rebuilds: after a change to some input files, only the
 * output units (pages, files) whose output can differ are written again, and the folder is then byte-identical to
 * what a clean full build writes.
 *
 * <p>How: (1) only the input stages whose folder changed run again — {@code data/} → registry, model, rules (and
 * content, which reads the community); {@code content/} → content; {@code templates/} → theme — and each reads
 * again only the files the watcher reported ({@link SourceCache}; the model stage re-reads the records of those files
 * only, {@link RecordCache}, so records of other files are the very same objects as before); (2) the identities every unit read when it was
 * last rendered ({@link PageRegistry#dependencies()}, see {@link org.plenary.identity.Identity}) are looked up in
 * the old and the new input and compared ignoring source positions ({@link SameContent}); (3) the new plan is
 * rendered for the units that read a touched identity, the units that are new, and the units that list the plan
 * (sitemap) when the set of pages changed; files of removed units, and files a re-rendered unit no longer writes,
 * are deleted.
 *
 * <p>An invalid input leaves the output as it was (the last good site) and is reported through {@link #problems()}.
 * Not thread-safe: one thread rebuilds ({@link #full}, {@link #update}), and one other thread at most may call
 * {@link #writeDeferred} meanwhile; what both change (the dependency graph, the deferred units, the problems and the
 * generation) they change under {@link #lock()}'s write lock. Readers of the output folder take its read lock so they
 * never see a half-written rebuild.
 */
public final class IncrementalSite {

    /**
     * What one rebuild did.
     *
     * @param changed   input files reported changed, relative to the root (empty for the first build)
     * @param rendered  units written
     * @param removed   units deleted
     * @param units     units of the site after the rebuild
     * @param millis    wall time from the start of the rebuild to the last file written
     * @param problems  errors and warnings of the input, sorted; when it has errors nothing was written
     * @param phases    milliseconds per phase, in order: {@code read} (input stages), {@code plan}, {@code compare}
     *                  (touched identities), {@code write} (rendering and deleting)
     * @param paths     the paths of the units written, sorted
     */
    public record Rebuild(int generation, List<String> changed, int rendered, int removed, int units, long millis,
                          List<Diagnostic> problems, Map<String, Long> phases, List<String> paths) {
        public boolean ok() {
            return problems.stream().noneMatch(Diagnostic::isError);
        }
    }

    private final Path root;
    private final Path out;
    private final int threads;
    /** Kinds of unit that {@link #update} leaves to {@link #writeDeferred}; empty: every update is complete. */
    private final Set<String> deferredKinds;
    /** Units of {@link #deferredPlan} still to be written by {@link #writeDeferred}. */
    private final Set<String> deferred = new HashSet<>();
    private PageRegistry deferredPlan;
    private final SourceCache cache = new SourceCache();
    private final RecordCache records = new RecordCache();
    private final ContentLoader.Memory contentMemory = new ContentLoader.Memory();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /**
     * Held while {@link #writeDeferred} writes (without {@link #lock}), and by a rebuild that renders every unit, from
     * before it empties the output folder until it is written: the two never write into the folder at once.
     */
    private final java.util.concurrent.locks.Lock deferredWrite = new java.util.concurrent.locks.ReentrantLock();
    /** Rebuilds that rendered every unit (changed under the write lock): a deferred write one overtook records nothing. */
    private volatile int fullRenders;

    private InputStages.Model model;
    private Diagnostics modelProblems = new Diagnostics();
    private Content content;
    private Diagnostics contentProblems = new Diagnostics();
    private Theme theme;
    private Diagnostics themeProblems = new Diagnostics();

    /** The input the output folder was last rendered from; null before the first good build or after a failed render. */
    private Loaded published;
    private volatile Map<String, PageRegistry.Unit> units = Map.of();
    private final Map<String, Set<String>> reads = new HashMap<>();
    /** The inverse of {@link #reads}: for each identity, the units that read it. */
    private final Map<String, Set<String>> readers = new HashMap<>();
    /** The files each unit wrote, relative to the output folder. */
    private final Map<String, Set<String>> files = new HashMap<>();
    /** The inverse of {@link #files}: for each written file, the unit that wrote it last. */
    private final Map<String, String> owners = new HashMap<>();
    private volatile List<Diagnostic> problems = List.of();
    private volatile int generation;
    private final Map<String, Long> phases = new java.util.LinkedHashMap<>();
    private long phaseStart;

    /**
     * @param root    the site folder (with {@code data/}, {@code content/}, optionally {@code templates/})
     * @param out     the folder to keep the site in; emptied by the first build, so it must be the server's own
     * @param threads rendering threads
     */
    public IncrementalSite(Path root, Path out, int threads) {
        this(root, out, threads, Set.of());
    }

    /**
     * A site whose updates write the units of {@code deferredKinds} only when {@link #writeDeferred} is called: units
     * no page shows and that cost much to write (the search index reads every page's text), which a dev server
     * writes after the open tabs have reloaded.
     */
    public IncrementalSite(Path root, Path out, int threads, Set<String> deferredKinds) {
        this.root = root.toAbsolutePath().normalize();
        this.out = out.toAbsolutePath().normalize();
        this.threads = threads;
        this.deferredKinds = Set.copyOf(deferredKinds);
    }

    /**
     * Writes the units the last updates deferred (see {@link #IncrementalSite(Path, Path, int, Set)}), after which
     * the output folder is again byte-identical to a clean build (unless an update came meanwhile and deferred them
     * again). May run on another thread than the updates, at the same time: only one such call at a time. A rebuild
     * that renders every unit (after a rendering failure) waits for a deferred write under way, and one that starts
     * after such a rebuild began writes nothing: that rebuild writes the units from its newer plan.
     *
     * @return how many units were written (0 when none was waiting), and whether that failed (then reported through
     *         {@link #problems()} under a new {@link #generation()}, like a failed rebuild)
     */
    public Deferred writeDeferred() {
        Set<String> now;
        PageRegistry plan;
        int since;
        lock.writeLock().lock(); // the rebuild thread changes these under the write lock
        try {
            if (deferred.isEmpty() || deferredPlan == null) return new Deferred(0, false);
            now = new HashSet<>(deferred);
            plan = deferredPlan;
            deferred.clear();
            since = fullRenders;
        } finally {
            lock.writeLock().unlock();
        }
        RuntimeException failure = null;
        deferredWrite.lock(); // never held while waiting for the write lock, which such a rebuild holds
        try {
            if (fullRenders != since) return new Deferred(0, false); // a rebuild wrote them with everything else
            // Without the lock: pages stay servable, and rebuilds go on, while the search index is rebuilt; only the
            // deferred units' own files (under /search/) may be read half-written meanwhile.
            plan.render(u -> now.contains(u.path()), threads);
        } catch (RuntimeException e) {
            failure = e;
        } catch (StackOverflowError e) {
            failure = new IllegalStateException(e);
        } finally {
            deferredWrite.unlock();
        }
        lock.writeLock().lock();
        try {
            if (fullRenders != since) {
                // A rebuild waited for this write, then wrote every unit again from its newer plan: nothing to take in.
                return new Deferred(now.size(), false);
            } else if (failure == null) {
                record(plan, now, List.of());
            } else { // as in a rebuild: report it, and render everything the next time
                published = null;
                Diagnostics d = new Diagnostics();
                d.error(failure instanceof TemplateError te ? te.location() : Location.of(Theme.FOLDER),
                        failure instanceof TemplateError ? "template-error" : "internal-error", "rendering failed: " + failure.getMessage());
                // Not the rebuild's phases: the rebuild thread may be filling them in meanwhile, without the lock.
                finish(List.of(), Set.of(), 0, System.nanoTime(), d, Map.of());
            }
        } finally {
            lock.writeLock().unlock();
        }
        return new Deferred(now.size(), failure != null);
    }

    /** What {@link #writeDeferred} did. */
    public record Deferred(int units, boolean failed) {
    }

    /** The site folder. */
    public Path root() {
        return root;
    }

    /** The output folder. */
    public Path out() {
        return out;
    }

    /** Readers of the output folder hold its read lock while reading a file; rebuilds write under the write lock. */
    public ReadWriteLock lock() {
        return lock;
    }

    /** Counts finished rebuilds, failed ones included: a tab showing an older number is out of date. */
    public int generation() {
        return generation;
    }

    /** The errors and warnings of the current input (sorted); with errors, the output is the last good site. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** Whether the output folder holds a site (a build has succeeded). */
    public boolean hasSite() {
        return !units.isEmpty();
    }

    /** Forgets every file, record and text read so far: the next rebuild reads every input again. */
    private void forgetReads() {
        cache.clear();
        records.clear();
        contentMemory.clear();
    }

    /** Reads every input and writes the whole site into an emptied output folder. */
    public Rebuild full() {
        forgetReads();
        published = null;
        return rebuild(List.of(), true, true, true);
    }

    /**
     * Brings the output up to date after {@code changed} input files (absolute paths; files or folders, created,
     * modified or deleted) changed.
     *
     * @param lostEvents the watcher may have missed changes: every input is read again (and only what differs is
     *                   written)
     * @return what was done; the same {@link #generation()} as before when no input changed (a file saved
     *         unchanged, an editor's swap file), with nothing read or written
     */
    public Rebuild update(Collection<Path> changed, boolean lostEvents) {
        if (lostEvents) forgetReads();
        boolean data = lostEvents;
        boolean text = lostEvents;
        boolean look = lostEvents;
        List<String> names = new ArrayList<>();
        for (Path p : new TreeSet<>(changed)) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(root)) continue;
            boolean known = cache.remembers(abs);
            boolean changedContent = cache.refresh(abs);
            if (known && !changedContent && Files.exists(abs)) continue; // saved unchanged, or a second event of one write
            boolean isData = abs.startsWith(root.resolve(RegistryLoader.DATA_DIR));
            boolean isText = abs.startsWith(root.resolve(ContentLoader.CONTENT_DIR));
            boolean isLook = abs.startsWith(root.resolve(Theme.FOLDER));
            // Editors' swap and backup files, sed's temporary files: not read by the stage, so no reason to run it.
            if (!known && (isData && !input(abs, ".yaml", ".yml") || isText && !input(abs, ".md"))) continue;
            if (!known || !Files.isRegularFile(abs)) cache.forgetListings(abs); // created, deleted, or a folder
            names.add(root.relativize(abs).toString().replace('\\', '/'));
            data |= isData;
            text |= isText;
            look |= isLook;
        }
        if (!data && !text && !look) { // nothing an input stage reads changed: nothing to do, tabs keep their page
            return new Rebuild(generation, List.of(), 0, 0, units.size(), 0, problems, Map.of(), List.of());
        }
        if (text) contentMemory.forgetFiles(); // else a data edit reuses what was read from content/
        return rebuild(names, data, text || data, look);
    }

    /** Whether a changed path the cache did not know can be an input: a file ending in {@code suffixes}, or a folder. */
    private static boolean input(Path p, String... suffixes) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) return false;
        if (Files.isDirectory(p)) return true; // a new folder: its files are read when the stage lists the folder
        if (!Files.exists(p)) return false; // deleted, and never read (else the cache knew it): not an input
        for (String s : suffixes) if (name.endsWith(s)) return true;
        return false;
    }

    private Rebuild rebuild(List<String> changed, boolean data, boolean text, boolean look) {
        long start = System.nanoTime();
        phases.clear();
        phaseStart = start;
        if (data || model == null) {
            modelProblems = new Diagnostics();
            model = InputStages.model(root, null, cache, records, modelProblems);
        }
        if (text || content == null) {
            contentProblems = new Diagnostics();
            content = model.community() == null ? null
                    : InputStages.content(root, model.community(), cache, contentMemory, contentProblems);
        }
        if (look || theme == null && themeProblems.isEmpty()) {
            themeProblems = new Diagnostics();
            theme = InputStages.theme(root, themeProblems);
        }
        Diagnostics all = new Diagnostics();
        for (Diagnostics d : List.of(modelProblems, contentProblems, themeProblems)) d.all().forEach(all::add);
        Loaded in = new Loaded(model.community(), model.derived(), model.view(), content, theme, all);
        phase("read");
        if (!in.ok()) {
            // Under the lock, as every finish: a failing deferred write may finish at the same time (generation++ on
            // two threads could count one), and pages are served with the problems and the generation of one build.
            lock.writeLock().lock();
            try {
                return finish(changed, Set.of(), 0, start, all, phases);
            } finally {
                lock.writeLock().unlock();
            }
        }

        lock.writeLock().lock();
        try {
            return render(in, changed, start);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Rebuild render(Loaded in, List<String> changed, long start) {
        if (published != null) return renderPlan(in, changed, start);
        // Every unit, into an emptied folder: a deferred write under way (of an older plan) ends first.
        fullRenders++;
        deferredWrite.lock();
        try {
            return renderPlan(in, changed, start);
        } finally {
            deferredWrite.unlock();
        }
    }

    private Rebuild renderPlan(Loaded in, List<String> changed, long start) {
        Output output = new Output(out);
        PageRegistry plan = SitePlan.of(root, in, output);
        Map<String, PageRegistry.Unit> next = new HashMap<>();
        for (PageRegistry.Unit u : plan.units()) next.put(u.path(), u);
        phase("plan");

        Set<String> chosen = new HashSet<>();
        List<String> removed = new ArrayList<>();
        if (published == null) {
            emptyOutput();
            reads.clear();
            readers.clear();
            files.clear();
            owners.clear();
            chosen.addAll(next.keySet());
            // Written now with the rest: what an older plan left waiting must not be written after this, over it.
            deferred.clear();
            deferredPlan = null;
        } else {
            for (String id : touched(published, in)) {
                for (String path : readers.get(id)) if (next.containsKey(path)) chosen.add(path);
            }
            boolean pagesChanged = false;
            List<PageRegistry.Unit> listers = new ArrayList<>();
            for (PageRegistry.Unit u : next.values()) {
                PageRegistry.Unit old = units.get(u.path());
                if (old == null || !old.kind().equals(u.kind()) || !old.lang().equals(u.lang()) || !reads.containsKey(u.path())) {
                    chosen.add(u.path());
                    pagesChanged |= u.page() || old != null && old.page();
                }
                if (PageRegistry.readsPlan(u)) listers.add(u);
            }
            for (PageRegistry.Unit u : units.values()) {
                if (next.containsKey(u.path())) continue;
                removed.add(u.path());
                pagesChanged |= u.page();
            }
            if (pagesChanged) for (PageRegistry.Unit u : listers) chosen.add(u.path());
            for (String path : deferred) if (next.containsKey(path)) chosen.add(path);
            deferred.clear();
            for (String path : chosen) if (deferredKinds.contains(next.get(path).kind())) deferred.add(path);
            chosen.removeAll(deferred);
            deferredPlan = deferred.isEmpty() ? null : plan;
        }
        phase("compare");

        try {
            plan.render(u -> chosen.contains(u.path()), threads);
        } catch (TemplateError e) { // one of the site's own templates failed on some page's data
            published = null; // part of the output is new, part old: render everything next time
            Diagnostics d = new Diagnostics();
            in.diagnostics().all().forEach(d::add);
            d.error(e.location(), "template-error", e.getMessage());
            return finish(changed, Set.of(), 0, start, d, phases);
        } catch (RuntimeException | StackOverflowError e) { // a fault of the tool on this input: keep serving
            published = null;
            Diagnostics d = new Diagnostics();
            d.error(Location.of(Theme.FOLDER), "internal-error", "rendering failed: " + e);
            return finish(changed, Set.of(), 0, start, d, phases);
        }

        record(plan, chosen, removed);
        units = next;
        published = in;
        phase("write");
        return finish(changed, chosen, removed.size(), start, in.diagnostics(), phases);
    }

    /**
     * Takes in what the {@code rendered} units of {@code plan} read and wrote, forgets the {@code removed} units,
     * and deletes the files no unit writes any more. Files are owned by the unit that wrote them last; a file its
     * owner no longer writes, or whose owner is gone, is deleted (a file another unit wrote this time has changed
     * owner and stays). Taking in the same rendering twice changes nothing.
     */
    private void record(PageRegistry plan, Set<String> rendered, List<String> removed) {
        plan.dependencies().forEach((path, r) -> {
            if (!rendered.contains(path)) return; // rendered from this plan earlier, and maybe from a newer one since
            unindex(path, reads.put(path, r));
            for (String id : r) readers.computeIfAbsent(id, k -> new HashSet<>()).add(path);
        });
        Map<String, Set<String>> written = new HashMap<>(plan.files());
        written.keySet().retainAll(rendered);
        Map<String, Set<String>> before = new HashMap<>();
        for (String path : removed) {
            unindex(path, reads.remove(path));
            Set<String> old = files.remove(path);
            if (old != null) before.put(path, old);
        }
        written.forEach((path, now) -> {
            Set<String> old = files.put(path, now);
            if (old != null) before.put(path, old);
            for (String f : now) owners.put(f, path);
        });
        before.forEach((path, old) -> {
            Set<String> now = written.getOrDefault(path, Set.of());
            for (String f : old) {
                if (now.contains(f) || !path.equals(owners.get(f))) continue;
                owners.remove(f);
                delete(f);
            }
        });
    }

    /** Under the write lock (the rebuild thread's and the deferred write's finishes must not interleave). */
    private Rebuild finish(List<String> changed, Set<String> rendered, int removed, long start, Diagnostics d,
                           Map<String, Long> timings) {
        problems = List.copyOf(d.sorted());
        generation++;
        return new Rebuild(generation, List.copyOf(changed), rendered.size(), removed, units.size(),
                (System.nanoTime() - start) / 1_000_000, problems,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings)), List.copyOf(new TreeSet<>(rendered)));
    }

    private void phase(String name) {
        long now = System.nanoTime();
        phases.put(name, (now - phaseStart) / 1_000_000);
        phaseStart = now;
    }

    private void unindex(String path, Set<String> oldReads) {
        if (oldReads == null) return;
        for (String id : oldReads) {
            Set<String> r = readers.get(id);
            if (r != null && r.remove(path) && r.isEmpty()) readers.remove(id);
        }
    }

    /** The identities read by the published units whose value differs between the published input and {@code in}. */
    private Set<String> touched(Loaded was, Loaded in) {
        Set<String> touched = new HashSet<>();
        SameContent.Session same = new SameContent.Session();
        for (String id : readers.keySet()) {
            Source s = Source.of(id);
            // Stages that did not run again hand out the very same objects: nothing behind their identities changed.
            if (s == Source.VIEW && was.view() == in.view() || s == Source.CONTENT && was.content() == in.content()
                    || s == Source.THEME && was.theme() == in.theme()) {
                continue;
            }
            if (!same.equal(s.lookup(was, id), s.lookup(in, id))) touched.add(id);
        }
        return touched;
    }

    /** Which input hands out an identity (see {@link org.plenary.identity.Identity}). */
    private enum Source {
        VIEW, CONTENT, THEME;

        static Source of(String id) {
            if (id.equals("content") || id.startsWith("content:") || id.startsWith("body:") || id.startsWith("body-languages:")) {
                return CONTENT;
            }
            if (id.startsWith("theme:") || id.startsWith("strings:")) return THEME;
            return VIEW;
        }

        Object lookup(Loaded in, String id) {
            try {
                return switch (this) {
                    case VIEW -> in.view().lookup(id);
                    case CONTENT -> in.content().lookup(id);
                    case THEME -> in.theme().lookup(id);
                };
            } catch (IllegalArgumentException e) {
                return new Object(); // an identity nobody can look up: never equal, so its readers are redone
            }
        }
    }

    /** Deletes one output file, then its folders as far up as they are empty. */
    private void delete(String relative) {
        Path f = out.resolve(relative).normalize();
        if (!f.startsWith(out)) return;
        try {
            Files.deleteIfExists(f);
            for (Path dir = f.getParent(); dir != null && !dir.equals(out) && dir.startsWith(out); dir = dir.getParent()) {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + f, e);
        }
    }

    private void emptyOutput() {
        try {
            Files.createDirectories(out);
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) if (!p.equals(out)) Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + out, e);
        }
    }
}
