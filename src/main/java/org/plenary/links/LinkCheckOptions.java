package org.plenary.links;

/**
 * What a {@link LinkChecker} checks. Immutable; start from {@link #internal()} and add to it.
 *
 * @param baseUrl  the address the site is served at; absolute links to it count as internal. May be null.
 * @param external how to check external links, or {@code null} to stay offline (the default)
 * @param threads  pages parsed and checked in parallel
 */
public record LinkCheckOptions(String baseUrl, ExternalOptions external, int threads) {

    public LinkCheckOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        if (baseUrl != null) BaseUrl.parse(baseUrl); // fail now, with a clear message, not mid-check
    }

    /** Internal links and fragments only; nothing outside the folder is contacted. */
    public static LinkCheckOptions internal() {
        return new LinkCheckOptions(null, null, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public LinkCheckOptions withExternal(ExternalOptions options) {
        return new LinkCheckOptions(baseUrl, options, threads);
    }

    /** @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL */
    public LinkCheckOptions withBaseUrl(String url) {
        return new LinkCheckOptions(url, external, threads);
    }

    public LinkCheckOptions withThreads(int n) {
        return new LinkCheckOptions(baseUrl, external, n);
    }

    public boolean checksExternal() {
        return external != null;
    }
}
