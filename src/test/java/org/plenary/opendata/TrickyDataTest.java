package org.plenary.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@code opendata/tricky} fixture: names and notes with commas, quotes, newlines and leading spaces; an
 * aggregate-only penholder and traveller; two currencies; a repeated travel record; a stratified draw; no
 * base URL.
 */
class TrickyDataTest {
    private final Sites.Written site = Sites.written(Sites.TRICKY);

    private Map<String, Map<String, String>> byId(String file) {
        return site.csv(file).stream().collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
    }

    @Test
    void awkwardTextRoundTripsThroughCsv() {
        Map<String, Map<String, String>> members = byId("members.csv");
        assertEquals("Seán \"Jack\" O'Brien, Jr.", members.get("sean-obrien").get("name"));
        assertEquals("OBrien, Sean", members.get("sean-obrien").get("sort_name"));
        assertEquals("Users' Forum,\nDublin", members.get("sean-obrien").get("affiliation"));
        assertEquals(" Lena Leading-Space", members.get("lena").get("name"), "a leading space survives");
        assertEquals("Doe, Jane", members.get("users-inc").get("representative"));
        assertEquals("organization", members.get("users-inc").get("kind"));
        assertTrue(site.read("members.csv").contains("\"Seán \"\"Jack\"\" O'Brien, Jr.\""));

        Map<String, String> fellowship = byId("programmes.csv").get("fellowship");
        assertEquals("Line one,\nline \"two\".", fellowship.get("description"));
        assertEquals("Apply online:\r\n1. fill in the form\n2. wait", fellowship.get("how_to_apply"));

        Map<String, String> advice = byId("advice.csv").get("AL-TRICKY-01");
        assertEquals("Statement on \"variants\", bundling, and more", advice.get("title"));
        assertEquals("Two lines:\nthe second one.", advice.get("summary"));
        assertEquals("idn end-user-rights", advice.get("topics"));
    }

    @Test
    void aggregateOnlyPeopleAreCountedNeverNamed() {
        for (String f : site.files()) {
            String text = site.read(f);
            assertFalse(text.contains("CANARY"), f);
            assertFalse(text.contains("secret-person"), f);
        }
        Map<String, String> advice = byId("advice.csv").get("AL-TRICKY-01");
        assertEquals("sean-obrien", advice.get("penholders"));
        assertEquals("1", advice.get("penholders_unnamed"));
        assertEquals(List.of("lena", "sean-obrien", "users-inc"), site.csv("members.csv").stream().map(r -> r.get("id")).toList());
    }

    @Test
    void repeatedRecordsGetDistinctIdsAndTotalsKeepEveryCurrency() {
        List<Map<String, String>> travel = site.csv("travel.csv");
        assertEquals(List.of("icann80-sean-obrien-fellowship", "icann80-sean-obrien-fellowship-2", "icann80-users-inc-leaders",
                "icann81-lena-leaders"), travel.stream().map(r -> r.get("id")).toList());
        assertEquals("Visa refused,\nre-applied", travel.get(0).get("note"));
        assertEquals("2785.60", travel.get(1).get("cost_amount"), "2785.6 is written with cents");
        assertEquals("EUR", travel.get(1).get("cost_currency"));
        assertEquals("Said \"no\", thanks", travel.get(3).get("note"));

        List<Map<String, String>> totals = site.csv("travel-totals.csv");
        assertEquals(List.of("meeting", "programme", "applications_received", "records", "funded", "funded_unnamed", "declined",
                "withdrawn", "cancelled", "cost_eur", "cost_usd"), CsvReader.header(site.read("travel-totals.csv")));
        Map<String, String> f80 = totals.get(0);
        assertEquals(List.of("ICANN80", "fellowship", "17", "3", "2", "1", "0", "0", "1", "3785.70", ""), List.copyOf(f80.values()));
        Map<String, String> l80 = totals.get(1);
        assertEquals("3650.40", l80.get("cost_usd"), "3150.40 named + 500 unnamed");
        assertEquals("1", l80.get("funded_unnamed"));
        Map<String, String> f81 = totals.get(2);
        assertEquals(List.of("ICANN81", "fellowship", "9", "0", "0", "0"), List.copyOf(f81.values()).subList(0, 6),
                "applications without any record still make a row");
    }

    @Test
    void aStratifiedDrawKeepsItsPoolsAndRunningIndex() {
        JsonNode d = site.json("draws/panel-2024.json");
        assertTrue(d.get("stratified").asBoolean());
        assertEquals("3.12.45./11.308/", d.get("key").asText());
        assertEquals("Africa, north", d.at("/pools/0/name").asText());
        assertEquals(List.of("lena"), OpenDataWriterTest.list(d.at("/result/Africa, north")));
        assertEquals(List.of("sean-obrien"), OpenDataWriterTest.list(d.at("/result/Europe")));
        assertEquals(List.of("12", "3", "45"), OpenDataWriterTest.list(d.at("/sources/0/values")), "values as written");
        assertEquals("11.3080", d.at("/sources/1/values/0").asText());
        assertEquals(49, d.at("/sources/0/range/max").asInt());
        assertEquals("https://example.org/lotto?a=1&b=2", d.at("/sources/0/url").asText());
        assertEquals(List.of(0, 1), List.of(d.at("/steps/0/index").asInt(), d.at("/steps/1/index").asInt()));
        assertEquals("Europe", d.at("/steps/1/pool").asText());
        Map<String, String> row = site.csv("draws.csv").get(0);
        assertEquals("lena sean-obrien", row.get("result"));
        assertEquals("2", row.get("pool_count"));
        assertEquals("Panel, \"stratified\"", row.get("title"));
        assertEquals("Pools in listed order;\nindex runs on.", row.get("note"));
    }

    @Test
    void withoutABaseUrlAddressesAreSiteAbsolute() {
        assertEquals("/en/members/lena/", byId("members.csv").get("lena").get("profile_url"));
        assertEquals("/data/draws/panel-2024.json", site.csv("draws.csv").get(0).get("json_url"));
        assertFalse(site.json("members.csv-metadata.json").has("dc:source"));
        JsonNode ld = DataPageTest.jsonLd(site.read("index.html"));
        assertEquals("members.csv", ld.at("/dataset/0/distribution/0/contentUrl").asText());
    }

    @Test
    void translationsFollowTheSiteLanguageOrder() {
        JsonNode rec = site.json("advice.json").get("records").get(0);
        assertEquals(List.of("en", "fr"), iterable(rec.at("/translations/title").fieldNames()));
        JsonNode plain = site.json("advice.json").get("records").get(1);
        assertEquals(List.of("fr"), OpenDataWriterTest.list(plain.get("languages")), "an inline body counts");
        assertEquals("Bourse, nouveaux venus", site.json("programmes.json").at("/records/0/translations/name/fr").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
