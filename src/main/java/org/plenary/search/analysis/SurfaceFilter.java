package org.plenary.search.analysis;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The first filter after the tokenizer. It passes each token on in lower case (NFKC, {@code ё} as {@code е}) but with
 * its accents,
 * which stemmers such as Portuguese's need ({@code ações} → {@code ação}). {@link FoldingFilter} folds the term
 * after stemming.
 */
public final class SurfaceFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public SurfaceFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String raw = term.toString();
        String lower = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        term.setEmpty().append(lower);
        return true;
    }
}
