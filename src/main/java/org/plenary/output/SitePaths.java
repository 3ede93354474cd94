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

    public static String metrics(String lang) {
        return home(lang) + "metrics/";
    }

    public static String page(String lang, String path) {
        return path.isEmpty() ? home(lang) : home(lang) + path + "/";
    }

    public static String asset(String name) {
        return "/assets/" + name;
    }

    /** The same page in another language: swaps the leading language segment. */
    public static String inLanguage(String path, String lang) {
        int second = path.indexOf('/', 1);
        return "/" + lang + (second < 0 ? "/" : path.substring(second));
    }

    /** The file a page path is written to. */
    public static String file(String path) {
        return path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
    }

    public static String slug(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
