package org.plenary.links;


/**
 * The public address the checked folder is served at, e.g. {@code https://example.org/} or
 * {@code https://example.org/docs/}. Absolute links to the same origin under this path are links into
 * the folder and are checked like relative ones, offline.
 */
final class BaseUrl {
    private final String origin;
    private final String pathPrefix; // always ends with '/'
    private final String text;

    private BaseUrl(String origin, String pathPrefix) {
        this.origin = origin;
        this.pathPrefix = pathPrefix;
        this.text = origin + pathPrefix;
    }

    /** @throws IllegalArgumentException with a message fit for a user when {@code url} is not an absolute http(s) URL */
    static BaseUrl parse(String url) {
        String trimmed = url == null ? "" : url.strip();
        UrlParts p = UrlParts.parse(trimmed);
        if (p.scheme() == null || !(p.scheme().equals("http") || p.scheme().equals("https"))
                || p.authority() == null || p.authority().isEmpty()) {
            throw new IllegalArgumentException("base URL must be an absolute http(s) URL such as https://example.org/, got '"
                    + url + "'");
        }
        String path = p.path().isEmpty() ? "/" : p.path();
        if (!path.endsWith("/")) path = path + "/";
        return new BaseUrl(p.scheme() + "://" + AbsoluteUrl.normalizeAuthority(p.scheme(), p.authority()), path);
    }

    /**
     * The site-relative, still encoded path (no leading slash) of {@code url} when it points into the
     * site, {@code null} otherwise. The base path without its slash ({@code /docs}) maps to {@code ""}
     * only through {@link #isBareRoot}.
     */
    String relativePath(AbsoluteUrl url) {
        if (!url.origin().equals(origin)) return null;
        if (!url.path().startsWith(pathPrefix)) return null;
        return url.path().substring(pathPrefix.length());
    }

    /**
     * For a site served below a path ({@code /docs/}), the site-relative path ({@code /x}) a root-relative reference
     * ({@code /docs/x}) leads to on the server, or null when it leads out of the site ({@code /x}, {@code /docs}).
     * At the domain root every root-relative path is inside.
     */
    String inside(String rootRelativePath) {
        if (pathPrefix.equals("/")) return rootRelativePath;
        if (!rootRelativePath.startsWith(pathPrefix)) return null;
        return rootRelativePath.substring(pathPrefix.length() - 1);
    }

    /** The path the site is served at, always ending in '/' ({@code /} at the domain root). */
    String pathPrefix() {
        return pathPrefix;
    }

    /** {@code https://example.org/docs} when the site is at {@code /docs/}: the root, minus its slash. */
    boolean isBareRoot(AbsoluteUrl url) {
        return url.origin().equals(origin) && pathPrefix.length() > 1
                && url.path().equals(pathPrefix.substring(0, pathPrefix.length() - 1));
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BaseUrl b && b.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
