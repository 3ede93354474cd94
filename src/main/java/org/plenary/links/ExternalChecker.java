package org.plenary.links;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.jsoup.Jsoup;

/**
 * Checks external URLs over HTTP, politely and without waiting forever.
 *
 * <ul>
 *   <li>HEAD first, as it costs the server nothing; GET when HEAD fails (405 and 501 say "no HEAD here", and
 *       plenty of servers answer HEAD wrongly in other ways). GET straight away when a fragment must be found
 *       in the page, reading at most {@value #MAX_BODY} bytes.</li>
 *   <li>Redirects are followed by hand, up to a limit, so the final URL can be reported as a note.</li>
 *   <li>429 and 5xx are retried with exponential backoff, honouring {@code Retry-After}, through
 *       {@link RetryPolicy}; per-host concurrency and spacing through {@link HostThrottle}.</li>
 *   <li>Good results are reused from the {@link LinkCache} until they expire.</li>
 * </ul>
 */
final class ExternalChecker {
    static final int MAX_BODY = 8 * 1024 * 1024;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    private final ExternalOptions options;
    private final Clock clock;
    private final HttpClient client;
    private final HostThrottle throttle;
    private final RetryPolicy retry;
    private final List<LinkNote> notes = Collections.synchronizedList(new ArrayList<>());
    /** Hosts that do not resolve or refuse connections, with why: their other URLs fail at once, unpaced. */
    private final Map<String, String> deadHosts = new ConcurrentHashMap<>();

    ExternalChecker(ExternalOptions options) {
        this(options, Clock.systemUTC());
    }

    ExternalChecker(ExternalOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.throttle = new HostThrottle(options.perHostConcurrency(), options.minHostInterval());
        this.retry = new RetryPolicy(options.maxRetries(), options.backoffBase(), options.maxRetryDelay());
    }

    /** Problems of the checker itself (e.g. the cache could not be saved), for the report's notes. */
    List<LinkNote> notes() {
        return List.copyOf(notes);
    }

