package org.plenary.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits query text into words the way Lucene's standard tokenizer (Unicode UAX #29 word breaks) splits
 * documents, for the cases that matter here; the browser client ({@code search.js}, {@code tokenize}) implements
 * the same rules. A word is a run of letters, marks, digits and {@code _}; an apostrophe ({@code ' ’ ‘}) or a
 * period inside it (between two word characters) does not break it ({@code l'ALAC}, {@code www.icann.org},
 * {@code 3.5}), nor does a comma between digits ({@code 1,000}). Runs of Han, Hiragana and Katakana characters are
 * separate tokens. Everything else separates words.
 */
public final class QueryTokenizer {
    private QueryTokenizer() {
    }

    public static List<QueryToken> tokenize(String s) {
        List<QueryToken> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isCjk(cp)) {
                int start = i;
                while (i < n && isCjk(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
                out.add(new QueryToken(s.substring(start, i), true, start, i));
            } else if (isWord(cp)) {
                int start = i;
                i += Character.charCount(cp);
                while (i < n) {
                    int c = s.codePointAt(i);
                    if (isWord(c)) {
                        i += Character.charCount(c);
                        continue;
                    }
                    if (i + 1 < n && isJoiner(c) && i + Character.charCount(c) < n) {
                        int prev = s.codePointBefore(i);
                        int next = s.codePointAt(i + Character.charCount(c));
                        boolean digits = Character.isDigit(prev) && Character.isDigit(next);
                        if (isWord(next) && (c != ',' || digits)) {
                            i += Character.charCount(c);
                            continue;
                        }
                    }
                    break;
                }
                out.add(new QueryToken(s.substring(start, i), false, start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA;
    }

    static boolean isWord(int cp) {
        if (cp == '_') return true;
        int type = Character.getType(cp);
        return Character.isLetter(cp) && !isCjk(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '.' || cp == ',';
    }
}
