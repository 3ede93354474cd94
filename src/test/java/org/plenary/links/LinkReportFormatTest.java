package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkReportFormatTest {
    private final LinkReport report = new LinkReport(3, 41,
            List.of(new BrokenLink("en/index.html", "#nope", "no element with id or name \"nope\" in en/index.html"),
                    new BrokenLink("en/index.html", "missing.html", "not found: en/missing.html"),
                    new BrokenLink("fr/index.html", "../x/", "not found: x/")),
            List.of(new LinkNote("en/index.html", "https://a.example/", "redirects to https://b.example/ (301)")), 2);

    @Test
    void textGroupsByPageWithCountsAndEndsWithTheSummary() {
        assertEquals("""
                en/index.html: 2 broken
                  #nope
                      no element with id or name "nope" in en/index.html
                  missing.html
                      not found: en/missing.html
                fr/index.html: 1 broken
                  ../x/
                      not found: x/

                notes:
                  en/index.html: https://a.example/ redirects to https://b.example/ (301)

                2 external links not checked
                checked 3 pages, 41 links: 3 broken
                """, LinkReportFormat.text(report));
    }

    @Test
    void aCleanReportIsJustTheSummary() {
        LinkReport clean = new LinkReport(1, 1, List.of(), List.of(), 0);
        assertEquals("checked 1 page, 1 link: 0 broken\n", LinkReportFormat.text(clean));
        assertEquals("checked 1 page, 1 link: 0 broken", LinkReportFormat.summary(clean));
    }

    @Test
    void jsonIsTheStableContract() throws Exception {
        JsonNode json = new ObjectMapper().readTree(LinkReportFormat.json(report));
        assertEquals(List.of("pages", "links", "broken", "notes", "unchecked"), iterable(json.fieldNames()));
        assertEquals(3, json.get("pages").asInt());
        assertEquals(41, json.get("links").asInt());
        assertEquals(3, json.get("broken").size());
        JsonNode first = json.get("broken").get(0);
        assertEquals(List.of("page", "href", "reason"), iterable(first.fieldNames()));
        assertEquals("en/index.html", first.get("page").asText());
        assertEquals("#nope", first.get("href").asText());
        assertEquals("redirects to https://b.example/ (301)", json.get("notes").get(0).get("message").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
