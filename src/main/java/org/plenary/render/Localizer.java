package org.plenary.render;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates, numbers, money, country names and name order as readers of one language expect them.
 *
 * <p>All of it comes from ICU4J's copy of CLDR (the version pinned in {@code pom.xml}), never from the JVM's own
 * locale data: the same input gives the same pages on every JVM (Java 17's CLDR writes "Turkey" where CLDR 48 writes
 * "Türkiye", and formats Russian dates and Arabic money differently). Safe to share between threads: the site is
 * rendered in parallel, and every thread of a language uses that language's one Localizer.
 */
public final class Localizer {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final ULocale locale;
    /** ICU's date formats are not thread-safe: used only while holding its lock, and only once per date (below). */
    private final DateFormat longDate;
    /** Frozen, hence thread-safe. */
    private final Collator collator;
    private final LocaleDisplayNames displayNames;
    /** Immutable, hence thread-safe. */
    private final LocalizedNumberFormatter integers;
    private final Map<LocalDate, String> dates = new ConcurrentHashMap<>();
    private final Map<String, String> countries = new ConcurrentHashMap<>();
    /** Each currency's format (an immutable formatter), or {@link #UNKNOWN_CURRENCY}. */
    private final Map<String, Object> currencies = new ConcurrentHashMap<>();
    private static final Object UNKNOWN_CURRENCY = new Object();

    /** @param language a page language's BCP 47 tag ({@code en}, {@code pt-BR}) */
    public Localizer(String language) {
        this.locale = locale(language);
        // Gregorian always (as ISO dates are), even where CLDR's default calendar is another (th: Buddhist, fa:
        // Persian), proleptic so that no date jumps at the 1582 switch; in UTC, where a LocalDate's midnight is.
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        // The locale's numbering system (latn) gives dates the same digits as numbers (see locale(String)).
        this.longDate = DateFormat.getDateInstance(calendar, DateFormat.LONG, locale);
        Collator c = Collator.getInstance(locale);
        c.setStrength(Collator.SECONDARY);
        this.collator = c.freeze();
        this.displayNames = LocaleDisplayNames.getInstance(locale);
        this.integers = ((DecimalFormat) NumberFormat.getIntegerInstance(locale)).toNumberFormatter();
    }

    /** The formatting locale of this language ({@link #locale(String)}). */
    public ULocale locale() {
        return locale;
    }

    /**
     * The formatting locale of a page language: the language with the Western digits 0–9 (Unicode numbering system
     * {@code latn}, BCP 47 extension {@code -u-nu-latn}). A page must use one digit system throughout, and the
     * identifiers, years, meeting numbers, MD5 digests and key strings on it are written in these digits and cannot
     * change, so numbers and dates use them too, in Arabic as in every other language.
     *
     * @param language a BCP 47 tag ({@code ar}); the result is that tag with {@code -u-nu-latn} ({@code ar-u-nu-latn})
     */
    public static ULocale locale(String language) {
        return new ULocale.Builder().setLocale(ULocale.forLanguageTag(language)).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /**
     * The long form of a date ("March 12, 2024" in English, "12 mars 2024" in French); "" for null. Pages show the
     * same few thousand dates again and again (every listing row has one), and formatting one costs more than looking
     * it up: each is formatted once per language.
     */
    public String date(LocalDate d) {
        return d == null ? "" : dates.computeIfAbsent(d, this::formatDate);
    }

    private String formatDate(LocalDate d) {
        Date at = new Date(Math.multiplyExact(d.toEpochDay(), MILLIS_PER_DAY)); // midnight UTC, the calendar's zone
        synchronized (longDate) {
            return longDate.format(at);
        }
    }

    /** A whole number with the language's digit grouping ("12,345" in English, "12 345" in French). */
    public String number(long n) {
        return integers.format(n).toString();
    }

    /**
     * An amount of money in the language's way of writing it ("$83,551.24" in English, "83 551,24 $US" in French),
     * with the currency's usual number of decimals. A code ICU does not know as an ISO 4217 currency is written
     * after the plain amount ("12.50 XYZ").
     *
     * @param currency an ISO 4217 code, upper case ({@code USD})
     */
    public String money(BigDecimal amount, String currency) {
        Object f = currencies.computeIfAbsent(currency, this::currencyFormat);
        if (f == UNKNOWN_CURRENCY) return amount.toPlainString() + " " + currency;
        return ((LocalizedNumberFormatter) f).format(amount).toString();
    }

    private Object currencyFormat(String code) {
        if (!code.matches("[A-Z]{3}") || !Currency.isAvailable(code, null, null)) return UNKNOWN_CURRENCY;
        DecimalFormat f = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(code));
        return f.toNumberFormatter();
    }

    /**
     * The name of a country or region in this language ("Türkiye", "Turquie") from its ISO 3166-1 alpha-2 code;
     * "" for null, the code itself for one CLDR has no name for.
     */
    public String country(String code) {
        if (code == null || code.isBlank()) return "";
        return countries.computeIfAbsent(code, c -> {
            synchronized (displayNames) { // made for one thread at a time; looked up once per code
                String name = displayNames.regionDisplayName(c);
                return name == null || name.isBlank() ? c : name;
            }
        });
    }

    /** Orders names by the language's collation (accents, scripts), then by the raw string for stability. */
    public Comparator<String> names() {
        return Comparator.<String, String>comparing(s -> s, collator::compare).thenComparing(Comparator.naturalOrder());
    }
}
