package org.plenary.build;

import java.io.IOException;
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
import org.plenary.publish.Publisher;
import org.plenary.registry.RegistryLoader;
import org.plenary.output.Output;
import org.plenary.render.PageRegistry;
import org.plenary.theme.TemplateError;

/**
 * The whole build, one pass: input stages, render into a staging folder, check links, then publish by
 * swapping the staging folder into place. Any failure leaves the previous output untouched.
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
        long start = System.nanoTime();
        String unsafe = unsafeOutput(o.root(), o.out(), o.force());
        if (unsafe != null) return refused(unsafe, o, start);
        // The output's lock is taken first, and what a killed build left is repaired, whatever this build's outcome.
        Publisher publisher;
        try {
            publisher = Publisher.open(o.out());
        } catch (Publisher.OutputBusyException e) {
            return refused(e.getMessage(), o, start);
        }
        try (publisher) {
            return build(o, publisher, start);
        }
    }

    private BuildResult build(Options o, Publisher publisher, long start) throws IOException {
        Loaded in = InputStages.run(o.root(), o.asOf(), o.strict());
        if (!in.ok()) {
            return new BuildResult(BuildResult.INVALID_INPUT, in.diagnostics(), null, 0, 0, 0, millis(start), o.out());
        }
        Path staging = publisher.stage();
        boolean published = false;
        try {
            Output out = new Output(staging);
            PageRegistry plan = SitePlan.of(in, out);
            try {
                plan.render(u -> true, Runtime.getRuntime().availableProcessors());
            } catch (TemplateError e) { // one of the site's own templates failed on some page's data
                in.diagnostics().error(e.location(), "template-error", e.getMessage());
                return new BuildResult(BuildResult.INVALID_INPUT, in.diagnostics(), null, 0, 0, 0, millis(start), o.out());
            }
            LinkReport report = null;
            if (o.links() != LinkMode.OFF) {
                LinkCheckOptions opts = LinkCheckOptions.internal();
                if (in.view().site().baseUrl() != null) opts = opts.withBaseUrl(in.view().site().baseUrl());
                if (o.links() == LinkMode.EXTERNAL) opts = opts.withExternal(ExternalOptions.defaults().withCacheFile(o.linkCache()));
                report = new LinkChecker(opts).check(staging);
                if (!report.isClean()) {
                    return new BuildResult(BuildResult.BROKEN_LINKS, in.diagnostics(), report, plan.pages().size(),
                            out.fileCount(), in.view().site().languages().size(), millis(start), o.out());
                }
            }
            publisher.publish(staging);
            published = true;
            return new BuildResult(BuildResult.OK, in.diagnostics(), report, plan.pages().size(), out.fileCount(),
                    in.view().site().languages().size(), millis(start), o.out());
        } finally {
            if (!published) publisher.discard(staging);
        }
    }

    private static BuildResult refused(String why, Options o, long start) {
        Diagnostics diag = new Diagnostics();
        diag.error(Location.of("--out"), "unsafe-output", why);
        return new BuildResult(BuildResult.INVALID_INPUT, diag, null, 0, 0, 0, millis(start), o.out());
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

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
