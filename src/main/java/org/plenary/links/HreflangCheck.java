package org.plenary.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * hreflang alternates must be reciprocal: when page A names B as its translation, B must name A, or search
 * engines ignore the pair (and a reader's language switcher is one-way). Targets are compared as files, so
 * {@code /fr/} and {@code /fr/index.html} are the same page. A missing target is the ordinary link check's
 * business and is not reported twice.
 */
final class HreflangCheck {
    private HreflangCheck() {
    }

    /** One alternate a page names that leads to a site file: its language, its href as written, the file. */
    record Link(String hreflang, String href, String target) {
    }

    /**
     * The alternates of a page that lead to a site file, in document order. Taken while the page's references are
     * checked: the alternates are among them, so their verdicts are at hand.
     *
     * @param base the page's document base, as its references are resolved against
     */
    static List<Link> links(ParsedPage page, Verdicts.Base base, Verdicts verdicts) {
        List<Link> list = new ArrayList<>(page.alternates().size());
        for (ParsedPage.Alternate alt : page.alternates()) {
            Verdicts.Verdict v = verdicts.of(base, alt.href());
            if (v.kind == Verdicts.INTERNAL && v.file != null) list.add(new Link(alt.hreflang(), alt.href(), v.file));
        }
        return list;
    }

    /**
     * Reports every alternate of {@code which} pages whose target page does not name the page back. Only reads its
     * arguments: pages can be checked on several threads at once.
     *
     * @param which pages with alternates, paths among the keys of {@code links}
     * @param links each page's alternates ({@link #links}), by page path, for the pages that have any
     * @param pages every parsed page, by path
     * @return what was found: broken links only
     */
    static Findings check(List<String> which, Map<String, List<Link>> links, Map<String, ParsedPage> pages) {
        Findings out = new Findings();
        for (String page : which) {
            int hash = page.hashCode();
            List<Link> list = links.get(page);
            for (int k = 0, n = list.size(); k < n; k++) {
                Link link = list.get(k);
                if (same(link.target(), page, hash)) continue;
                // A page names a handful of alternates: looking through the target's list costs less than a set each.
                List<Link> back = links.get(link.target());
                // A target that is not a page is not this check's to report; a page without alternates names none.
                if (back == null ? !pages.containsKey(link.target()) : names(back, page, hash)) continue;
                out.broken(page, link.href(), "hreflang=" + link.hreflang() + " alternate " + link.target()
                        + " does not link back: it has no <link rel=alternate hreflang> to " + page);
            }
        }
        return out;
    }

    /** Whether one of {@code alternates} leads to {@code page}, whose hash is {@code hash}. */
    private static boolean names(List<Link> alternates, String page, int hash) {
        for (int k = 0, n = alternates.size(); k < n; k++) {
            if (same(alternates.get(k).target(), page, hash)) return true;
        }
        return false;
    }

    /**
     * Whether two paths are equal; {@code hash} is {@code b}'s. Most compared paths differ, and their cached hashes
     * tell them apart before their characters are compared.
     */
    private static boolean same(String a, String b, int hash) {
        return a == b || a.hashCode() == hash && a.equals(b);
    }
}
