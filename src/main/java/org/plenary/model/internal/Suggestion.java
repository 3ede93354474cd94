package org.plenary.model.internal;

import java.util.Collection;

/**
 * "Did you mean …?" for misspelt keys, enum values and ids: the closest candidate by edit distance. Public for the
 * other inputs that name things by key (the theme's UI strings).
 */
public final class Suggestion {
    private Suggestion() {
    }

    /** The closest candidate, or null when none is close enough to be a plausible typo. */
    static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) return null;
        int allowed = Math.max(1, Math.min(3, best.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** Whether {@code word} is close enough to {@code key} to be taken for a typo of it. */
    static boolean isMisspelling(String word, String key) {
        return key.equals(closest(word, java.util.List.of(key)));
    }

    public static String hint(String word, Collection<String> candidates) {
        String c = closest(word, candidates);
        return c == null ? "" : " (did you mean '" + c + "'?)";
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions, the commonest typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
