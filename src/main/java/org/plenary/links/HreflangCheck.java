package org.plenary.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * hreflang alternates must be reciprocal: when page A names B as its translation, B must name A, or search
 * engines ignore the pair (and a reader's language switcher is one-way). Targets are compared as files, so
 * {@code /fr/} and {@code /fr/index.html} are the same page. A missing target is the ordinary link check's
 * business and is not reported twice.
 */
final class HreflangCheck {
    private final UrlResolver resolver;
    private final Verdicts verdicts;

    /** @param verdicts where the alternates lead, shared with the check of the pages' references */
    HreflangCheck(UrlResolver resolver, Verdicts verdicts) {
        this.resolver = resolver;
        this.verdicts = verdicts;
    }

    void check(Map<String, ParsedPage> pages, Findings out) {
        record Link(String hreflang, String href, String target) {
        }
        Map<String, List<Link>> links = new HashMap<>();
        for (ParsedPage page : pages.values()) {
            if (page.alternates().isEmpty()) continue;
            Verdicts.Base base = verdicts.base(resolver.documentBase(UrlResolver.fileUrl(page.path()), page.baseHref()).url());
            List<Link> list = new ArrayList<>(page.alternates().size());
            for (ParsedPage.Alternate alt : page.alternates()) {
                Verdicts.Verdict v = verdicts.of(base, alt.href());
                if (v.kind == Verdicts.INTERNAL && v.file != null) {
                    list.add(new Link(alt.hreflang(), alt.href(), v.file));
                }
            }
            links.put(page.path(), list);
        }
        links.forEach((page, list) -> {
            for (Link link : list) {
                if (link.target().equals(page)) continue;
                // A page names a handful of alternates: looking through the target's list costs less than a set each.
                List<Link> back = links.get(link.target());
                boolean linksBack = false;
                if (back == null) {
                    if (!pages.containsKey(link.target())) continue;
                } else {
                    for (Link b : back) {
                        if (b.target().equals(page)) {
                            linksBack = true;
                            break;
                        }
                    }
                }
                if (!linksBack) {
                    out.broken(page, link.href(), "hreflang=" + link.hreflang() + " alternate " + link.target()
                            + " does not link back: it has no <link rel=alternate hreflang> to " + page);
                }
            }
        });
    }
}
