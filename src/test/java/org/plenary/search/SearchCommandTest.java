package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.build.TestSite;

/** {@code plenary search} on the shipped sample: the JSON contract, each language, typos, prefixes, phrases, bad input. */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode search(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search", "--root", SampleSite.root().toString(), "--format", "json"));
        all.addAll(List.of(args));
        TestSite.Run r = TestSite.run(all.toArray(String[]::new));
        r.assertNoStackTrace();
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.readTree(r.out());
    }

    static List<String> ids(JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : result.get("results")) out.add(n.get("id").asText() + "/" + n.get("lang").asText());
        return out;
    }

    @Test
    void jsonIsExactlyTheContract() throws Exception {
        JsonNode r = search("travel");
        // SPEC §6's two fields first and unchanged; then the fields added to it (README: Search).
        assertEquals(List.of("results", "facets", "total", "totalWithoutFilters", "corrections", "didYouMean", "tooCommon",
                "relaxed"), names(r));
        assertEquals(r.get("total").asInt(), r.get("totalWithoutFilters").asInt());
        assertTrue(r.get("total").asInt() >= r.get("results").size());
        assertTrue(r.get("results").size() > 0);
        for (JsonNode n : r.get("results")) {
            assertEquals(List.of("id", "url", "title", "lang", "type", "score", "snippet"), names(n));
            assertTrue(n.get("url").asText().startsWith("https://atlarge.example.org/"), n::toString);
            assertTrue(n.get("score").isNumber());
        }
        assertEquals(List.of("type", "year", "region", "lang"), names(r.get("facets")));
        assertTrue(r.get("results").get(0).get("snippet").asText().contains("<mark>"), r::toString);
    }

    @Test
    void aStatementWhoseTitleIsTheQueryComesFirst() throws Exception {
        JsonNode r = search("--lang", "en", "Letter to the ICANN Board on Transparency of Community Travel Support");
        assertEquals("AL-ALAC-ST-1018-01-00-EN", r.get("results").get(0).get("id").asText());
    }

    @Test
    void frenchQueryWithoutAccentsFindsAccentedStatements() throws Exception {
        JsonNode r = search("--lang", "fr", "declarations");
        assertTrue(r.get("results").size() >= 2, r::toString);
        for (JsonNode n : r.get("results")) assertEquals("fr", n.get("lang").asText());
        assertTrue(r.get("results").get(0).get("title").asText().startsWith("Déclaration"), r::toString);
    }

    @Test
    void chineseTwoWordQueryFindsTheGdprStatementFirst() throws Exception {
        JsonNode r = search("数据保护");
        assertEquals("AL-ALAC-ST-0118-01-00-EN", r.get("results").get(0).get("id").asText());
        assertEquals("zh", r.get("results").get(0).get("lang").asText());
        // The same in traditional characters.
        assertEquals(ids(r), ids(search("數據保護")));
    }

    @Test
    void arabicInflectionsFindTheSameWord() throws Exception {
        List<String> a = ids(search("--lang", "ar", "--limit", "50", "المجتمع"));
        List<String> b = ids(search("--lang", "ar", "--limit", "50", "مجتمع"));
        assertFalse(a.isEmpty());
        assertEquals(a, b);
    }

    @Test
    void wordsThatOccurOnlyWithAnElidedArticleAreFoundBare() throws Exception {
        // The French title says "l’examen indépendant": "examen" never occurs alone in the sample.
        JsonNode bare = search("--lang", "fr", "examen");
        assertEquals("AL-ALAC-ST-0317-01-00-EN", bare.get("results").get(0).get("id").asText(), bare::toString);
        assertTrue(bare.get("corrections").isEmpty(), bare::toString); // found, not "corrected"
        assertEquals(ids(bare), ids(search("--lang", "fr", "d'examen"))); // another article, elided the same way
        assertEquals("AL-ALAC-ST-0317-01-00-EN",
                search("--lang", "fr", "\"examen indépendant\"").get("results").get(0).get("id").asText());
    }

    @Test
    void aChineseRunWithAWordNoPageHasShowsThePagesWithSomeOfItsWords() throws Exception {
        // 資料 (Taiwan's word for data) occurs nowhere; 通用, 保护 and 条例 do: the GDPR statement, as for two words.
        JsonNode r = search("--lang", "zh", "通用資料保護條例");
        assertEquals("AL-ALAC-ST-0118-01-00-EN", r.get("results").get(0).get("id").asText(), r::toString);
        assertTrue(r.get("relaxed").asBoolean(), r::toString);
    }

    @Test
    void arabicWordsAreFoundWithoutTheConjunctionOrPrepositionTheyOccurWith() throws Exception {
        // "والشفافية" (and the transparency) occurs; the bare and the article forms do not occur alone.
        List<String> with = ids(search("--lang", "ar", "--limit", "50", "والشفافية"));
        assertFalse(with.isEmpty());
        for (String q : List.of("الشفافية", "شفافية")) {
            JsonNode r = search("--lang", "ar", "--limit", "50", q);
            assertTrue(ids(r).containsAll(with), () -> q + ": " + r);
            assertTrue(r.get("corrections").isEmpty(), r::toString); // not "corrected" to another word
        }
        // A query word with a prefix no page has: looked up without it.
        assertEquals(ids(search("--lang", "ar", "--limit", "50", "السفر")), ids(search("--lang", "ar", "--limit", "50", "للسفر")));
    }

    @Test
    void russianNamesAndInflections() throws Exception {
        JsonNode r = search("--lang", "ru", "Ольга Иванова");
        assertEquals("olga-ivanova", r.get("results").get(0).get("id").asText(), r::toString);
        assertEquals("member", r.get("results").get(0).get("type").asText());
    }

    @Test
    void russianInflectionsAndYoFindTheStatements() throws Exception {
        // The statements say "защиты данных", "защите данных", "отчёту", "отчёта".
        JsonNode r = search("--lang", "ru", "защита данных");
        assertEquals("AL-ALAC-ST-0118-01-00-EN", r.get("results").get(0).get("id").asText(), r::toString);
        List<String> report = ids(search("--lang", "ru", "--limit", "20", "отчет"));
        assertTrue(report.contains("AL-ALAC-ST-0612-01-00-EN/ru") && report.contains("AL-ALAC-ST-0317-01-00-EN/ru"), report::toString);
        assertEquals(report, ids(search("--lang", "ru", "--limit", "20", "отчёт")));
    }

    @Test
    void typoIsCorrected() throws Exception {
        JsonNode r = search("--lang", "en", "travle");
        assertTrue(r.get("results").size() > 0);
        assertTrue(r.get("results").get(0).get("snippet").asText().toLowerCase().contains("<mark>travel"), r::toString);
        TestSite.Run text = TestSite.run("search", "--root", SampleSite.root().toString(), "--lang", "en", "travle");
        assertTrue(text.out().contains("travle → travel"), text::toString);
    }

    @Test
    void whenFiltersRemoveEveryMatchItSaysSoWithoutASuggestion() throws Exception {
        TestSite.Run text = TestSite.run("search", "--root", SampleSite.root().toString(), "--year", "1999", "travel");
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().startsWith("No results for travel with year 1999; "), text::toString);
        assertFalse(text.out().contains("Did you mean"), text::toString);
        JsonNode r = search("--year", "1999", "travel");
        assertEquals(0, r.get("total").asInt());
        assertEquals(search("travel").get("total").asInt(), r.get("totalWithoutFilters").asInt());
        assertTrue(r.get("didYouMean").isNull(), r::toString);
        // A corrected word whose pages the filters remove: the correction is said, then the filters.
        TestSite.Run typo = TestSite.run("search", "--root", SampleSite.root().toString(), "--lang", "en", "--type", "member",
                "transparancy");
        assertTrue(typo.out().contains("transparancy → transparency"), typo::toString);
        assertTrue(typo.out().contains("No results for transparancy with type member; "), typo::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the", "The", "of the", "\"the\""})
    void wordsTooCommonToSearchForAreSaidSoNotCorrected(String query) throws Exception {
        for (List<String> lang : List.of(List.<String>of(), List.of("--lang", "en"))) {
            List<String> args = new ArrayList<>(lang);
            args.add(query);
            JsonNode r = search(args.toArray(String[]::new));
            assertEquals(0, r.get("results").size(), r::toString);
            assertTrue(r.get("tooCommon").size() > 0, r::toString);
            assertEquals(0, r.get("corrections").size(), r::toString);
            assertTrue(r.get("didYouMean").isNull(), r::toString);
            List<String> textArgs = new ArrayList<>(List.of("search", "--root", SampleSite.root().toString()));
            textArgs.addAll(args);
            TestSite.Run text = TestSite.run(textArgs.toArray(String[]::new));
            assertTrue(text.out().contains("too common to search for; add another word."), text::toString);
            assertFalse(text.out().contains("typo tolerance"), text::toString);
        }
    }

    @Test
    void aCommonWordBesideOthersIsLeftOutAndStopWordsOfOtherLanguagesAreNotCorrected() throws Exception {
        assertEquals(ids(search("travel")), ids(search("the travel")));
        // 'un' is a French and Spanish stop word, an English word (UN): searched, never "corrected" into another word.
        JsonNode un = search("--lang", "en", "UN");
        assertEquals(0, un.get("corrections").size(), un::toString);
        assertEquals(0, un.get("tooCommon").size(), un::toString);
        // 'les' is too common in French; in English it is a word, so it is not corrected either.
        JsonNode fr = search("--lang", "fr", "les");
        assertEquals(List.of("les"), List.of(fr.get("tooCommon").get(0).asText()));
        JsonNode en = search("--lang", "en", "les");
        assertEquals(0, en.get("corrections").size(), en::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ICANN80", "coe-2023", "al-alac-st-0317-01-00-en", "GNSO", "amina", "Li Mei", "ALAC"})
    void languageNeutralQueriesShowTheDefaultLanguagesPages(String query) throws Exception {
        JsonNode r = search("--limit", "50", query);
        assertTrue(r.get("results").size() > 0, r::toString);
        for (JsonNode n : r.get("results")) assertEquals("en", n.get("lang").asText(), () -> query + ": " + n);
        // Each entity once, ranked as with --lang en where every result has an English page.
        List<String> en = ids(search("--lang", "en", "--limit", "50", query));
        assertEquals(en, ids(r), query);
    }

    @Test
    void theReadersLanguageIsPreferredWhenGiven() throws Exception {
        try (SearchIndex index = SearchIndex.open(SearchIndexes.location(SampleSite.root()))) {
            SearchResponse fr = index.search(new SearchRequest("ICANN80", null, null, null, null, 10, "fr"));
            assertFalse(fr.results().isEmpty());
            for (SearchResult r : fr.results()) assertEquals("fr", r.lang(), r::toString);
            // A query only Arabic pages match still finds them, whatever the preference.
            SearchResponse ar = index.search(new SearchRequest("المجتمع", null, null, null, null, 10, "fr"));
            assertFalse(ar.results().isEmpty());
            assertEquals("ar", ar.results().get(0).lang());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily allowance", "ICANN80", "GNSO", "amina", "travel", "coe-2023", "privacy"})
    void snippetsAreReadableTextNotIdsOrTopicCodes(String query) throws Exception {
        JsonNode r = search("--limit", "50", query);
        assertTrue(r.get("results").size() > 0, query);
        for (JsonNode n : r.get("results")) {
            String id = n.get("id").asText().toLowerCase(java.util.Locale.ROOT);
            String snippet = n.get("snippet").asText().replace("<mark>", "").replace("</mark>", "").toLowerCase(java.util.Locale.ROOT);
            if (id.contains("-") && !n.get("type").asText().equals("member") && !n.get("type").asText().equals("page")) {
                assertFalse(snippet.contains(id), () -> query + ": the snippet shows the id: " + n);
            }
        }
        // Ids still find their pages.
        assertEquals("coe-2023", search("coe-2023").get("results").get(0).get("id").asText());
    }

    @Test
    void statementSnippetsShowNoTypeOrStatusLabel() throws Exception {
        // A statement's type and status find it ("Correspondence", "Submitted") but are no text to read: the
        // result's meta line shows the type. (A new user saw "… Nadia Mansour Correspondence · Submitted".)
        JsonNode r = search("--lang", "en", "--type", "advice", "--limit", "50", "submitted");
        assertTrue(r.get("results").size() > 0, r::toString);
        for (JsonNode n : r.get("results")) {
            assertFalse(n.get("snippet").asText().contains(" · "), n::toString);
        }
    }

    @Test
    void limitZeroIsAUsageErrorAndJsonErrorsAreJsonOnStdout() throws Exception {
        TestSite.Run text = TestSite.run("search", "--root", SampleSite.root().toString(), "--limit", "0", "travel");
        assertEquals(2, text.exitCode(), text::toString);
        assertTrue(text.err().contains("--limit must be between 1 and 10000"), text::toString);
        for (String[] bad : new String[][] {{"--limit", "0", "travel"}, {"--limit", "x", "travel"}, {"\"travel"},
                {"--lang", "xx", "travel"}}) {
            List<String> args = new ArrayList<>(List.of("search", "--root", SampleSite.root().toString(), "--format", "json"));
            args.addAll(List.of(bad));
            TestSite.Run r = TestSite.run(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals("", r.err(), r::toString);
            JsonNode e = JSON.readTree(r.out());
            assertEquals(List.of("error"), names(e), r::toString);
        }
    }

    @Test
    void lastWordCompletesAsYouType() throws Exception {
        List<String> partial = ids(search("--lang", "en", "transpar"));
        assertFalse(partial.isEmpty());
        assertTrue(partial.contains("AL-ALAC-ST-1018-01-00-EN/en"), partial::toString);
        assertEquals(ids(search("--lang", "en", "trans*")).isEmpty(), false);
    }

    @Test
    void phraseMatchesOnlyWordsInThatOrder() throws Exception {
        JsonNode phrase = search("--lang", "en", "--limit", "100", "\"trademark claims\"");
        JsonNode words = search("--lang", "en", "--limit", "100", "claims trademark");
        assertTrue(phrase.get("results").size() >= 1);
        assertTrue(phrase.get("results").size() <= words.get("results").size());
        assertTrue(ids(phrase).isEmpty() || ids(words).containsAll(ids(phrase)));
    }

    @Test
    void filtersAndFacets() throws Exception {
        JsonNode all = search("--limit", "1000", "ALAC");
        JsonNode members = search("--type", "member", "--limit", "1000", "ALAC");
        for (JsonNode n : members.get("results")) assertEquals("member", n.get("type").asText());
        assertEquals(all.get("facets").get("type").get("member").asInt(), members.get("results").size());
        JsonNode zh = search("--lang", "zh", "--limit", "1000", "ALAC");
        assertEquals(all.get("facets").get("lang").get("zh").asInt(), zh.get("results").size());
        JsonNode year = search("--lang", "en", "--type", "advice", "--year", "2018", "--limit", "1000", "ALAC");
        for (JsonNode n : year.get("results")) assertTrue(n.get("url").asText().contains("/en/advice/"));
        assertNotNull(all.get("facets").get("region").get("afralo"));
    }

    @Test
    void withoutALanguageFilterEachEntityAppearsOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode n : search("--limit", "1000", "ALAC").get("results")) ids.add(n.get("id").asText() + n.get("type").asText());
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unclosed phrase", "*", "a *", "   ", "\"\"", "!! ??"})
    void badQueriesGetOneMessageAndExit2(String q) {
        TestSite.Run r = TestSite.run("search", "--root", SampleSite.root().toString(), q);
        r.assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("plenary search: "), r::toString);
        assertEquals(1, r.err().strip().split("\n").length, r::toString);
    }

    @Test
    void tenThousandCharactersAreRefused() {
        TestSite.Run r = TestSite.run("search", "--root", SampleSite.root().toString(), "x".repeat(10_000));
        r.assertNoStackTrace();
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("query too long (10,000 characters"), r::toString);
    }

    @Test
    void unknownLanguageOrTypeIsAUsageError() {
        TestSite.Run r = TestSite.run("search", "--root", SampleSite.root().toString(), "--lang", "de", "travel");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown language 'de'; this site is in en, fr"), r::toString);
        r = TestSite.run("search", "--root", SampleSite.root().toString(), "--type", "statement", "travel");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown type 'statement'; use one of advice, member"), r::toString);
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
