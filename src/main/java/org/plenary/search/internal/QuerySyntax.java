package org.plenary.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.plenary.search.InvalidQueryException;

/**
 * Reads what a person types into a search box: words, {@code "phrases in quotes"} (straight, curly or
 * guillemets), and {@code word*} for words starting with a prefix. The last word is completed as a prefix too
 * (results as you type) unless the query ends with a space or a quote. The browser client applies the same rules.
 *
 * <p>Rejected, with a message saying how to write it instead ({@link InvalidQueryException}): an empty query,
 * more than {@value #MAX_LENGTH} characters, more than {@value #MAX_WORDS} words, an unclosed quote, and a
 * {@code *} that does not follow a word of at least two letters.
 */
public final class QuerySyntax {
    public static final int MAX_LENGTH = 500;
    public static final int MAX_WORDS = 16;
    private static final String QUOTES = "\"“”„«»";

    private QuerySyntax() {
    }

    public static ParsedQuery parse(String query) throws InvalidQueryException {
        if (query == null || query.isBlank()) {
            throw new InvalidQueryException("empty query: give one or more words to search for");
        }
        if (query.length() > MAX_LENGTH) {
            throw new InvalidQueryException(String.format(java.util.Locale.ROOT,
                    "query too long (%,d characters); at most %d are searched, so shorten it to the words that matter",
                    query.length(), MAX_LENGTH));
        }
        List<ParsedQuery.Clause> clauses = new ArrayList<>();
        int words = 0;
        int i = 0;
        int n = query.length();
        int openedAt = -1;
        int freeStart = 0;
        while (true) {
            if (i == n) {
                if (openedAt >= 0) {
                    throw new InvalidQueryException("unclosed quote: the phrase starting at character " + (openedAt + 1)
                            + " has no closing " + closing(query.charAt(openedAt))
                            + "; close it, or remove the quote to search the words separately");
                }
                words += addFree(clauses, query, freeStart, n, !endsWithSpace(query));
                break;
            }
            char c = query.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                if (openedAt < 0) {
                    words += addFree(clauses, query, freeStart, i, false);
                    openedAt = i;
                } else {
                    List<QueryToken> tokens = shift(QueryTokenizer.tokenize(query.substring(openedAt + 1, i)), openedAt + 1);
                    if (!tokens.isEmpty()) {
                        clauses.add(new ParsedQuery.Phrase(tokens));
                        words += tokens.size();
                    }
                    openedAt = -1;
                    freeStart = i + 1;
                }
            }
            i++;
        }
        if (words > MAX_WORDS) {
            throw new InvalidQueryException("too many words (" + words + "); at most " + MAX_WORDS + " are searched");
        }
        if (clauses.isEmpty()) {
            throw new InvalidQueryException("nothing to search for in '" + query.strip()
                    + "': give words made of letters or digits");
        }
        return new ParsedQuery(List.copyOf(clauses));
    }

    private static int addFree(List<ParsedQuery.Clause> clauses, String query, int from, int to, boolean lastIsOpen)
            throws InvalidQueryException {
        String part = query.substring(from, to);
        List<QueryToken> tokens = shift(QueryTokenizer.tokenize(part), from);
        // A '*' must directly follow a word: "trav*". Anything else is a mistake worth saying.
        for (int k = part.indexOf('*'); k >= 0; k = part.indexOf('*', k + 1)) {
            int at = from + k;
            QueryToken before = null;
            for (QueryToken t : tokens) {
                if (t.end() == at) before = t;
            }
            if (before == null || (!before.han() && before.text().codePointCount(0, before.text().length()) < 2)) {
                throw new InvalidQueryException("'*' at character " + (at + 1) + " must follow the first letters of a word"
                        + " (at least two), e.g. trav* for travel, travelling…");
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            QueryToken t = tokens.get(k);
            boolean star = t.end() < query.length() && query.charAt(t.end()) == '*';
            boolean typing = lastIsOpen && k == tokens.size() - 1 && t.end() == query.length();
            clauses.add(new ParsedQuery.Word(t, star || typing));
        }
        return tokens.size();
    }

    private static List<QueryToken> shift(List<QueryToken> tokens, int by) {
        List<QueryToken> out = new ArrayList<>(tokens.size());
        for (QueryToken t : tokens) out.add(new QueryToken(t.text(), t.han(), t.start() + by, t.end() + by));
        return out;
    }

    private static boolean endsWithSpace(String q) {
        return !q.isEmpty() && Character.isWhitespace(q.charAt(q.length() - 1));
    }

    private static String closing(char open) {
        return switch (open) {
            case '“' -> "”";
            case '„' -> "“";
            case '«' -> "»";
            default -> "\"";
        };
    }
}
