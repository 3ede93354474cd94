package org.plenary.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link QueryPlan} into a Lucene query whose BM25 scores the browser client reproduces exactly:
 * <pre>
 *   query      = max over languages L of  Q_L                        (DisjunctionMaxQuery, tie breaker 0)
 *   Q_L        = sum of its clauses, all required (any, when relaxed) (BooleanQuery MUST / SHOULD)
 *   word       = max over its alternatives (t, β) of  alt             (DisjunctionMaxQuery, tie breaker 0)
 *   alt        = title_L:t ^ (β·{@value #TITLE_BOOST}) + body_L:t ^ β  (BooleanQuery SHOULD)
 *   phrase     = title_L:"…" ^ {@value #TITLE_BOOST} + body_L:"…"      (PhraseQuery, exact positions)
 * </pre>
 * Every document holds the fields of one language only, so at most one Q_L matches it.
 */
public final class LuceneQueries {
    public static final float TITLE_BOOST = 3f;

    private LuceneQueries() {
    }

    public static Query of(QueryPlan plan) {
        List<Query> perLanguage = new ArrayList<>();
        for (Map.Entry<String, List<QueryPlan.Clause>> e : plan.byLanguage().entrySet()) {
            perLanguage.add(language(e.getKey(), e.getValue(), plan.relaxed()));
        }
        if (perLanguage.isEmpty()) return new MatchNoDocsQuery("no language knows these words");
        return perLanguage.size() == 1 ? perLanguage.get(0) : new DisjunctionMaxQuery(perLanguage, 0f);
    }

    private static Query language(String lang, List<QueryPlan.Clause> clauses, boolean relaxed) {
        List<Query> parts = new ArrayList<>();
        for (QueryPlan.Clause c : clauses) {
            if (c instanceof QueryPlan.Terms t) {
                List<Query> alts = new ArrayList<>();
                for (QueryPlan.Alternative a : t.alternatives()) alts.add(alternative(lang, a));
                parts.add(alts.size() == 1 ? alts.get(0) : new DisjunctionMaxQuery(alts, 0f));
            } else if (c instanceof QueryPlan.Phrase p) {
                parts.add(fields(phrase(IndexBuilder.titleField(lang), p), phrase(IndexBuilder.bodyField(lang), p), 1f));
            }
        }
        if (parts.size() == 1) return parts.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : parts) b.add(q, relaxed ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
        return b.build();
    }

    private static Query alternative(String lang, QueryPlan.Alternative a) {
        return fields(new TermQuery(new Term(IndexBuilder.titleField(lang), a.term())),
                new TermQuery(new Term(IndexBuilder.bodyField(lang), a.term())), a.boost());
    }

    private static Query fields(Query title, Query body, float boost) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, boost * TITLE_BOOST), BooleanClause.Occur.SHOULD)
                .add(boost == 1f ? body : new BoostQuery(body, boost), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query phrase(String field, QueryPlan.Phrase p) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < p.terms().size(); i++) b.add(new Term(field, p.terms().get(i)), p.positions().get(i));
        return b.build();
    }
}
