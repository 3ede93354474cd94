package org.plenary.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.plenary.content.ContentLoader;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.links.ExternalOptions;
import org.plenary.links.LinkCheckOptions;
import org.plenary.links.LinkChecker;
import org.plenary.links.LinkReport;
import org.plenary.links.WrittenSite;
import org.plenary.publish.Publisher;
import org.plenary.registry.RegistryLoader;
import org.plenary.output.Output;
import org.plenary.render.PageRegistry;
import org.plenary.theme.TemplateError;

/**
 * The whole build, one pass, as named phases (see {@link Phases}): the input stages ({@code load}, {@code model},
 * {@code rules}, {@code content}) with, meanwhile on a thread of its own, {@code stage} (the staging folder: the
 * previous build's spare, taken and listed), then {@code plan} (every output unit, before anything is written),
 * {@code render} (all pages and files, in parallel, into a staging folder; the link check learns each page's
 * references and ids as it is written), {@code search} (the search indexes, built meanwhile on threads of their
 * own), {@code links} (checking what was
 * learnt), {@code publish} (swapping the staging folder into place). Any failure leaves the previous output untouched.
 */
public final class SiteBuild {

    /**
     * @param force replace {@code out} even when it is a non-empty folder Plenary did not build (no
     *              {@link Publisher#MARKER})
     */
    public record Options(Path root, Path out, boolean strict, LinkMode links, LocalDate asOf, Path linkCache, boolean force) {
        public Options(Path root, Path out, boolean strict, LinkMode links, LocalDate asOf, Path linkCache) {
            this(root, out, strict, links, asOf, linkCache, false);
        }
    }

    public BuildResult run(Options o) throws IOException {
        return run(o, BuildProgress.NONE);
    }

    /** Runs a build, telling {@code progress} how it goes (closed at the end, whatever the outcome). */
    public BuildResult run(Options o, BuildProgress progress) throws IOException {
        Phases phases = new Phases(progress);
        try {
            String unsafe = unsafeOutput(o.root(), o.out(), o.force());
            if (unsafe != null) return refused(unsafe, o, phases);
            // The output's lock is taken first, and what a killed build left is repaired, whatever this build's outcome.
            Publisher publisher;
            try {
                publisher = Publisher.open(o.out());
            } catch (Publisher.OutputBusyException e) {
                return refused(e.getMessage(), o, phases);
            }
            try (publisher) {
                return build(o, publisher, phases);
            }
        } finally {
            progress.close();
        }
    }

