package org.plenary.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.plenary.links.ExternalOptions;
import org.plenary.links.LinkCheckOptions;
import org.plenary.links.LinkChecker;
import org.plenary.links.LinkReport;
import org.plenary.publish.Publisher;
import org.plenary.render.Output;
import org.plenary.render.SiteRenderer;

/**
 * The whole build, one pass: input stages, render into a staging folder, check links, then publish by
 * swapping the staging folder into place. Any failure leaves the previous output untouched.
 */
public final class SiteBuild {

    public record Options(Path root, Path out, boolean strict, LinkMode links, LocalDate asOf, Path linkCache) {
    }

    public BuildResult run(Options o) throws IOException {
        long start = System.nanoTime();
        Loaded in = InputStages.run(o.root(), o.asOf(), o.strict());
        if (!in.ok()) {
            return new BuildResult(BuildResult.INVALID_INPUT, in.diagnostics(), null, 0, 0, 0, millis(start), o.out());
        }
        Publisher publisher = new Publisher(o.out());
        Path staging = publisher.stage();
        boolean published = false;
        try {
            Output out = new Output(staging);
            new SiteRenderer().render(in.community(), in.derived(), in.content(), out);
            LinkReport report = null;
            if (o.links() != LinkMode.OFF) {
                LinkCheckOptions opts = LinkCheckOptions.internal();
                if (in.community().site().baseUrl() != null) opts = opts.withBaseUrl(in.community().site().baseUrl());
                if (o.links() == LinkMode.EXTERNAL) opts = opts.withExternal(ExternalOptions.defaults().withCacheFile(o.linkCache()));
                report = new LinkChecker(opts).check(staging);
                if (!report.isClean()) {
                    return new BuildResult(BuildResult.BROKEN_LINKS, in.diagnostics(), report, out.pages().size(),
                            out.fileCount(), in.community().site().languages().size(), millis(start), o.out());
                }
            }
            publisher.publish(staging);
            published = true;
            return new BuildResult(BuildResult.OK, in.diagnostics(), report, out.pages().size(), out.fileCount(),
                    in.community().site().languages().size(), millis(start), o.out());
        } finally {
            if (!published) publisher.discard(staging);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
