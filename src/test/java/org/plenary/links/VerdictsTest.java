package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A shared verdict is the one each page would get on its own, whatever page asked first. */
class VerdictsTest {
    private static final List<String> FILES = List.of("index.html", "en/index.html", "en/a/index.html", "en/a/b.html",
            "fr/x/y/index.html", "docs/en/index.html", "caf\u00e9/index.html", "x/index.html", "en/x/index.html",
            "members/amina/index.html", "en/members/amina/index.html", "assets/site.css");
    private static final List<String> REFS = List.of("x/", "../x/", "../../x/", "../../../x/", "../../../../x", "..//x", "../",
            "..", "../..", "../../", "../?q", "../#f", "./x", "../x?q#f", "..\\x", "%2e%2e/x", "../%2e%2e/x", "/x", "/x/",
            "//example.org/docs/x", "https://example.org/docs/y", "https://example.org/docsx", "mailto:a@b", "x#frag", "#f",
            "#main", "?q", "", "../caf%C3%A9/", "../../../en/a/b.html#top", "../../../en/a/b.html#nowhere", "a:b", "1a:b",
            "../../members/amina/", "../../members/amina/#main", "../../../assets/site.css", "/en/x/");

    @Test
    void sharedVerdictsAreThoseOfEachPageAlone() {
        List<String> pages = new ArrayList<>(FILES.subList(0, FILES.size() - 1));
        List<AbsoluteUrl> bases = new ArrayList<>();
        for (String page : pages) bases.add(UrlResolver.fileUrl(page));
        // Bases a <base href> gives: outside the site, with a query, at the root.
        bases.add(new AbsoluteUrl("https", "other.example", "/a/b/", null));
        bases.add(new AbsoluteUrl(UrlResolver.SITE_SCHEME, UrlResolver.SITE_AUTHORITY, "/en/a/", "q=1"));
        bases.add(new AbsoluteUrl(UrlResolver.SITE_SCHEME, UrlResolver.SITE_AUTHORITY, "/", null));
        for (String baseUrl : new String[] {null, "https://example.org/docs"}) {
            UrlResolver resolver = new UrlResolver(baseUrl == null ? null : BaseUrl.parse(baseUrl));
            SiteFiles files = SiteFiles.of(Path.of("/nonexistent"), FILES);
            ParsedPage target = new ParsedPage("en/a/b.html", null, List.of(), Set.of("top-x", "main"), List.of(), null);
            FragmentIndex fragments = new FragmentIndex(Map.of("en/a/b.html", target), files);
            Verdicts shared = new Verdicts(resolver, files, fragments);
            Verdicts alone = new Verdicts(resolver, files, fragments);
            SharedStrings strings = new SharedStrings(64);
            for (int round = 0; round < 2; round++) {
                for (AbsoluteUrl base : bases) {
                    Verdicts.Base b = shared.base(base);
                    for (String ref : REFS) {
                        String raw = strings.intern(ref);
                        Verdicts.Verdict want = alone.compute(base, raw);
                        assertEquals(want, shared.of(b, raw), baseUrl + " " + base + " | " + ref);
                        assertEquals(want, shared.of(b, new String(ref)), "an equal string that is not the shared one");
                    }
                }
                Collections.reverse(bases);
            }
        }
    }

    @Test
    void pagesOfOneFolderLevelShareTheirNavigation() {
        UrlResolver resolver = new UrlResolver(null);
        SiteFiles files = SiteFiles.of(Path.of("/nonexistent"), FILES);
        Verdicts verdicts = new Verdicts(resolver, files, new FragmentIndex(Map.of(), files));
        Verdicts.Verdict a = verdicts.of(verdicts.base(UrlResolver.fileUrl("en/a/index.html")), "../members/amina/");
        Verdicts.Verdict x = verdicts.of(verdicts.base(UrlResolver.fileUrl("en/x/index.html")), "../members/amina/");
        assertEquals("en/members/amina/index.html", a.file);
        assertSame(a, x);
    }
}
