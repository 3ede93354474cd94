package org.plenary.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import org.plenary.identity.Reads;
import org.plenary.theme.Theme;

/**
 * The theme's interface strings for one language ({@code templates/i18n/<lang>.properties}, UTF-8, a site's own file
 * over the built-in one), falling back key by key to English so a half-translated language still renders.
 */
public final class UiStrings {
    private final String language;
    private final Map<String, String> strings;
    private final Map<String, String> fallback;
    private final ULocale locale;
    /** What a page that shows one of these strings read (noted on every lookup: made once, not per lookup). */
    private final String identity;
    private static final String FALLBACK_IDENTITY = Theme.stringsIdentity("en");
    /**
     * Each thread's parsed patterns, by key: making a {@code MessageFormat} parses the pattern and builds the
     * locale's number symbols, which cost more than formatting (several per page); one is not safe to share. ICU4J's
     * MessageFormat, not the JDK's: numbers in messages are written with ICU's CLDR, as {@link Localizer} writes them.
     */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(java.util.HashMap::new);

    private UiStrings(String language, Map<String, String> strings, Map<String, String> fallback) {
        this.language = language;
        this.strings = strings;
        this.fallback = fallback;
        this.locale = Localizer.locale(language); // same digits as the page's numbers and dates
        this.identity = Theme.stringsIdentity(language);
    }

    /** The built-in theme's strings (tests and tools); a site's build uses {@link #load(String, Theme)}. */
    public static UiStrings load(String language) {
        return load(language, Theme.builtIn());
    }

    /** A language's strings from a theme (the site's own file over the built-in one), falling back to English. */
    public static UiStrings load(String language, Theme theme) {
        Map<String, String> en = theme.strings("en");
        Map<String, String> own = language.equals("en") ? en : theme.strings(language);
        return new UiStrings(language, own, en);
    }

    /** The built-in file of one language, key by key (empty when the theme has none). */
    static Map<String, String> read(String language) {
        return Theme.builtIn().strings(language);
    }

    public String language() {
        return language;
    }

    /** The string for a key; a missing key shows as the key itself so it is noticed, never as an exception. */
    public String get(String key) {
        noteRead();
        String v = strings.get(key);
        if (v == null) v = fallback.get(key);
        return v == null ? key : v;
    }

    /**
     * A string with {@code {0}}-style arguments, formatted for this language: numbers as {@link Localizer} writes
     * them (Western digits, the language's grouping), strings as they are. An apostrophe in a string is a plain
     * apostrophe ({@code l'avis}), never a quote.
     */
    public String format(String key, Object... args) {
        String pattern = get(key);
        return formats.get().computeIfAbsent(key, k -> new MessageFormat(pattern.replace("'", "''"), locale)).format(args);
    }

    public boolean has(String key) {
        noteRead();
        return strings.containsKey(key);
    }

    /** A page that shows a string depends on this language's file and on the English one it falls back to. */
    private void noteRead() {
        Reads.note(identity);
        Reads.note(FALLBACK_IDENTITY);
    }
}
