package org.plenary.model.internal;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes, from the JDK's copy of the standard ({@link Locale#getISOCountries()}), not a
 * list kept by hand. Codes are matched case-insensitively and written upper-case; an exceptionally reserved or
 * withdrawn code ({@code UK}, {@code ZR}) gets the current one as a suggestion, from ICU4J's CLDR aliases.
 */
final class Iso3166 {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Iso3166() {
    }

    static boolean isCountry(String upperCase) {
        return CODES.contains(upperCase);
    }

    /** The code in upper case when it is an assigned ISO 3166-1 alpha-2 code, else null. */
    static String canonical(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        return isCountry(upper) ? upper : null;
    }

    /**
     * Reads a country field: an assigned alpha-2 code in any case, returned upper-case; anything else is reported
     * at the value (with the current code for a reserved or withdrawn one) and gives null.
     */
    static String read(Fields f, org.plenary.model.spec.Field field) {
        String key = field.name();
        String written = f.string(field);
        if (written == null) return null;
        String code = canonical(written);
        if (code != null) return code;
        String instead = replacement(written);
        f.context().diag().error(f.at(key), "bad-value", "'" + key + "' must be an ISO 3166-1 alpha-2 country code like 'KE', not '"
                + written + "'" + (instead == null ? "" : " (did you mean '" + instead + "'?)"));
        return null;
    }

    /** The assigned code a reserved or withdrawn one stands for ({@code UK} → {@code GB}), or null. */
    static String replacement(String written) {
        String upper = written.strip().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{2}")) return null;
        String c = ULocale.createCanonical(new ULocale("und_" + upper)).getCountry();
        return !c.equals(upper) && isCountry(c) ? c : null;
    }
}
