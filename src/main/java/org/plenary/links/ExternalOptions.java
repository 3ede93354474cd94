package org.plenary.links;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How external (http/https) links are checked. Only an explicit {@link LinkCheckOptions#withExternal} turns
 * this on: by default nothing outside the site is contacted.
 *
 * @param cacheFile          JSON cache of results, kept between runs; {@code null} for none. Must lie outside the site.
 * @param cacheTtl           how long a good result is trusted; failures are always checked again
 * @param perHostConcurrency requests in flight to one host at a time
 * @param minHostInterval    least time between the starts of two requests to one host
 * @param maxRetries         further attempts after a 429 or 5xx answer
 * @param backoffBase        first backoff delay; it doubles with each retry
 * @param maxRetryDelay      cap on any single wait, including one asked for by {@code Retry-After}
 * @param connectTimeout     to open a connection
 * @param requestTimeout     for a whole request, from sending to the response headers
 * @param maxRedirects       redirects followed before the link is called broken
 * @param excludes           URLs matching any of these (anywhere in the URL) are not checked
 * @param threads            requests in flight over all hosts
 * @param userAgent          sent with every request
 */
public record ExternalOptions(Path cacheFile, Duration cacheTtl, int perHostConcurrency, Duration minHostInterval,
                              int maxRetries, Duration backoffBase, Duration maxRetryDelay,
                              Duration connectTimeout, Duration requestTimeout, int maxRedirects,
                              List<Pattern> excludes, int threads, String userAgent) {

    /** The default cache location, relative to the current directory. */
    public static final Path DEFAULT_CACHE = Path.of(".plenary-cache", "links.json");

    public ExternalOptions {
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        requirePositive(perHostConcurrency, "per-host concurrency");
        requirePositive(threads, "threads");
        if (maxRetries < 0) throw new IllegalArgumentException("retries must be 0 or more, got " + maxRetries);
        if (maxRedirects < 0) throw new IllegalArgumentException("redirects must be 0 or more, got " + maxRedirects);
        requireNotNegative(cacheTtl, "cache TTL");
        requireNotNegative(minHostInterval, "host interval");
        requireNotNegative(backoffBase, "backoff");
        requireNotNegative(maxRetryDelay, "retry delay cap");
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(requestTimeout, "request timeout");
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** Sensible values for checking a real site: polite to servers, patient with slow ones. */
    public static ExternalOptions defaults() {
        return new ExternalOptions(DEFAULT_CACHE, Duration.ofHours(24), 2, Duration.ofMillis(200),
                3, Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofSeconds(20), 10,
                List.of(), 8, "Plenary-link-checker/0.1 (static site link check)");
    }

    public ExternalOptions withCacheFile(Path file) {
        return new ExternalOptions(file, cacheTtl, perHostConcurrency, minHostInterval, maxRetries, backoffBase,
                maxRetryDelay, connectTimeout, requestTimeout, maxRedirects, excludes, threads, userAgent);
    }

    public ExternalOptions withoutCache() {
        return withCacheFile(null);
    }

    public ExternalOptions withCacheTtl(Duration ttl) {
        return new ExternalOptions(cacheFile, ttl, perHostConcurrency, minHostInterval, maxRetries, backoffBase,
                maxRetryDelay, connectTimeout, requestTimeout, maxRedirects, excludes, threads, userAgent);
    }

    public ExternalOptions withPerHost(int concurrency, Duration minInterval) {
        return new ExternalOptions(cacheFile, cacheTtl, concurrency, minInterval, maxRetries, backoffBase,
                maxRetryDelay, connectTimeout, requestTimeout, maxRedirects, excludes, threads, userAgent);
    }

    public ExternalOptions withRetries(int retries, Duration base, Duration maxDelay) {
        return new ExternalOptions(cacheFile, cacheTtl, perHostConcurrency, minHostInterval, retries, base,
                maxDelay, connectTimeout, requestTimeout, maxRedirects, excludes, threads, userAgent);
    }

    public ExternalOptions withTimeouts(Duration connect, Duration request) {
        return new ExternalOptions(cacheFile, cacheTtl, perHostConcurrency, minHostInterval, maxRetries, backoffBase,
                maxRetryDelay, connect, request, maxRedirects, excludes, threads, userAgent);
    }

    public ExternalOptions withMaxRedirects(int max) {
        return new ExternalOptions(cacheFile, cacheTtl, perHostConcurrency, minHostInterval, maxRetries, backoffBase,
                maxRetryDelay, connectTimeout, requestTimeout, max, excludes, threads, userAgent);
    }

    public ExternalOptions withThreads(int n) {
        return new ExternalOptions(cacheFile, cacheTtl, perHostConcurrency, minHostInterval, maxRetries, backoffBase,
                maxRetryDelay, connectTimeout, requestTimeout, maxRedirects, excludes, n, userAgent);
    }

    /**
     * Adds exclusion patterns (Java regular expressions, matched anywhere in the URL).
     *
     * @throws IllegalArgumentException naming the pattern when one does not compile
     */
    public ExternalOptions withExcludes(List<String> regexes) {
        List<Pattern> all = new ArrayList<>(excludes);
        for (String r : regexes) {
            try {
                all.add(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid --exclude pattern '" + r + "': "
                        + e.getDescription(), e);
            }
        }
        return new ExternalOptions(cacheFile, cacheTtl, perHostConcurrency, minHostInterval, maxRetries, backoffBase,
                maxRetryDelay, connectTimeout, requestTimeout, maxRedirects, all, threads, userAgent);
    }

    boolean isExcluded(String url) {
        for (Pattern p : excludes) {
            if (p.matcher(url).find()) return true;
        }
        return false;
    }

    private static void requirePositive(int n, String what) {
        if (n <= 0) throw new IllegalArgumentException(what + " must be at least 1, got " + n);
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isZero() || d.isNegative()) throw new IllegalArgumentException(what + " must be positive, got " + d);
    }

    private static void requireNotNegative(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) throw new IllegalArgumentException(what + " must not be negative, got " + d);
    }
}
