package org.plenary.links;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * hreflang alternates must be reciprocal: when page A names B as its translation, B must name A, or search
 * engines ignore the pair (and a reader's language switcher is one-way). Targets are compared as files, so
 * {@code /fr/} and {@code /fr/index.html} are the same page. A missing target is the ordinary link check's
 * business and is not reported twice.
 */
final class HreflangCheck {
    private final SiteFiles files;
    private final UrlResolver resolver;

    HreflangCheck(SiteFiles files, UrlResolver resolver) {
        this.files = files;
        this.resolver = resolver;
    }

    void check(Map<String, ParsedPage> pages, Findings out) {
        record Link(String hreflang, String href, String target) {
        }
        Map<String, List<Link>> links = new HashMap<>();
        Map<String, Set<String>> targets = new HashMap<>();
        for (ParsedPage page : pages.values()) {
            if (page.alternates().isEmpty()) continue;
            AbsoluteUrl base = resolver.documentBase(UrlResolver.fileUrl(page.path()), page.baseHref()).url();
            List<Link> list = new java.util.ArrayList<>();
            Set<String> set = new HashSet<>();
            for (ParsedPage.Alternate alt : page.alternates()) {
                if (resolver.resolveShared(base, alt.href()) instanceof Resolved.Internal in) {
                    SiteFiles.Lookup found = files.lookup(in.path());
                    if (found.found()) {
                        list.add(new Link(alt.hreflang(), alt.href(), found.file()));
                        set.add(found.file());
                    }
                }
            }
            links.put(page.path(), list);
            targets.put(page.path(), set);
        }
        links.forEach((page, list) -> {
            for (Link link : list) {
                if (link.target().equals(page) || !pages.containsKey(link.target())) continue;
                Set<String> back = targets.getOrDefault(link.target(), Set.of());
                if (!back.contains(page)) {
                    out.broken(page, link.href(), "hreflang=" + link.hreflang() + " alternate " + link.target()
                            + " does not link back: it has no <link rel=alternate hreflang> to " + page);
                }
            }
        });
    }
}
