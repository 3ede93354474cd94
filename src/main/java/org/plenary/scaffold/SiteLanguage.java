package org.plenary.scaffold;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import org.plenary.model.internal.Bcp47;

/**
 * A language of a new site, from its BCP 47 tag: the tag as the validator normalizes it ({@code EN} → {@code en},
 * {@code pt-br} → {@code pt-BR}), the language's own name for the language menu, and its writing direction.
 * The check is the validator's ({@link Bcp47}), names and directions come from ICU's copy of CLDR.
 */
record SiteLanguage(String code, String name, boolean rtl) {

    /** @throws IllegalArgumentException with a message for the user when the validator would refuse the tag */
    static SiteLanguage of(String written) {
        Bcp47.Result r = Bcp47.check(written);
        if (r.tag() == null) {
            throw new IllegalArgumentException("'" + written.strip() + "' " + r.problem()
                    + (r.suggest() == null ? "" : " (did you mean '" + r.suggest() + "'?)"));
        }
        ULocale l = ULocale.forLanguageTag(r.tag());
        String own = l.getDisplayName(l);
        int first = own.isEmpty() ? 0 : own.offsetByCodePoints(0, 1); // the first letter (a code point) upper-cased by ICU, as the name is ICU's
        String name = own.isEmpty() ? r.tag() : UCharacter.toUpperCase(l, own.substring(0, first)) + own.substring(first);
        return new SiteLanguage(r.tag(), name, l.isRightToLeft());
    }
}
