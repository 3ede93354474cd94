package org.plenary.search.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Traditional → Simplified Chinese, one character at a time, from ICU4J's {@code Traditional-Simplified}
 * transliterator (Unihan data): the table is derived from ICU at first use, never kept by hand. A character is
 * mapped when ICU turns it alone into a different single character; longer rewrites are left out so that the
 * conversion keeps text offsets and can be replayed in the browser with a plain character table.
 */
public final class ChineseConversion {
    private static volatile Map<Integer, Integer> table;
    private static volatile NormalizeCharMap charMap;

    private ChineseConversion() {
    }

    /** Traditional code point → simplified code point, for every BMP ideograph ICU simplifies. */
    public static Map<Integer, Integer> table() {
        Map<Integer, Integer> t = table;
        if (t == null) {
            synchronized (ChineseConversion.class) {
                if (table == null) table = build();
                t = table;
            }
        }
        return t;
    }

    private static Map<Integer, Integer> build() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        Map<Integer, Integer> map = new TreeMap<>();
        // Only the characters the transliterator can change (its source set), not every ideograph.
        com.ibm.icu.text.UnicodeSet source = t2s.getSourceSet();
        for (com.ibm.icu.text.UnicodeSetIterator it = new com.ibm.icu.text.UnicodeSetIterator(source); it.nextRange(); ) {
            if (it.codepoint == com.ibm.icu.text.UnicodeSetIterator.IS_STRING) continue;
            for (int cp = it.codepoint; cp <= it.codepointEnd; cp++) {
                if (cp > 0xFFFF || !Character.isIdeographic(cp)) continue;
                String in = new String(Character.toChars(cp));
                String out = t2s.transliterate(in);
                if (!out.equals(in) && out.codePointCount(0, out.length()) == 1) {
                    int to = out.codePointAt(0);
                    if (Character.charCount(to) == Character.charCount(cp)) map.put(cp, to);
                }
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The table as a Lucene char map, for a {@code MappingCharFilter} in front of the Chinese tokenizer. */
    public static NormalizeCharMap charMap() {
        NormalizeCharMap m = charMap;
        if (m == null) {
            synchronized (ChineseConversion.class) {
                if (charMap == null) {
                    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
                    table().forEach((from, to) -> b.add(new String(Character.toChars(from)), new String(Character.toChars(to))));
                    charMap = b.build();
                }
                m = charMap;
            }
        }
        return m;
    }

    /** Converts a string with the table (same result as the charMap filter). */
    public static String simplify(String s) {
        Map<Integer, Integer> t = table();
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(t.getOrDefault(cp, cp)));
        return b.toString();
    }
}
