package org.plenary.output;

import java.util.Locale;

/**
 * The site's URL scheme (SPEC §5), as site-absolute paths ending in "/" for pages. Ids are lower-cased.
 * Pages link to each other relatively (see {@link Linker}), so a built site also works from disk.
 */
public final class SitePaths {
    private SitePaths() {
    }

    public static String home(String lang) {
        return "/" + lang + "/";
    }

    public static String members(String lang) {
        return home(lang) + "members/";
    }

    public static String member(String lang, String id) {
        return members(lang) + slug(id) + "/";
    }

    public static String travel(String lang) {
        return home(lang) + "travel/";
    }

    public static String meeting(String lang, String id) {
        return travel(lang) + slug(id) + "/";
    }

    public static String programme(String lang, String id) {
        return travel(lang) + "programmes/" + slug(id) + "/";
    }

    public static String advice(String lang) {
        return home(lang) + "advice/";
    }

    public static String statement(String lang, String id) {
        return advice(lang) + slug(id) + "/";
    }

    public static String adviceFeed(String lang) {
        return advice(lang) + "feed.xml";
    }

    public static String draws(String lang) {
        return home(lang) + "draws/";
    }

    public static String draw(String lang, String id) {
        return draws(lang) + slug(id) + "/";
    }

    public static String search(String lang) {
        return home(lang) + "search/";
    }

    public static String metrics(String lang) {
        return home(lang) + "metrics/";
    }

    public static String page(String lang, String path) {
        return path.isEmpty() ? home(lang) : home(lang) + path + "/";
    }

    public static String asset(String name) {
        return "/assets/" + name;
    }

    /** Page {@code page} (from 1) of a listing split into pages: the first at the listing's path, then {@code page/N/}. */
    public static String listPage(String listPath, int page) {
        return page <= 1 ? listPath : listPath + "page/" + page + "/";
    }

    /** The members of one region ({@code /en/members/region/afralo/}), when the directory is too long for one page. */
    public static String membersOfRegion(String lang, String region) {
        return members(lang) + "region/" + slug(region) + "/";
    }

    /** The same page in another language: swaps the leading language segment. */
    public static String inLanguage(String path, String lang) {
        return "/" + lang + afterLanguage(path);
    }

    /** What follows a page path's language folder: {@code /about/} for {@code /en/about/}, {@code /} for {@code /en}. */
    public static String afterLanguage(String path) {
        int second = path.indexOf('/', 1);
        return second < 0 ? "/" : path.substring(second);
    }

    /** The file a page path is written to. */
    public static String file(String path) {
        return path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
    }

    /**
     * The path a site is served at, from its {@code base_url}, without a trailing slash: {@code /alac} for
     * {@code https://example.org/alac/}, empty at the domain root or without a base URL. Root-relative links (the
     * 404 page's, which is served at any URL) must start with it.
     */
    public static String basePath(String baseUrl) {
        if (baseUrl == null) return "";
        String path = java.net.URI.create(baseUrl).getRawPath();
        if (path == null) return "";
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return path;
    }

    public static String slug(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
