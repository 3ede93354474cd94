package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.plenary.search.analysis.ChineseConversion;
import org.plenary.search.analysis.Clitics;
import org.plenary.search.analysis.Folding;
import org.plenary.search.analysis.LanguageAnalyzer;

/** Each language's analyzer: folding, stop words, stemming, Arabic normalization, Chinese segmentation and conversion. */
class AnalysisTest {

    static List<String> terms(String lang, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer a = new LanguageAnalyzer(lang); TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    /** The UTF-8 bytes the analyzer hands the index with each token are Lucene's encoding of the term. */
    @Test
    void termBytesAreTheTermAsLuceneEncodesIt() throws IOException {
        String[][] texts = {{"en", "The committee's reports, reported; ICANN's review"}, {"fr", "L'examen des données été"},
            {"zh", "互联网域名注册管理機構的透明度 ICANN 2024"}, {"ar", "والشفافية للسفر"}, {"ru", "отчёт Отчет"},
            {"en", "odd \uD800 surrogate"}};
        for (String[] t : texts) {
            try (Analyzer a = new LanguageAnalyzer(t[0]); TokenStream ts = a.tokenStream("f", t[1])) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                org.apache.lucene.analysis.tokenattributes.BytesTermAttribute bytes =
                        ts.addAttribute(org.apache.lucene.analysis.tokenattributes.BytesTermAttribute.class);
                ts.reset();
                int n = 0;
                while (ts.incrementToken()) {
                    assertEquals(new org.apache.lucene.util.BytesRef(term), bytes.getBytesRef(), t[0] + ": " + term);
                    n++;
                }
                ts.end();
                assertTrue(n > 0, t[1]);
            }
        }
    }

    @Test
    void cliticVariantsAreWhatTheAnalyzerTakesOffAndGiveTheSameTerm() throws IOException {
        assertEquals(List.of("examen"), Clitics.variants("fr", "l'examen"));
        assertEquals(List.of("exactitude"), Clitics.variants("fr-CA", "d'exactitude"));
        assertEquals(List.of("icann"), Clitics.variants("en", "icann's"));
        assertEquals(List.of("شفافيه", "الشفافيه"), Clitics.variants("ar", Folding.fold("والشفافية")));
        assertEquals(List.of("سفر", "السفر"), Clitics.variants("ar", "للسفر"));
        assertEquals(List.of(), Clitics.variants("ar", "ول")); // too short to be a prefix and a word
        assertEquals(List.of(), Clitics.variants("ru", "отчет"));
        // Each variant is, to the analyzer, the same word as the form it comes from.
        for (String[] c : new String[][] {{"fr", "l'examen"}, {"ar", "والشفافية"}, {"ar", "للسفر"}, {"en", "ICANN's"}}) {
            for (String v : Clitics.variants(c[0], Folding.fold(c[1]))) {
                assertEquals(terms(c[0], c[1]), terms(c[0], v), c[1] + " / " + v);
            }
        }
    }

    @Test
    void foldingRemovesCaseAndAccentsButKeepsLettersThatMatter() {
        assertEquals("declarations", Folding.fold("Déclarations"));
        assertEquals("senor", Folding.fold("SEÑOR"));
        assertEquals("отчет", Folding.fold("Отчёт"));
        assertEquals("мой", Folding.fold("Мой"), "й is a letter of its own in Russian, not и with a mark");
        assertEquals("l'alac", Folding.fold("l’ALAC"), "typographic apostrophe");
        assertEquals("fi", Folding.fold("ﬁ"), "compatibility ligature");
        assertEquals("المجتمع", Folding.fold("المُجْتَمَع"), "Arabic harakat");
        assertEquals("احمد", Folding.fold("أحمد"), "alef with hamza");
        assertEquals("مدرسه", Folding.fold("مدرسة"), "teh marbuta");
        assertEquals("alac", Folding.fold("ＡＬＡＣ"), "full-width letters");
    }

    @Test
    void englishStemsAndDropsStopWordsAndPossessives() throws IOException {
        assertEquals(List.of("travel", "support", "recipi"), terms("en", "The travel supports of the recipients"));
        assertEquals(terms("en", "declaration"), terms("en", "Declarations"));
        assertEquals(List.of("icann"), terms("en", "ICANN's"));
    }

    @Test
    void frenchElidesFoldsAndStems() throws IOException {
        assertEquals(terms("fr", "déclarations"), terms("fr", "declaration"));
        assertEquals(List.of("alac"), terms("fr", "l’ALAC"));
        assertEquals(List.of("alac"), terms("fr", "de l'ALAC"));
    }

    @Test
    void spanishAndPortugueseStemPlurals() throws IOException {
        assertEquals(terms("es", "recomendación"), terms("es", "recomendaciones"));
        assertEquals(terms("pt", "recomendação"), terms("pt", "recomendações"));
        assertNotEquals(List.of(), terms("es", "política"));
    }

    @Test
    void russianStemsInflectionsAndFoldsYo() throws IOException {
        assertEquals(terms("ru", "отчет"), terms("ru", "отчёт"));
        assertEquals(terms("ru", "отчёт"), terms("ru", "отчёта"));
        assertEquals(terms("ru", "заявление"), terms("ru", "заявления"));
        assertTrue(terms("ru", "и в на").isEmpty(), "stop words");
    }

    @Test
    void arabicNormalizesAndStripsPrefixesAndSuffixes() throws IOException {
        assertEquals(terms("ar", "مجتمع"), terms("ar", "والمجتمع"));
        assertEquals(terms("ar", "مجتمع"), terms("ar", "المجتمع"));
        assertEquals(terms("ar", "توصية"), terms("ar", "التوصيات"));
        assertEquals(terms("ar", "أحمد"), terms("ar", "احمد"));
    }

    @Test
    void chineseIsSegmentedIntoWordsAndTraditionalBecomesSimplified() throws IOException {
        assertEquals(List.of("数据", "保护"), terms("zh", "数据保护"));
        assertEquals(terms("zh", "数据保护"), terms("zh", "數據保護"));
        assertEquals(List.of("个人"), terms("zh", "個人"));
        assertEquals(List.of("alac", "声明"), terms("zh", "ALAC 声明。"), "punctuation is a stop word, Latin words are folded");
        assertTrue(ChineseConversion.table().size() > 2000, "ICU's table, not a hand-kept one: " + ChineseConversion.table().size());
        assertEquals("个人资料", ChineseConversion.simplify("個人資料"));
    }

    @Test
    void otherLanguagesAreFoldedAndTokenized() throws IOException {
        assertEquals(List.of("uber", "strasse"), terms("sv", "Über strasse"));
    }
}
