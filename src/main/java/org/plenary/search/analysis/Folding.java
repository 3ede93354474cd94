package org.plenary.search.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Case and accent folding of one word, the first step of every analyzer and the key of the search lexicon.
 * The browser's search client implements the same function ({@code templates/static/js/search.js},
 * {@code fold}); both must change together.
 *
 * <p>In: any string. Out: NFKC compatibility forms, lower case (Unicode default, locale independent), then:
 * <ul>
 *   <li>Latin and Greek letters lose their diacritics ({@code déclarations} → {@code declarations});</li>
 *   <li>Cyrillic {@code ё} becomes {@code е} ({@code отчёт} → {@code отчет}), other Cyrillic letters keep their
 *       marks ({@code й} stays);</li>
 *   <li>Arabic loses harakat, hamza marks (U+064B–U+065F, U+0670) and tatweel; alef maksura becomes yeh and teh
 *       marbuta becomes heh, as Lucene's {@code ArabicNormalizer} does;</li>
 *   <li>typographic apostrophes (U+2018, U+2019, U+02BC) become {@code '}.</li>
 * </ul>
 * The result is in NFC. Folding never changes where words break, so it may run after tokenization.
 */
public final class Folding {
    private Folding() {
    }

    public static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = Normalizer.normalize(t, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(t.length());
        int base = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (dropMark(cp, base)) continue;
                out.appendCodePoint(cp);
                continue;
            }
            base = cp;
            switch (cp) {
                case 0x0640 -> { } // tatweel
                case 0x0649 -> out.append('\u064A');
                case 0x0629 -> out.append('\u0647');
                case 0x2018, 0x2019, 0x02BC -> out.append('\'');
                default -> out.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean dropMark(int mark, int base) {
        if ((mark >= 0x064B && mark <= 0x065F) || mark == 0x0670) return true;
        if (mark >= 0x0300 && mark <= 0x036F) {
            Character.UnicodeScript script = Character.UnicodeScript.of(base);
            if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK) return true;
            return mark == 0x0308 && base == 0x0435; // ё → е
        }
        return false;
    }
}
