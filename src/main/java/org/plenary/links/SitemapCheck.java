package org.plenary.links;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * {@code sitemap.xml} must list only pages that exist: every {@code <url><loc>}, every
 * {@code <xhtml:link rel=alternate href>} alternate, and, for a sitemap index, every child sitemap (whose
 * entries are checked in turn). Sitemap URLs are absolute; with a base URL they must be on it, without one
 * their path is taken as a path of the checked folder (sitemaps may only list URLs of their own site).
 */
final class SitemapCheck {
    static final String SITEMAP = "sitemap.xml";

    private final SiteFiles files;
    private final UrlResolver resolver;
    private final BaseUrl baseUrl;

    SitemapCheck(SiteFiles files, UrlResolver resolver, BaseUrl baseUrl) {
        this.files = files;
        this.resolver = resolver;
        this.baseUrl = baseUrl;
    }

    void check(Findings out) {
        if (!files.isFile(SITEMAP)) return;
        Set<String> origins = new java.util.TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(SITEMAP);
        seen.add(SITEMAP);
        while (!todo.isEmpty()) {
            String sitemap = todo.poll();
            List<Entry> entries;
            try {
                entries = entries(Files.readAllBytes(files.path(sitemap)));
            } catch (IOException e) {
                out.broken(sitemap, "", "cannot read sitemap: " + e.getMessage());
                continue;
            }
            // A page's alternates are listed again under each of them: a URL is checked once per sitemap. Its later
            // occurrences count as links, and would only repeat the same finding (findings are a set).
            Map<String, Optional<String>> checked = new HashMap<>(entries.size());
            for (Entry e : entries) {
                Optional<String> before = checked.get(e.url());
                String found;
                if (before != null) {
                    out.links++;
                    found = before.orElse(null);
                } else {
                    found = checkEntry(sitemap, e.url(), out, origins);
                    if (!e.url().isEmpty()) checked.put(e.url(), Optional.ofNullable(found));
                }
                if (e.childSitemap() && found != null && found.toLowerCase(Locale.ROOT).endsWith(".xml") && seen.add(found)) {
                    todo.add(found);
                }
            }
        }
        if (baseUrl == null && origins.size() == 1) {
            // Without a base URL, absolute links to the site itself (hreflang alternates, canonical URLs) are
            // external and go unchecked offline; the sitemap tells which address that is.
            String origin = origins.iterator().next();
            out.notes.add(new LinkNote(SITEMAP, "", "its URLs are on " + origin + "/; with that base URL (--base-url "
                    + origin + "/) absolute links to it, hreflang alternates included, are checked as internal links"));
        }
    }

    /**
     * One URL a sitemap lists: a {@code <url><loc>}, an {@code <xhtml:link href>} alternate, or a sitemap index's
     * {@code <sitemap><loc>} (a child sitemap, checked in turn).
     */
    record Entry(String url, boolean childSitemap) {
    }

    /** The URLs of a sitemap file (UTF-8), in document order: read by {@link SitemapScanner}, or else by jsoup. */
    static List<Entry> entries(byte[] bytes) throws IOException {
        List<Entry> fast = SitemapScanner.scan(bytes);
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

    /** Checks one URL of a sitemap; returns the file it names, or null when broken or not a site file. */
    private String checkEntry(String sitemap, String url, Findings out, Set<String> origins) {
        if (url.isEmpty()) return null;
        out.links++;
        Resolved r = resolver.resolve(UrlResolver.fileUrl(sitemap), url);
        if (r instanceof Resolved.External ext) {
            if (baseUrl != null) {
                out.broken(sitemap, url, "sitemap lists a URL outside the site (base URL " + baseUrl + ")");
                return null;
            }
            UrlParts parts = UrlParts.parse(ext.url());
            origins.add(parts.scheme() + "://" + parts.authority());
            String path = parts.path();
            r = new Resolved.Internal(PercentEncoding.decode(path.isEmpty() ? "" : path.substring(1)), null);
        }
        if (r instanceof Resolved.Unresolvable u) {
            out.broken(sitemap, url, u.reason());
        } else if (r instanceof Resolved.NotAFile n) {
            out.broken(sitemap, url, "sitemap lists a " + n.scheme() + ": URL, not a page");
        } else if (r instanceof Resolved.Internal in) {
            SiteFiles.Lookup found = files.lookup(in.path());
            if (found.found()) return found.file();
            out.broken(sitemap, url, "sitemap lists a page that does not exist: " + found.problem());
        }
        return null;
    }
}
