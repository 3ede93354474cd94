package org.plenary.render;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;

/** Dates, numbers, money and name order as readers of one language expect them. */
public final class Localizer {
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final Collator collator;
    private final java.util.concurrent.ConcurrentHashMap<LocalDate, String> dates = new java.util.concurrent.ConcurrentHashMap<>();
    private NumberFormat integers;

    public Localizer(String language) {
        this.locale = locale(language);
        // Dates use the same digits as numbers (see locale(String)).
        DecimalStyle digits = DecimalStyle.of(locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withDecimalStyle(digits);
        Collator c = Collator.getInstance(locale);
        c.setStrength(Collator.SECONDARY);
        this.collator = c;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The formatting locale of a page language: the language with the Western digits 0–9 (Unicode numbering system
     * {@code latn}, BCP 47 extension {@code -u-nu-latn}). A page must use one digit system throughout, and the
     * identifiers, years, meeting numbers, MD5 digests and key strings on it are written in these digits and cannot
     * change, so numbers and dates use them too, in Arabic as in every other language.
     */
    public static Locale locale(String language) {
        return new Locale.Builder().setLocale(Locale.forLanguageTag(language)).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /**
     * The long form of a date ("12 March 2024"). Pages show the same few thousand dates again and again (every listing
     * row has one), and formatting one costs more than looking it up: each is formatted once per language.
     */
    public String date(LocalDate d) {
        return d == null ? "" : dates.computeIfAbsent(d, longDate::format);
    }

    /** Not thread-safe, like the formats it holds: one Localizer per language, used by that language's renderer. */
    public String number(long n) {
        if (integers == null) integers = NumberFormat.getIntegerInstance(locale);
        return integers.format(n);
    }

    public String money(BigDecimal amount, String currency) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            f.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + " " + currency;
        }
        return f.format(amount);
    }

    /** Orders names by the language's collation (accents, scripts), then by the raw string for stability. */
    public Comparator<String> names() {
        return Comparator.<String, String>comparing(s -> s, collator::compare).thenComparing(Comparator.naturalOrder());
    }
}
