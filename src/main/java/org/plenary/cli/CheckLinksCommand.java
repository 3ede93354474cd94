package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.links.ExternalOptions;
import org.plenary.links.LinkCheckOptions;
import org.plenary.links.LinkChecker;
import org.plenary.links.LinkReport;
import org.plenary.links.LinkReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plenary check-links [--external] [--format text|json] [--base-url URL] DIR}: checks any folder of
 * HTML, not only a Plenary site. Exit 0 when nothing is broken, 1 when something is, 2 on a usage mistake.
 *
 * <p>Options are plain strings checked here rather than by picocli's converters, so that every usage mistake
 * ends the same way: one line on stderr, exit 2, no usage dump, no stack trace.
 */
@Command(name = "check-links",
        mixinStandardHelpOptions = true,
        description = {
                "Checks every link of a folder of HTML: a/link href, img/source src and srcset, script, iframe, "
                        + "CSS url() (inline and in linked .css files), #fragments, <base href>, hreflang "
                        + "reciprocity and sitemap.xml. External URLs only with --external.",
                "Exit status: 0 no broken link, 1 broken links found, 2 bad usage."})
public final class CheckLinksCommand implements Callable<Integer> {
    static final int BROKEN = 1;
    static final int USAGE_ERROR = 2;

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The folder of HTML to check (the site root).")
    String dir;

    @Option(names = "--external", description = "Also check external http(s) links (off by default: nothing is contacted).")
    boolean external;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report format (default: ${DEFAULT-VALUE}). JSON: {pages, links, broken: [{page, href, reason}], notes, unchecked}.")
    String format;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the folder is served at; absolute links to it are checked as internal.")
    String baseUrl;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "External results cache (default: .plenary-cache/links.json in the current directory; must be outside DIR).")
    String cache;

    @Option(names = "--no-cache", description = "Do not read or write the external results cache.")
    boolean noCache;

    @Option(names = "--cache-ttl", paramLabel = "DURATION", defaultValue = "24h",
            description = "How long a good external result is reused, e.g. 90m, 24h, 7d (default: ${DEFAULT-VALUE}).")
    String cacheTtl;

    @Option(names = "--exclude", paramLabel = "REGEX",
            description = "Do not check external URLs matching this regular expression (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "2",
            description = "External requests in flight per host (default: ${DEFAULT-VALUE}).")
    String perHost;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "200ms",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s",
            description = "Request timeout for external links (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "Connect timeout for external links (default: ${DEFAULT-VALUE}).")
    String connectTimeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries after a 429 or 5xx answer, with exponential backoff (default: ${DEFAULT-VALUE}).")
    String retries;

    @Option(names = "--threads", paramLabel = "N",
            description = "Pages checked in parallel (default: the number of processors).")
    String threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LinkCheckOptions options;
        Path root;
        boolean json;
        try {
            if (dir == null || dir.isBlank()) throw new UsageException("missing DIR, the folder of HTML to check");
            json = switch (format.toLowerCase(Locale.ROOT)) {
                case "text" -> false;
                case "json" -> true;
                default -> throw new UsageException("--format must be text or json, got '" + format + "'");
            };
            root = path(dir, "DIR");
            if (!root.toFile().exists()) throw new UsageException("no such directory: " + dir);
            if (!root.toFile().isDirectory()) throw new UsageException("not a directory: " + dir);
            options = LinkCheckOptions.internal();
            if (threads != null) options = options.withThreads(positive(threads, "--threads"));
            if (baseUrl != null) options = options.withBaseUrl(baseUrl);
            if (external) options = options.withExternal(externalOptions());
        } catch (UsageException | IllegalArgumentException e) {
            err.println("plenary check-links: " + e.getMessage());
            return USAGE_ERROR;
        }

        LinkReport report;
        try {
            report = new LinkChecker(options).check(root);
        } catch (IllegalArgumentException e) {
            err.println("plenary check-links: " + e.getMessage());
            return USAGE_ERROR;
        } catch (IOException e) {
            err.println("plenary check-links: cannot read " + dir + ": " + e.getMessage());
            return USAGE_ERROR;
        }
        out.print(json ? LinkReportFormat.json(report) : LinkReportFormat.text(report));
        out.flush();
        return report.isClean() ? 0 : BROKEN;
    }

    private ExternalOptions externalOptions() {
        ExternalOptions o = ExternalOptions.defaults();
        if (noCache) {
            o = o.withoutCache();
        } else if (cache != null) {
            o = o.withCacheFile(path(cache, "--cache"));
        }
        return o.withCacheTtl(duration(cacheTtl, "--cache-ttl"))
                .withPerHost(positive(perHost, "--per-host"), duration(interval, "--interval"))
                .withTimeouts(duration(connectTimeout, "--connect-timeout"), duration(timeout, "--timeout"))
                .withRetries(notNegative(retries, "--retries"), o.backoffBase(), o.maxRetryDelay())
                .withExcludes(excludes);
    }

    /** A usage mistake, reported in one line. */
    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private static Path path(String value, String what) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(what + " is not a valid path: " + value);
        }
    }

    private static int positive(String value, String option) {
        int n = integer(value, option);
        if (n < 1) throw new UsageException(option + " must be at least 1, got " + value);
        return n;
    }

    private static int notNegative(String value, String option) {
        int n = integer(value, option);
        if (n < 0) throw new UsageException(option + " must be 0 or more, got " + value);
        return n;
    }

    private static int integer(String value, String option) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got '" + value + "'");
        }
    }

    /** {@code 250ms}, {@code 20s}, {@code 90m}, {@code 24h}, {@code 7d}; a bare number is seconds. */
    static Duration duration(String value, String option) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException(option + " must be a duration such as 500ms, 20s, 10m, 24h or 7d, got '" + value + "'");
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " is too large: " + value);
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
