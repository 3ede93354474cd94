package org.plenary.links;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code sitemap.xml} must list only pages that exist: every {@code <url><loc>}, every
 * {@code <xhtml:link rel=alternate href>} alternate, and, for a sitemap index, every child sitemap (whose
 * entries are checked in turn). Sitemap URLs are absolute; with a base URL they must be on it, without one
 * their path is taken as a path of the checked folder (sitemaps may only list URLs of their own site).
 */
final class SitemapCheck {
    static final String SITEMAP = "sitemap.xml";

    private final SiteFiles files;
    private final Verdicts verdicts;
    private final BaseUrl baseUrl;
    private final SharedStrings strings;

    /**
     * @param verdicts the verdicts of the pages' references, which the sitemap's URLs share
     * @param strings  the pages' shared strings: a sitemap's URLs are mostly their hreflang alternates
     */
    SitemapCheck(SiteFiles files, Verdicts verdicts, BaseUrl baseUrl, SharedStrings strings) {
        this.files = files;
        this.verdicts = verdicts;
        this.baseUrl = baseUrl;
        this.strings = strings;
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
            SitemapUrls listed;
            try {
                listed = SitemapUrls.read(Files.readAllBytes(files.path(sitemap)), strings);
            } catch (IOException e) {
                out.broken(sitemap, "", "cannot read sitemap: " + e.getMessage());
                continue;
            }
            // A page's alternates are listed again under each of them: a URL is checked once per sitemap. Its later
            // entries count as links, and would only repeat the same finding (findings are a set).
            out.links += listed.entries();
            List<String> urls = listed.urls();
            Verdicts.Base base = verdicts.base(UrlResolver.fileUrl(sitemap));
            for (int k = 0; k < urls.size(); k++) {
                String found = checkEntry(sitemap, base, urls.get(k), out, origins);
                if (listed.children().get(k) && found != null && found.toLowerCase(Locale.ROOT).endsWith(".xml")
                        && seen.add(found)) {
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
     * Checks one URL of a sitemap; returns the file it names, or null when broken or not a site file. Its verdict is
     * shared with the pages that link the same URL (their hreflang alternates): whichever check comes first works it
     * out.
     */
    private String checkEntry(String sitemap, Verdicts.Base base, String url, Findings out, Set<String> origins) {
        Verdicts.Verdict v = verdicts.of(base, url);
        Resolved r = v.resolved;
        if (r instanceof Resolved.Internal) {
            // A fragment is not the sitemap's business: only the file counts.
            if (v.file != null) return v.file;
            out.broken(sitemap, url, "sitemap lists a page that does not exist: " + v.problem);
            return null;
        }
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
