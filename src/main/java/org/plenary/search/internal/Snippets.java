package org.plenary.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.plenary.output.XmlText;

/**
 * A short passage of a page's text around the words that matched, for a result list: the page text is analyzed
 * again (with offsets) and the words whose term is one the query used are marked. The passage is the window of
 * about {@value #WIDTH} characters (half for Chinese) holding the most distinct matched terms, widened to word
 * boundaries; the page's first lines when nothing matches. Out: HTML-escaped text, matches in {@code <mark>} (adjacent
 * matches in one),
 * {@code …} where the text was cut.
 */
public final class Snippets {
    public static final int WIDTH = 180;

    private Snippets() {
    }

    private record Hit(int start, int end, String term) {
    }

    public static String of(String text, Analyzer analyzer, Set<String> terms, boolean cjk) {
        String flat = text.replace('\n', ' ');
        int width = cjk ? WIDTH / 2 : WIDTH;
        List<Hit> hits = new ArrayList<>();
        if (!terms.isEmpty()) {
            try (TokenStream ts = analyzer.tokenStream("snippet", flat)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (terms.contains(term.toString())) hits.add(new Hit(off.startOffset(), off.endOffset(), term.toString()));
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
