package org.plenary.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a site file, by its extension: the kinds of file a Plenary site holds (pages, feeds,
 * open data, charts, theme assets), text always as UTF-8. A fixed table rather than {@code Files.probeContentType},
 * whose answer depends on the machine's MIME database, so the dev server answers the same everywhere.
 */
final class MediaTypes {
    static final String HTML = "text/html; charset=utf-8";
    static final String FALLBACK = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("jsonld", "application/ld+json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("atom", "application/atom+xml; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("bin", FALLBACK));

    private MediaTypes() {
    }

    /** The media type of a file name ({@code members.csv} → {@code text/csv; charset=utf-8}). */
    static String of(String fileName) {
        int slash = fileName.lastIndexOf('/');
        int dot = fileName.lastIndexOf('.');
        if (dot <= slash) return FALLBACK;
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), FALLBACK);
    }
}
