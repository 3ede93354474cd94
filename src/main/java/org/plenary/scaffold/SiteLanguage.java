package org.plenary.scaffold;

import java.util.Locale;

/**
 * A language of a new site, from its BCP 47 tag: the tag in canonical case ({@code EN} → {@code en},
 * {@code pt-br} → {@code pt-BR}), the language's own name for the language menu, and its writing direction.
 * Names and directions come from the JDK's locale data (CLDR), not from a list kept here.
 */
record SiteLanguage(String code, String name, boolean rtl) {

    /** @throws IllegalArgumentException with a message for the user when the tag names no known language */
    static SiteLanguage of(String tag) {
        String t = tag.strip();
        Locale l = Locale.forLanguageTag(t);
        String language = l.getLanguage();
        if (!t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") || language.isEmpty()
                || l.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language)) {
            throw new IllegalArgumentException("'" + tag + "' is not a language tag Plenary knows (BCP 47, e.g. en, fr, pt-BR, zh, ar)");
        }
        String region = l.getCountry();
        if (!region.isEmpty() && !region.matches("\\d{3}") && !java.util.Set.of(Locale.getISOCountries()).contains(region)) {
            throw new IllegalArgumentException("'" + tag + "': '" + region + "' is not an ISO 3166-1 region code"
                    + (region.equals("UK") ? " (the United Kingdom is GB: " + language + "-GB)" : ""));
        }
        String own = l.getDisplayName(l);
        String name = own.isEmpty() ? t : own.substring(0, 1).toUpperCase(l) + own.substring(1);
        return new SiteLanguage(l.toLanguageTag(), name, rightToLeft(own));
    }

    /** A script is right to left when the first strong character of the language's own name is. */
    private static boolean rightToLeft(String ownName) {
        for (int i = 0; i < ownName.length(); ) {
            int c = ownName.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) return true;
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return false;
            i += Character.charCount(c);
        }
        return false;
    }
}
