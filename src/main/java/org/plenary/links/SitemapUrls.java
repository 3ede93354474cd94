package org.plenary.links;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The URLs one sitemap file lists, read from its bytes once. A page's alternates are listed again under each of them
 * (21,600 pages in 7 languages make 194,000 entries of 21,600 URLs), so each URL is kept once.
 *
 * @param urls     each URL listed, once, in the order of its first entry
 * @param children which of {@code urls} (by index) a sitemap index lists as a child sitemap ({@code <sitemap><loc>})
 * @param entries  how many entries the file has in all, repeats included
 */
record SitemapUrls(List<String> urls, BitSet children, int entries) {

    /**
     * One URL a sitemap lists: a {@code <url><loc>}, an {@code <xhtml:link href>} alternate, or a sitemap index's
     * {@code <sitemap><loc>} (a child sitemap, checked in turn).
     */
    record Entry(String url, boolean childSitemap) {
    }

    /**
     * Reads a sitemap file (UTF-8).
     *
     * @param strings shares the URLs' instances with the pages that link them, and between repeats
     * @throws IOException when jsoup cannot read it
     */
    static SitemapUrls read(byte[] bytes, SharedStrings strings) throws IOException {
        return of(entries(bytes, strings));
    }

    /** The URLs of {@code entries}, each once, with how many entries there were. Empty URLs list nothing. */
    static SitemapUrls of(List<Entry> entries) {
        List<String> urls = new ArrayList<>();
        BitSet children = new BitSet();
        Map<String, Integer> index = new HashMap<>();
        int count = 0;
        for (Entry e : entries) {
            if (e.url().isEmpty()) continue;
            count++;
            Integer k = index.get(e.url());
            if (k == null) {
                k = urls.size();
                index.put(e.url(), k);
                urls.add(e.url());
            }
            if (e.childSitemap()) children.set(k);
        }
        return new SitemapUrls(List.copyOf(urls), children, count);
    }

    /** The URLs of a sitemap file (UTF-8), in document order: read by {@link SitemapScanner}, or else by jsoup. */
    static List<Entry> entries(byte[] bytes, SharedStrings strings) throws IOException {
        List<Entry> fast = SitemapScanner.scan(bytes, strings);
        return fast != null ? fast : parsedEntries(bytes);
    }

    /** The URLs of a sitemap file, from jsoup's XML parse. */
    static List<Entry> parsedEntries(byte[] bytes) throws IOException {
        Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), "UTF-8", "", Parser.xmlParser());
        List<Entry> out = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            String name = el.tagName().toLowerCase(Locale.ROOT);
            String local = name.substring(name.indexOf(':') + 1);
            Element parent = el.parent();
            String parentName = parent == null ? "" : parent.tagName().toLowerCase(Locale.ROOT);
            if (local.equals("loc") && (parentName.endsWith("url") || parentName.endsWith("sitemap"))) {
                String url = el.text().strip();
                if (!url.isEmpty()) out.add(new Entry(url, parentName.endsWith("sitemap")));
            } else if (local.equals("link") && name.contains(":") && el.hasAttr("href")) {
                String url = el.attr("href").strip();
                if (!url.isEmpty()) out.add(new Entry(url, false));
            }
        }
        return out;
    }
}
