package org.plenary.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.plenary.model.Language;
import org.plenary.output.Output;
import org.plenary.output.SitePaths;
import org.plenary.output.XmlText;

/**
 * Writes {@code /sitemap.xml} (sitemaps.org protocol 0.9) with every page and its {@code hreflang} alternates in
 * every language plus {@code x-default} (Google's "localized versions" extension). The protocol caps one sitemap
 * file at {@value #MAX_URLS} URLs and {@value #MAX_BYTES} bytes uncompressed; past either, the pages are split over
 * {@code /sitemap-1.xml}, {@code /sitemap-2.xml} … and {@code /sitemap.xml} becomes a sitemap index listing them, so
 * {@code robots.txt} still names one file. A site within the limits gets the single file.
 */
public final class Sitemap {
    /** URLs per sitemap file (sitemaps.org). */
    public static final int MAX_URLS = 50_000;
    /** Bytes per sitemap file, uncompressed (sitemaps.org: 50 MiB). */
    public static final int MAX_BYTES = 52_428_800;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    private static final String TAIL = "</urlset>\n";
    private static final byte[] HEAD_BYTES = HEAD.getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL_BYTES = TAIL.getBytes(StandardCharsets.UTF_8);

    private final String baseUrl;
    private final List<Language> languages;
    private final String defaultLanguage;
    private final int maxUrls;
    private final int maxBytes;

    /** @param baseUrl the site's absolute base URL, without a trailing slash */
    public Sitemap(String baseUrl, List<Language> languages, String defaultLanguage) {
        this(baseUrl, languages, defaultLanguage, MAX_URLS, MAX_BYTES);
    }

    /** With other limits than the protocol's, for tests. */
    Sitemap(String baseUrl, List<Language> languages, String defaultLanguage, int maxUrls, int maxBytes) {
        this.baseUrl = baseUrl;
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /**
     * @param paths site-absolute paths of the pages, in the order to list them
     * @return the files written, site-relative ({@code sitemap.xml} first)
     */
    public List<String> write(List<String> paths, Output out) {
        // Each entry is encoded once, as it is counted: the files are written as the bytes that were counted.
        List<ByteArrayOutputStream> files = new ArrayList<>();
        ByteArrayOutputStream current = null;
        int urls = 0;
        Entry entry = new Entry();
        for (String path : paths) {
            entry.of(path);
            if (current == null || urls == maxUrls || current.size() + entry.size() > maxBytes - TAIL_BYTES.length) {
                current = urlset(Math.min(maxBytes, 1 << 20));
                files.add(current);
                urls = 0;
            }
            entry.writeTo(current);
            urls++;
        }
        if (files.isEmpty()) files.add(urlset(HEAD_BYTES.length + TAIL_BYTES.length));
        List<String> written = new ArrayList<>();
        if (files.size() == 1) {
            files.get(0).writeBytes(TAIL_BYTES);
            out.bytes("sitemap.xml", files.get(0).toByteArray());
            written.add("sitemap.xml");
            return written;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < files.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            index.append("  <sitemap>\n    <loc>").append(XmlText.escape(baseUrl + "/" + name)).append("</loc>\n  </sitemap>\n");
        }
        out.file("sitemap.xml", index.append("</sitemapindex>\n").toString());
        written.add("sitemap.xml");
        for (int i = 0; i < files.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            ByteArrayOutputStream f = files.get(i);
            files.set(i, null); // written one by one: a large site's sitemaps are tens of megabytes each
            f.writeBytes(TAIL_BYTES);
            out.bytes(name, f.toByteArray());
            written.add(name);
        }
        return written;
    }

    /** A new sitemap file's bytes, its head written. */
    private static ByteArrayOutputStream urlset(int capacity) {
        ByteArrayOutputStream f = new ByteArrayOutputStream(capacity);
        f.writeBytes(HEAD_BYTES);
        return f;
    }

    private static final byte[] URL_OPEN = "  <url>\n    <loc>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LOC_CLOSE = "</loc>\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LINK_CLOSE = "\"/>\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] URL_CLOSE = "  </url>\n".getBytes(StandardCharsets.UTF_8);

    /**
     * One page's {@code <url>} entry, as UTF-8 bytes: its {@code <loc>}, then an {@code <xhtml:link>} alternate per
     * language and {@code x-default}. Every alternate of a page is the base URL, the language's folder and the same
     * rest of the path ({@link SitePaths#inLanguage}), so each link's head (up to the language's folder) is escaped
     * and encoded once per sitemap and the rest of the path once per page; XML escaping is per character, so
     * escaping the parts gives the bytes escaping the whole would (the parts meet at a '/').
     */
    private final class Entry {
        /** Per language, then x-default: {@code <xhtml:link … hreflang="L" href="BASE/L}, escaped and encoded. */
        private final byte[][] linkHeads = new byte[languages.size() + 1][];
        private final Buffer bytes = new Buffer();

        Entry() {
            for (int i = 0; i <= languages.size(); i++) {
                String hreflang = i < languages.size() ? languages.get(i).code() : "x-default";
                String folder = i < languages.size() ? languages.get(i).code() : defaultLanguage;
                linkHeads[i] = ("    <xhtml:link rel=\"alternate\" hreflang=\"" + hreflang + "\" href=\""
                        + XmlText.escape(baseUrl + "/" + folder)).getBytes(StandardCharsets.UTF_8);
            }
        }

        /** Makes this the entry of the page at {@code path} (site-absolute, starting with its language's folder). */
        void of(String path) {
            bytes.reset();
            bytes.writeBytes(URL_OPEN);
            bytes.writeBytes(XmlText.escape(baseUrl + path).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(LOC_CLOSE);
            byte[] rest = XmlText.escape(SitePaths.afterLanguage(path)).getBytes(StandardCharsets.UTF_8);
            for (byte[] head : linkHeads) {
                bytes.writeBytes(head);
                bytes.writeBytes(rest);
                bytes.writeBytes(LINK_CLOSE);
            }
            bytes.writeBytes(URL_CLOSE);
        }

        int size() {
            return bytes.size();
        }

        void writeTo(ByteArrayOutputStream file) {
            bytes.appendTo(file);
        }
    }

    /** A byte buffer that appends itself to another without a copy in between. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1024);
        }

        void appendTo(ByteArrayOutputStream other) {
            other.write(buf, 0, count);
        }
    }
}
