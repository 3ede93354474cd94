package org.plenary.model.internal;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a language tag (BCP 47, RFC 5646) as a site declares it: well-formed, every subtag in its registry
 * (language: ISO 639; script: ISO 15924; region: ISO 3166-1 or UN M.49) and in its preferred form, using ICU4J's
 * copy of the registries and of CLDR's aliases rather than a list kept by hand. Tags are case-insensitive
 * (RFC 5646 §2.1.1): {@code EN} is accepted as {@code en}; a deprecated or aliased tag ({@code iw},
 * {@code en-UK}) is refused with its preferred form as a suggestion ({@code he}, {@code en-GB}); a country code
 * written as a language ({@code cn}) gets the country's main language as a suggestion ({@code zh}).
 * Public so that {@code plenary init} accepts exactly the tags {@code validate} does.
 */
public final class Bcp47 {
    private static final Set<String> LANGUAGES = Arrays.stream(ULocale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

    private Bcp47() {
    }

    /**
     * @param tag      the tag in the tag's normalized case when accepted ({@code en}, {@code pt-BR}, {@code zh-Hant}),
     *                 null when refused
     * @param problem  why it is refused (a sentence fragment), null when accepted
     * @param suggest  the tag probably meant, or null
     */
    public record Result(String tag, String problem, String suggest) {
    }

    public static Result check(String written) {
        ULocale locale;
        try {
            locale = new ULocale.Builder().setLanguageTag(written.strip()).build();
        } catch (IllformedLocaleException e) {
            return new Result(null, "is not a well-formed BCP 47 language tag like 'en', 'pt-BR' or 'zh-Hant'", null);
        }
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return new Result(null, "has no language subtag; write a tag like 'en' or 'pt-BR'", null);
        }
        if (!LANGUAGES.contains(language)) {
            ULocale preferred = ULocale.createCanonical(locale);
            if (!preferred.getLanguage().equals(language) && LANGUAGES.contains(preferred.getLanguage())) {
                return new Result(null, "is deprecated or an alias in the IANA language subtag registry", preferred.toLanguageTag());
            }
            String upper = language.toUpperCase(Locale.ROOT);
            if (language.length() == 2 && Iso3166.isCountry(upper)) {
                String likely = ULocale.addLikelySubtags(new ULocale("und_" + upper)).getLanguage();
                String country = new ULocale("und_" + upper).getDisplayCountry(ULocale.ENGLISH);
                return new Result(null, "is not an ISO 639 language code ('" + language + "' is the country code of "
                        + country + ")", likely.isEmpty() || likely.equals("und") ? null : replaceLanguage(locale, likely));
            }
            return new Result(null, "does not start with an ISO 639 language code", null);
        }
        String script = locale.getScript();
        if (!script.isEmpty() && UScript.getCodeFromName(script) == UScript.INVALID_CODE) {
            return new Result(null, "has a script subtag '" + script + "' that is not in ISO 15924", null);
        }
        String region = locale.getCountry();
        if (!region.isEmpty() && !isRegion(region)) {
            String canonicalRegion = ULocale.createCanonical(new ULocale("und_" + region)).getCountry();
            String suggest = !canonicalRegion.equals(region) && isRegion(canonicalRegion)
                    ? ULocale.createCanonical(locale).toLanguageTag() : null;
            return new Result(null, "has a region subtag '" + region + "' that is not an ISO 3166-1 country code", suggest);
        }
        String normalized = locale.toLanguageTag();
        String preferred = ULocale.createCanonical(locale).toLanguageTag();
        if (!preferred.equals(normalized)) {
            return new Result(null, "is deprecated or an alias in the IANA language subtag registry", preferred);
        }
        return new Result(normalized, null, null);
    }

    private static boolean isRegion(String region) {
        if (region.chars().allMatch(Character::isDigit)) {
            try {
                return Region.getInstance(region).getType() != Region.RegionType.UNKNOWN; // UN M.49, e.g. 419
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return Iso3166.isCountry(region);
    }

    private static String replaceLanguage(ULocale locale, String language) {
        return new ULocale.Builder().setLocale(locale).setLanguage(language).build().toLanguageTag();
    }
}
