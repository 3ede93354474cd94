package org.plenary.search.internal;

import java.util.List;

/**
 * A query's structure: clauses that must all match. A word clause holds one token; a phrase holds its tokens in
 * order. {@code prefix} on a word asks for completions (the last word while typing, or {@code word*}).
 */
public record ParsedQuery(List<Clause> clauses) {

    public sealed interface Clause permits Word, Phrase {
    }

    public record Word(QueryToken token, boolean prefix) implements Clause {
    }

    public record Phrase(List<QueryToken> tokens) implements Clause {
    }
}
