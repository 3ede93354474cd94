package org.plenary.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Pages write dates, numbers, money, country names and name order with ICU4J's CLDR (the version pinned in pom.xml,
 * CLDR 48 in ICU4J 78), never with the JVM's: the same input gives the same site on Java 17 and Java 25. Each
 * expectation below is one the JDK's own data gets wrong on some JDK (Java 17's CLDR 39 writes "Turkey", "12 марта
 * 2024 г." with a plain space, "US$ 83,551.24" in Arabic, and its collators put Latin before every other script).
 */
class LocalizerTest {
    private static final LocalDate MARCH_12 = LocalDate.of(2024, 3, 12);

    @Test
    void countryNamesAreCldrs() {
        assertEquals("Türkiye", new Localizer("en").country("TR"));
        assertEquals("Turquie", new Localizer("fr").country("TR"));
        assertEquals("Турция", new Localizer("ru").country("TR"));
        assertEquals("", new Localizer("en").country(null));
    }

    @Test
    void datesAreCldrsInWesternDigits() {
        assertEquals("March 12, 2024", new Localizer("en").date(MARCH_12));
        assertEquals("12 марта 2024\u202Fг.", new Localizer("ru").date(MARCH_12)); // a narrow no-break space
        assertEquals("12 مارس 2024", new Localizer("ar").date(MARCH_12)); // 0-9, not ٠-٩ (Localizer.locale)
        assertEquals("2024年3月12日", new Localizer("zh").date(MARCH_12));
        assertEquals("", new Localizer("en").date(null));
    }

    @Test
    void datesAreGregorianWhateverTheLanguagesCalendar() {
        assertEquals("12 มีนาคม ค.ศ. 2024", new Localizer("th").date(MARCH_12)); // AD 2024, not the Buddhist 2567
        assertEquals("1 January 1000", new Localizer("en-GB").date(LocalDate.of(1000, 1, 1))); // proleptic, as ISO
    }

    @Test
    void moneyIsCldrs() {
        BigDecimal amount = new BigDecimal("83551.24");
        assertEquals("$83,551.24", new Localizer("en").money(amount, "USD"));
        assertEquals("\u200F83,551.24\u00A0US$", new Localizer("ar").money(amount, "USD"));
        assertEquals("83\u202F551,24\u00A0$US", new Localizer("fr").money(amount, "USD"));
        assertEquals("83\u00A0551,24\u00A0$", new Localizer("ru").money(amount, "USD"));
        assertEquals("¥83,551", new Localizer("en").money(amount, "JPY"), "the currency's own decimals");
        assertEquals("12.50 XYZ", new Localizer("en").money(new BigDecimal("12.50"), "XYZ"), "no such currency");
    }

    @Test
    void numbersAreCldrsInWesternDigits() {
        assertEquals("1,234,567", new Localizer("en").number(1_234_567));
        assertEquals("1,234,567", new Localizer("ar").number(1_234_567));
        assertEquals("1\u202F234\u202F567", new Localizer("fr").number(1_234_567));
        assertEquals("1.234", new Localizer("es").number(1_234));
    }

    @Test
    void namesInTheLanguagesCollation() {
        List<String> names = List.of("Anna", "Émile", "Ольга", "张伟", "李梅", "Eve");
        assertEquals(List.of("Anna", "Émile", "Eve", "Ольга", "张伟", "李梅"), sorted(names, "en")); // Han: root order
        assertEquals(List.of("Ольга", "Anna", "Émile", "Eve", "张伟", "李梅"), sorted(names, "ru"), "Cyrillic first");
        assertEquals(List.of("李梅", "张伟", "Anna", "Émile", "Eve", "Ольга"), sorted(names, "zh"), "Han first, by pinyin");
    }

    @Test
    void uiStringsFormatNumbersAsPagesDo() {
        assertEquals(UiStrings.load("ar").format("draws.seatsOf", 2, 12345),
                UiStrings.load("ar").format("draws.seatsOf", "2", new Localizer("ar").number(12345)));
        assertTrue(UiStrings.load("ar").format("draws.seatsOf", 2, 12345).contains("12,345"), "Western digits");
    }

    @Test
    void theDefaultLocaleDoesNotLeak() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("Türkiye", new Localizer("en").country("TR"));
            assertEquals("March 12, 2024", new Localizer("en").date(MARCH_12));
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** One Localizer serves every rendering thread of its language, though ICU's date formats are not thread-safe. */
    @Test
    void sharedBetweenThreads() throws Exception {
        Localizer shared = new Localizer("ru");
        Localizer alone = new Localizer("ru");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < 3000; i++) {
                        LocalDate d = MARCH_12.plusDays((i * 7L + offset * 11L) % 3000);
                        out.add(d + " " + shared.date(d) + " " + shared.number(i * 1001L) + " "
                                + shared.money(new BigDecimal(i).movePointLeft(2), i % 2 == 0 ? "USD" : "EUR"));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> r : runs) {
                for (String line : r.get()) {
                    String[] p = line.split(" ", 2);
                    assertTrue(p[1].startsWith(alone.date(LocalDate.parse(p[0])) + " "), line);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> sorted(List<String> names, String language) {
        List<String> out = new ArrayList<>(names);
        out.sort(new Localizer(language).names());
        return out;
    }
}
