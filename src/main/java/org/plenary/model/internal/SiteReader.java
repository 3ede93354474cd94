package org.plenary.model.internal;

import static org.plenary.model.spec.SiteSpec.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.plenary.diag.Diagnostics;
import org.plenary.model.Direction;
import org.plenary.model.Language;
import org.plenary.model.Region;
import org.plenary.model.Rules;
import org.plenary.model.Site;
import org.plenary.model.Text;
import org.plenary.registry.SourceFile;
import org.plenary.registry.YamlNode;

/**
 * Reads {@code data/site.yaml} ({@link org.plenary.model.spec.SiteSpec}); the languages it declares govern every
 * translatable text after it.
 */
final class SiteReader {
    private SiteReader() {
    }

    static Site read(SourceFile file, Diagnostics diag, LocalDate asOfOverride) {
        // Languages are not known yet: read them first with an open context.
        ReadContext open = new ReadContext(diag, "en", null);
        Fields f = Fields.of(file.root(), SITE, open);
        if (f == null) return null;

        List<Language> languages = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (YamlNode n : f.list(LANGUAGES)) {
            Fields lf = Fields.of(n, LANGUAGE, open);
            if (lf == null) continue;
            String code = lf.string(LANGUAGE_CODE);
            String name = lf.string(LANGUAGE_NAME);
            Direction dir = lf.enumValue(DIRECTION, Direction.class, Direction.LTR);
            lf.finish();
            if (code == null) continue;
            Bcp47.Result tag = Bcp47.check(code);
            if (tag.tag() == null) {
                diag.error(lf.at(LANGUAGE_CODE), "bad-language", "language code '" + code + "' " + tag.problem()
                        + (tag.suggest() == null ? "" : " (did you mean '" + tag.suggest() + "'?)"));
                // Kept as written (the site cannot build anyway), so texts and content folders in this language are
                // not each reported again: one root cause, one message.
            } else {
                code = tag.tag(); // RFC 5646 tags are case-insensitive: EN is en
            }
            if (!codes.add(code)) {
                diag.error(lf.at(LANGUAGE_CODE), "duplicate-id", "language '" + code + "' is listed twice");
                continue;
            }
            languages.add(new Language(code, name == null ? code : name, dir));
        }
        if (languages.isEmpty() && f.has(LANGUAGES)) {
            diag.error(f.at(LANGUAGES), "missing-key", "site must list at least one language");
        }
        String dflt = f.string(DEFAULT_LANGUAGE);
        if (dflt != null) dflt = Languages.configured(dflt, codes) == null ? dflt : Languages.configured(dflt, codes);
        if (dflt == null) {
            dflt = languages.isEmpty() ? "en" : languages.get(0).code();
        } else if (!codes.isEmpty() && !codes.contains(dflt)) {
            diag.error(f.at(DEFAULT_LANGUAGE), "unknown-language", "default_language '" + dflt + "' is not one of the languages "
                    + codes + Suggestion.hint(dflt, codes));
        }
        f.reportMissing(); // this first pass reads only the languages; the second pass reports unknown keys
        ReadContext ctx = new ReadContext(diag, dflt, codes.isEmpty() ? null : codes);
        Fields sf = Fields.of(file.root(), SITE, ctx);
        sf.ignore(LANGUAGES);
        sf.ignore(DEFAULT_LANGUAGE);
        Text title = sf.text(TITLE);
        String baseUrl = sf.string(BASE_URL);
        if (baseUrl != null && !isBaseUrl(baseUrl)) {
            diag.error(sf.at(BASE_URL), "bad-url", "base_url must be the absolute http(s) address the site is served at,"
                    + " like 'https://example.org/' or 'https://example.org/community/' (no query or #fragment), not '" + baseUrl + "'");
            baseUrl = null;
        }
        if (baseUrl != null && baseUrl.endsWith("/")) baseUrl = baseUrl.substring(0, baseUrl.length() - 1);

        List<Region> regions = new ArrayList<>();
        Set<String> regionCodes = new LinkedHashSet<>();
        for (YamlNode n : sf.list(REGIONS)) {
            Fields rf = Fields.of(n, REGION, ctx);
            if (rf == null) continue;
            String code = rf.string(REGION_CODE);
            Text name = rf.text(REGION_NAME);
            rf.finish();
            if (code == null) continue;
            // SPEC §2: codes are matched case-insensitively (AFRALO is afralo) and lower-cased only in URLs.
            if (!code.matches(REGION_CODE.pattern()) || code.length() > Fields.MAX_ID_LENGTH) {
                diag.error(rf.at(REGION_CODE), "bad-id", "region code must be letters, digits and single hyphens like 'afralo'"
                        + " (at most " + Fields.MAX_ID_LENGTH + " characters), not '" + code + "'");
                continue;
            }
            if (!regionCodes.add(code.toLowerCase(java.util.Locale.ROOT))) {
                diag.error(rf.at(REGION_CODE), "duplicate-id", "region '" + code + "' is listed twice");
                continue;
            }
            regions.add(new Region(code, name));
        }
        LocalDate asOf = sf.date(AS_OF);
        if (asOfOverride != null) asOf = asOfOverride;
        if (asOf == null) asOf = LocalDate.now(ZoneOffset.UTC);
        Rules rules = readRules(sf, ctx);
        sf.finish();
        return new Site(title, baseUrl, dflt, languages, regions, asOf, rules);
    }

    /** Every page URL is {@code base_url} + a site path, so it must be a plain http(s) URL a path can follow. */
    private static boolean isBaseUrl(String s) {
        if (!s.matches(BASE_URL.pattern())) return false;
        try {
            java.net.URI u = new java.net.URI(s);
            return u.getHost() != null && u.getRawQuery() == null && u.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Rules readRules(Fields sf, ReadContext ctx) {
        Fields r = sf.sub(RULES_FIELD);
        if (r == null) return Rules.DEFAULTS;
        Rules d = Rules.DEFAULTS;
        Rules rules = new Rules(
                or(r.integer(ACTIVE_MIN_MONTHS), d.activeMinMonths()),
                or(r.integer(VOTING_VALID_MONTHS), d.votingValidMonths()),
                or(r.integer(ALAC_CANDIDACY_MIN_MONTHS), d.alacCandidacyMinMonths()),
                or(r.integer(TRAVEL_LIFETIME_CAP), d.travelLifetimeCap()),
                or(r.integer(ALAC_TERM_MONTHS), d.alacTermMonths()),
                or(r.integer(ALAC_MAX_CONSECUTIVE_TERMS), d.alacMaxConsecutiveTerms()),
                or(r.integer(COOLING_OFF_MONTHS), d.coolingOffMonths()),
                or(r.integer(POLICY_RAPPORTEUR_MAX_MEETINGS), d.policyRapporteurMaxMeetings()),
                or(r.integer(OUTREACH_RAPPORTEUR_MAX_MEETINGS), d.outreachRapporteurMaxMeetings()),
                or(r.integer(COE_SIZE), d.coeSize()));
        r.finish();
        return rules;
    }

    private static int or(Integer v, int dflt) {
        return v == null ? dflt : v;
    }
}