    private BuildResult build(Options o, Publisher publisher, Phases phases) throws IOException {
        // Taking the spare (the site before the current one, rewritten in place: reading files costs less than
        // creating them) and listing its files is file-system work that needs nothing the inputs make: it runs while
        // they are read, on a thread of its own, and the listing of a large site costs no wall time.
        Phases.Alongside<Publisher.Staging> taking = phases.alongside("stage", () -> {
            try {
                return publisher.stageReusing();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Loaded in;
        try {
            in = InputStages.run(o.root(), o.asOf(), o.strict(), phases);
        } catch (RuntimeException | Error e) {
            setAside(taking, publisher);
            throw e;
        }
        if (!in.ok()) {
            setAside(taking, publisher);
            return failed(in.diagnostics(), phases, o);
        }
        Publisher.Staging stage;
        try {
            stage = phases.run("plan", () -> taking.join("the input stages")); // waiting for it is part of planning
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Path staging = stage.dir();
        boolean published = false;
        try {
            WrittenSite written = o.links() == LinkMode.OFF ? null : new WrittenSite(staging);
            // The staging folder starts with the publisher's marker: a file of the site like any other.
            if (written != null) written.written(Publisher.MARKER, Files.readAllBytes(staging.resolve(Publisher.MARKER)));
            Output out = Output.reusing(staging, stage.files(), stage.folders(), written);
            PageRegistry plan = phases.run("plan", () -> SitePlan.of(o.root(), in, out));
            int threads = Runtime.getRuntime().availableProcessors();
            try {
                long searchUnits = plan.units().stream().filter(SiteBuild::isSearch).count();
                // The search indexes are built from the registry and the content, not from the pages, and no page
                // reads them: they are built while the pages are rendered, each filling the other's idle moments.
                Phases.Alongside<Void> search = phases.alongside("search", () -> {
                    plan.render(SiteBuild::isSearch, threads);
                    return null;
                });
                try {
                    phases.run("render", plan.units().size() - searchUnits, "units", () -> {
                        plan.render(u -> !isSearch(u), threads, () -> phases.advance(1));
                        search.await(); // the render phase lasts until both are done: its CPU time is theirs
                        return null;
                    });
                } catch (RuntimeException | Error e) {
                    search.cancel(); // nothing may still be writing into the staging folder when it is discarded
                    throw e;
                }
                search.join("render");
                out.removeUnwritten(); // what the reused folder held and this build did not write
            } catch (TemplateError e) { // one of the site's own templates failed on some page's data
                in.diagnostics().error(e.location(), "template-error", e.getMessage());
                return failed(in.diagnostics(), phases, o);
            }
            LinkReport report = null;
            if (written != null) {
                LinkCheckOptions opts = LinkCheckOptions.internal();
                if (in.view().site().baseUrl() != null) opts = opts.withBaseUrl(in.view().site().baseUrl());
                if (o.links() == LinkMode.EXTERNAL) opts = opts.withExternal(ExternalOptions.defaults().withCacheFile(o.linkCache()));
                LinkChecker checker = new LinkChecker(opts);
                report = phases.run("links", () -> {
                    try {
                        return checker.check(written);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                if (!report.isClean()) {
                    return new BuildResult(BuildResult.BROKEN_LINKS, in.diagnostics(), report, plan.pages().size(),
                            out.fileCount(), in.view().site().languages().size(), millis(phases), o.out(), phases.finished());
                }
            }
            phases.run("publish", () -> {
                try {
                    publisher.publish(staging);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            published = true;
            return new BuildResult(BuildResult.OK, in.diagnostics(), report, plan.pages().size(), out.fileCount(),
                    in.view().site().languages().size(), millis(phases), o.out(), phases.finished());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!published) publisher.discard(staging);
        }
    }

    /**
     * After a build that stops before rendering: waits for the staging folder and gives it back (the spare again, or
     * deleted when it was new: a build that fails on its input leaves nothing beside the output it did not find).
     */
    private static void setAside(Phases.Alongside<Publisher.Staging> taking, Publisher publisher) {
        taking.await();
        Publisher.Staging stage = taking.resultOrNull();
        if (stage != null) publisher.unstage(stage.dir());
    }

    /** The search indexes: built from the inputs, not the pages, and timed as a phase of their own. */
    private static boolean isSearch(PageRegistry.Unit u) {
        return u.kind().equals("search");
    }

    private static BuildResult refused(String why, Options o, Phases phases) {
        Diagnostics diag = new Diagnostics();
        diag.error(Location.of("--out"), "unsafe-output", why);
        return failed(diag, phases, o);
    }

    private static BuildResult failed(Diagnostics diag, Phases phases, Options o) {
        return new BuildResult(BuildResult.INVALID_INPUT, diag, null, 0, 0, 0, millis(phases), o.out(), phases.finished());
    }

    /**
     * Publishing replaces the output folder as a whole, so it must not be the site folder, a folder containing it,
     * or a folder of its sources: {@code --out .} would otherwise delete {@code data/} and {@code content/}.
     *
     * @return why {@code out} cannot be used, or null when it can
     */
    static String unsafeOutput(Path root, Path out, boolean force) {
        Path r = real(root);
        Path o = real(out);
        if (r.startsWith(o)) {
            return "--out " + out + " is " + (r.equals(o) ? "the site folder itself" : "a folder containing the site folder")
                    + "; a build replaces its output folder as a whole and would delete data/ and content/."
                    + " Use a folder of its own, e.g. " + r.resolve("site");
        }
        for (String source : List.of(RegistryLoader.DATA_DIR, ContentLoader.CONTENT_DIR, "templates")) {
            if (o.startsWith(r.resolve(source))) {
                return "--out " + out + " is inside the site's " + source + "/ folder, which a build would overwrite;"
                        + " use a folder of its own, e.g. " + r.resolve("site");
            }
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            return "--out " + out + " is a file, not a folder";
        }
        // The default site/ of a root, built before folders were marked, holds an index.html: still ours.
        boolean legacyDefault = o.equals(r.resolve("site")) && Files.isRegularFile(o.resolve("index.html"));
        if (!force && !legacyDefault && !Publisher.isOwnOutput(o)) {
            return "--out " + out + " is a folder Plenary did not build (it has no " + Publisher.MARKER + " file) and is not"
                    + " empty; a build replaces its output folder as a whole and would delete what is in it."
                    + " Give an empty or new folder, or add --force to replace it";
        }
        return null;
    }

    /** The absolute, normalized path, with symbolic links resolved as far as the path exists. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static long millis(Phases phases) {
        return phases.elapsedNs() / 1_000_000;
    }
}
