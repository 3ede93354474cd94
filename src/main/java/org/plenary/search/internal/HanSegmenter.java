package org.plenary.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of Chinese (or other unspaced) characters into the words of the index vocabulary: the
 * segmentation with the lowest cost, where a vocabulary word of two or more characters costs 1 and a single
 * character costs 2 (so 研究|生命 beats 研究生|命); on equal cost the longer last word wins. Words are at most
 * {@value #MAX_WORD} characters. The browser client implements the same dynamic programme ({@code segment}).
 */
public final class HanSegmenter {
    public static final int MAX_WORD = 8;

    private HanSegmenter() {
    }

    public static List<String> segment(String run, Lexicon lexicon) {
        int[] cps = run.codePoints().toArray();
        int n = cps.length;
        int[] cost = new int[n + 1];
        int[] back = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            cost[i] = Integer.MAX_VALUE;
            for (int len = 1; len <= Math.min(MAX_WORD, i); len++) {
                int j = i - len;
                if (len > 1 && lexicon.find(new String(cps, j, len)) < 0) continue;
                int c = cost[j] + (len == 1 ? 2 : 1);
                if (c < cost[i] || (c == cost[i] && len > back[i])) {
                    cost[i] = c;
                    back[i] = len;
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (int i = n; i > 0; i -= back[i]) words.add(0, new String(cps, i - back[i], back[i]));
        return words;
    }
}
