package org.plenary.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.plenary.output.XmlText;
import org.plenary.search.analysis.ChineseConversion;
import org.plenary.search.analysis.Folding;

/**
 * A short passage of a page's text around the words that matched, for a result list. A word is marked when the
 * search lexicon maps its folded form to a term the query used: the same surface form → term mapping that matching
 * uses, so the marks are the words that made the page match (Arabic {@code السفر} and {@code ودعمها} for
 * {@code دعم سفر}); a run of Chinese characters (converted to simplified for a segmenting language) is marked where a
 * Chinese term of the query occurs in it. The browser client marks the same words ({@code search.js},
 * {@code snippet}, with each term's forms shipped beside its postings). The passage is the window of about
 * {@value #WIDTH} characters (half for Chinese) holding the most distinct matched terms, widened to word boundaries;
 * the page's first lines when nothing matches. Out: HTML-escaped text, matches in {@code <mark>} (adjacent matches
 * in one), {@code …} where the text was cut.
 */
public final class Snippets {
    public static final int WIDTH = 180;

    private Snippets() {
    }

    private record Hit(int start, int end, String term) {
    }

    /**
     * @param terms    the query's terms in this language, in plan order (the order decides between overlapping
     *                 Chinese matches, as in the browser)
     * @param segments whether the language is segmented (Chinese: half width, runs converted to simplified)
     */
    public static String of(String text, Lexicon lexicon, java.util.LinkedHashSet<String> terms, boolean segments) {
        String flat = text.replace('\n', ' ');
        int width = segments ? WIDTH / 2 : WIDTH;
        List<Hit> hits = new ArrayList<>();
        if (!terms.isEmpty()) {
            for (QueryToken t : QueryTokenizer.tokenize(flat)) {
                if (t.han()) {
                    String run = segments ? ChineseConversion.simplify(t.text()) : t.text();
                    for (String term : terms) {
                        if (term.codePoints().noneMatch(QueryTokenizer::isCjk)) continue;
                        for (int k = run.indexOf(term); k >= 0; k = run.indexOf(term, k + term.length())) {
                            hits.add(new Hit(t.start() + k, t.start() + k + term.length(), term));
                        }
                    }
                    continue;
                }
                int i = lexicon.find(Folding.fold(t.text()));
                if (i >= 0 && lexicon.term(i) != null && terms.contains(lexicon.term(i))) {
                    hits.add(new Hit(t.start(), t.end(), lexicon.term(i)));
                }
            }
            hits.sort(java.util.Comparator.comparingInt(Hit::start)); // stable, as the browser's sort
        }
        int from = 0;
        if (!hits.isEmpty()) {
            int best = -1;
            int bestStart = 0;
            for (int i = 0; i < hits.size(); i++) {
                int start = hits.get(i).start();
                java.util.Set<String> distinct = new java.util.HashSet<>();
                int count = 0;
                for (int j = i; j < hits.size() && hits.get(j).end() <= start + width; j++) {
                    distinct.add(hits.get(j).term());
                    count++;
                }
                int score = distinct.size() * 1000 + count;
                if (score > best) {
                    best = score;
                    bestStart = start;
                }
            }
            from = Math.max(0, bestStart - width / 5);
        }
        int to = Math.min(flat.length(), from + width);
        if (from > 0) from = boundary(flat, from, true);
        if (to < flat.length()) to = boundary(flat, to, false);
        StringBuilder out = new StringBuilder();
        if (from > 0) out.append("… ");
        int at = from;
        for (Hit h : hits) {
            if (h.start() < at || h.end() > to) continue;
            if (h.start() == at && at > from && out.toString().endsWith("</mark>")) {
                // Adjacent matches (a Chinese word segmented into single characters) make one mark.
                out.setLength(out.length() - "</mark>".length());
                out.append(XmlText.escape(flat.substring(h.start(), h.end()))).append("</mark>");
            } else {
                out.append(XmlText.escape(flat.substring(at, h.start()))).append("<mark>")
                        .append(XmlText.escape(flat.substring(h.start(), h.end()))).append("</mark>");
            }
            at = h.end();
        }
        out.append(XmlText.escape(flat.substring(at, to)));
        if (to < flat.length()) out.append(" …");
        return out.toString().strip();
    }

    /** Moves a cut to the nearest space (within 20 characters), so words stay whole. */
    private static int boundary(String s, int at, boolean forward) {
        for (int k = 0; k < 20; k++) {
            int i = forward ? at + k : at - k;
            if (i <= 0 || i >= s.length()) break;
            if (Character.isWhitespace(s.charAt(i))) return forward ? i + 1 : i;
        }
        return at;
    }
}