    /**
     * Checks each URL once.
     *
     * @param urls URL without fragment → fragments that must exist in it (empty: only the URL must work)
     */
    Map<String, ExternalResult> check(Map<String, Set<String>> urls) {
        LinkCache cache = LinkCache.load(options.cacheFile());
        Instant now = clock.instant();
        Map<String, ExternalResult> results = new ConcurrentHashMap<>();
        List<String> todo = new ArrayList<>();
        urls.forEach((url, fragments) -> {
            ExternalResult cached = cache.fresh(url, options.cacheTtl(), now);
            if (cached != null && (fragments.isEmpty() || cached.canCheckFragments())) {
                results.put(url, cached);
            } else {
                todo.add(url);
            }
        });
        if (!todo.isEmpty()) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), todo.size()), r -> {
                Thread t = new Thread(r, "plenary-links-http");
                t.setDaemon(true);
                return t;
            });
            ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "plenary-links-watchdog");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> running = new ArrayList<>();
                for (String url : interleaveHosts(todo)) {
                    boolean needBody = !urls.get(url).isEmpty();
                    running.add(pool.submit(() -> results.put(url, fetch(url, needBody, watchdog))));
                }
                for (Future<?> f : running) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("external link check failed", e.getCause());
            } finally {
                pool.shutdownNow();
                watchdog.shutdownNow();
            }
            for (String url : todo) {
                ExternalResult r = results.get(url);
                if (r != null) cache.put(url, r);
            }
        }
        if (options.cacheFile() != null) {
            try {
                cache.save(options.cacheTtl(), clock.instant());
            } catch (IOException | RuntimeException e) {
                notes.add(new LinkNote(options.cacheFile().toString(), "", "could not save the link cache: " + e.getMessage()));
            }
        }
        return results;
    }

    /** Orders URLs round-robin over hosts, so workers spread over many hosts instead of queueing on one. */
    static List<String> interleaveHosts(List<String> urls) {
        Map<String, Deque<String>> byHost = new LinkedHashMap<>();
        for (String url : urls) {
            String host = UrlParts.parse(url).authority();
            byHost.computeIfAbsent(host == null ? "" : host, h -> new ArrayDeque<>()).add(url);
        }
        List<String> out = new ArrayList<>(urls.size());
        while (out.size() < urls.size()) {
            for (Deque<String> q : byHost.values()) {
                if (!q.isEmpty()) out.add(q.poll());
            }
        }
        return out;
    }

    ExternalResult fetch(String url, boolean needBody, ScheduledExecutorService watchdog) {
        URI uri;
        try {
            uri = toUri(url);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return ExternalResult.failure("malformed URL: " + e.getMessage(), clock.instant());
        }
        String dead = deadHosts.get(host(uri));
        if (dead != null) return ExternalResult.failure(dead, clock.instant());
        try {
            HostThrottle.Slot slot = throttle.slot(host(uri));
            try {
                if (!needBody) {
                    Attempt head = follow(uri, "HEAD", false, watchdog);
                    if (head.result.ok() || !head.tryGet) return head.result;
                }
                return follow(uri, "GET", needBody, watchdog).result;
            } finally {
                slot.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExternalResult.failure("interrupted", clock.instant());
        } catch (RuntimeException e) {
            // e.g. a host java.net.http will not accept ("under_score.example"): one broken link, not a crash.
            return ExternalResult.failure("cannot request this URL: " + e.getMessage(), clock.instant());
        }
    }

    /** A result, and whether a GET might still succeed where this HEAD failed. */
    private record Attempt(ExternalResult result, boolean tryGet) {
    }

    /** One answer (after retries), or why there was none. */
    private record Answer(int status, String location, String contentType, Set<String> anchors,
                          String failure, boolean tryGet) {
        static Answer failed(String why, boolean tryGet) {
            return new Answer(0, null, null, null, why, tryGet);
        }
    }

    private Attempt follow(URI start, String method, boolean readBody, ScheduledExecutorService watchdog)
            throws InterruptedException {
        URI current = start;
        List<Integer> redirects = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        seen.add(current);
        while (true) {
            Answer a = send(current, method, readBody, watchdog);
            if (a.failure != null) {
                String where = redirects.isEmpty() ? "" : " (at " + current + ", after redirects)";
                return new Attempt(ExternalResult.failure(a.failure + where, clock.instant()), a.tryGet);
            }
            if (isRedirect(a.status) && a.location != null) {
                URI next;
                try {
                    next = resolveLocation(current, a.location);
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return new Attempt(ExternalResult.failure("redirects to a malformed URL: " + a.location,
                            clock.instant()), false);
                }
                if (!seen.add(next)) {
                    return new Attempt(ExternalResult.failure("redirect loop at " + next, clock.instant()), false);
                }
                if (redirects.size() >= options.maxRedirects()) {
                    return new Attempt(ExternalResult.failure("too many redirects (more than " + options.maxRedirects()
                            + "), last to " + next, clock.instant()), false);
                }
                redirects.add(a.status);
                current = next;
                continue;
            }
            boolean ok = a.status < 400;
            String finalUrl = redirects.isEmpty() ? null : current.toString();
            String reason = ok ? null : "HTTP " + a.status + (finalUrl == null ? "" : " at " + finalUrl + " (after redirects)");
            ExternalResult r = new ExternalResult(ok, a.status, finalUrl, List.copyOf(redirects), reason, a.contentType,
                    a.anchors, clock.instant());
            // A server that rate-limits us will not like a second method either.
            return new Attempt(r, !ok && a.status != 429);
        }
    }

    private Answer send(URI uri, String method, boolean readBody, ScheduledExecutorService watchdog)
            throws InterruptedException {
        String host = host(uri);
        for (int attempt = 0; ; attempt++) {
            String dead = deadHosts.get(host);
            if (dead != null) return Answer.failed(dead, false); // found out while this URL waited its turn
            throttle.pace(host);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(options.requestTimeout())
                    .version("http".equals(uri.getScheme()) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                    .header("User-Agent", options.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .build();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                try (InputStream body = response.body()) {
                    if (RetryPolicy.isRetryable(status) && attempt < retry.maxRetries()) {
                        String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                        throttle.holdOff(host, retry.delay(attempt, retryAfter, clock.instant()));
                        continue;
                    }
                    String contentType = response.headers().firstValue("Content-Type").orElse(null);
                    Set<String> anchors = null;
                    if (readBody && status >= 200 && status < 300 && contentType != null
                            && ExternalResult.isHtml(contentType)) {
                        anchors = readAnchors(body, contentType, uri, watchdog);
                    }
                    return new Answer(status, response.headers().firstValue("Location").orElse(null), contentType,
                            anchors, null, false);
                }
            } catch (HttpConnectTimeoutException e) {
                return Answer.failed("could not connect within " + seconds(options.connectTimeout()), false);
            } catch (HttpTimeoutException e) {
                return Answer.failed("timed out after " + seconds(options.requestTimeout()), false);
            } catch (IOException e) {
                String why = describe(e);
                boolean permanent = why.startsWith("unknown host") || why.startsWith("connection refused")
                        || why.startsWith("cannot connect") || why.startsWith("TLS");
                if (!permanent && attempt < retry.maxRetries()) {
                    throttle.holdOff(host, retry.delay(attempt, null, clock.instant()));
                    continue;
                }
                if (why.equals("unknown host") || why.equals("connection refused")) deadHosts.putIfAbsent(host, why);
                return Answer.failed(why, !permanent);
            }
        }
    }

    /** Reads up to {@link #MAX_BODY} bytes within the request timeout, then collects the page's fragment targets. */
    private Set<String> readAnchors(InputStream body, String contentType, URI uri, ScheduledExecutorService watchdog)
            throws IOException {
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            try {
                body.close(); // unblocks a read stuck on a server that trickles its body
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }, options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY);
        } finally {
            alarm.cancel(false);
        }
        Matcher m = CHARSET.matcher(contentType);
        String charset = null;
        if (m.find()) {
            try {
                if (Charset.isSupported(m.group(1))) charset = m.group(1);
            } catch (IllegalArgumentException ignored) {
                // unknown charset name: let jsoup sniff
            }
        }
        return HtmlReferences.anchors(Jsoup.parse(new ByteArrayInputStream(bytes), charset, uri.toString()));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** An http(s) URL as written on a page, made acceptable to java.net.URI (IDN hosts, spaces, non-ASCII). */
    static URI toUri(String url) throws URISyntaxException {
        UrlParts p = UrlParts.parse(url);
        if (p.authority() == null || p.authority().isEmpty()) throw new URISyntaxException(url, "no host");
        String authority = p.authority();
        boolean ascii = authority.chars().allMatch(c -> c < 0x80);
        if (!ascii) {
            int colon = authority.lastIndexOf(':');
            String host = colon > authority.lastIndexOf(']') && colon >= 0 ? authority.substring(0, colon) : authority;
            String port = host.length() < authority.length() ? authority.substring(host.length()) : "";
            authority = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port;
        }
        String s = p.scheme() + "://" + authority + PercentEncoding.encodeIllegal(p.path().isEmpty() ? "/" : p.path())
                + (p.query() == null ? "" : "?" + PercentEncoding.encodeIllegal(p.query()));
        return new URI(s);
    }

    private static URI resolveLocation(URI current, String location) throws URISyntaxException {
        String loc = location.strip();
        int hash = loc.indexOf('#');
        if (hash >= 0) loc = loc.substring(0, hash);
        URI next = current.resolve(new URI(PercentEncoding.encodeIllegal(loc)));
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not http(s): " + location);
        }
        return next;
    }

    /** One line saying why a request failed, instead of an exception class and a null message. */
    static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) return "unknown host";
            if (t instanceof SSLException) return "TLS error: " + t.getMessage();
            String msg = t.getMessage();
            // Java's client reports a refused connection as ConnectException(null) caused by a closed channel.
            boolean refused = (msg != null && msg.toLowerCase(Locale.ROOT).contains("refused"))
                    || (t instanceof ClosedChannelException && e instanceof ConnectException);
            if (refused) return "connection refused";
        }
        if (e instanceof ConnectException) return "cannot connect";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
