package org.plenary.model.internal;

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

/** Reads {@code data/site.yaml}; the languages it declares govern every translatable text after it. */
final class SiteReader {
    private SiteReader() {
    }

    static Site read(SourceFile file, Diagnostics diag, LocalDate asOfOverride) {
        // Languages are not known yet: read them first with an open context.
        ReadContext open = new ReadContext(diag, "en", null);
        Fields f = Fields.of(file.root(), "site", open);
        if (f == null) return null;

        List<Language> languages = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (YamlNode n : f.list("languages", true)) {
            Fields lf = Fields.of(n, "language", open);
            if (lf == null) continue;
            String code = lf.string("code", true);
            String name = lf.string("name", true);
            Direction dir = lf.enumValue("direction", Direction.class, false, Direction.LTR);
            lf.finish();
            if (code == null) continue;
            Bcp47.Result tag = Bcp47.check(code);
            if (tag.tag() == null) {
                diag.error(lf.at("code"), "bad-language", "language code '" + code + "' " + tag.problem()
                        + (tag.suggest() == null ? "" : " (did you mean '" + tag.suggest() + "'?)"));
                // Kept as written (the site cannot build anyway), so texts and content folders in this language are
                // not each reported again: one root cause, one message.
            } else {
                code = tag.tag(); // RFC 5646 tags are case-insensitive: EN is en
            }
            if (!codes.add(code)) {
                diag.error(lf.at("code"), "duplicate-id", "language '" + code + "' is listed twice");
                continue;
            }
            languages.add(new Language(code, name == null ? code : name, dir));
        }
        if (languages.isEmpty() && f.has("languages")) {
            diag.error(f.at("languages"), "missing-key", "site must list at least one language");
        }
        String dflt = f.string("default_language", false);
        if (dflt != null) dflt = Languages.configured(dflt, codes) == null ? dflt : Languages.configured(dflt, codes);
        if (dflt == null) {
            dflt = languages.isEmpty() ? "en" : languages.get(0).code();
        } else if (!codes.isEmpty() && !codes.contains(dflt)) {
            diag.error(f.at("default_language"), "unknown-language", "default_language '" + dflt + "' is not one of the languages "
                    + codes + Suggestion.hint(dflt, codes));
        }
        f.reportMissing(); // this first pass reads only the languages; the second pass reports unknown keys
        ReadContext ctx = new ReadContext(diag, dflt, codes.isEmpty() ? null : codes);
        Fields sf = Fields.of(file.root(), "site", ctx);
        sf.ignore("languages");
        sf.ignore("default_language");
        Text title = sf.text("title", true);
        String baseUrl = sf.string("base_url", false);
        if (baseUrl != null && !isBaseUrl(baseUrl)) {
            diag.error(sf.at("base_url"), "bad-url", "base_url must be the absolute http(s) address the site is served at,"
                    + " like 'https://example.org/' or 'https://example.org/community/' (no query or #fragment), not '" + baseUrl + "'");
            baseUrl = null;
        }
        if (baseUrl != null && baseUrl.endsWith("/")) baseUrl = baseUrl.substring(0, baseUrl.length() - 1);

        List<Region> regions = new ArrayList<>();
        Set<String> regionCodes = new LinkedHashSet<>();
        for (YamlNode n : sf.list("regions", false)) {
            Fields rf = Fields.of(n, "region", ctx);
            if (rf == null) continue;
            String code = rf.string("code", true);
            Text name = rf.text("name", true);
            rf.finish();
            if (code == null) continue;
            // SPEC §2: codes are matched case-insensitively (AFRALO is afralo) and lower-cased only in URLs.
            if (!code.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*") || code.length() > Fields.MAX_ID_LENGTH) {
                diag.error(rf.at("code"), "bad-id", "region code must be letters, digits and single hyphens like 'afralo'"
                        + " (at most " + Fields.MAX_ID_LENGTH + " characters), not '" + code + "'");
                continue;
            }
            if (!regionCodes.add(code.toLowerCase(java.util.Locale.ROOT))) {
                diag.error(rf.at("code"), "duplicate-id", "region '" + code + "' is listed twice");
                continue;
            }
            regions.add(new Region(code, name));
        }
        LocalDate asOf = sf.date("as_of", false);
        if (asOfOverride != null) asOf = asOfOverride;
        if (asOf == null) asOf = LocalDate.now(ZoneOffset.UTC);
        Rules rules = readRules(sf, ctx);
        sf.finish();
        return new Site(title, baseUrl, dflt, languages, regions, asOf, rules);
    }

    /** Every page URL is {@code base_url} + a site path, so it must be a plain http(s) URL a path can follow. */
    private static boolean isBaseUrl(String s) {
        if (!s.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) return false;
        try {
            java.net.URI u = new java.net.URI(s);
            return u.getHost() != null && u.getRawQuery() == null && u.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Rules readRules(Fields sf, ReadContext ctx) {
        YamlNode n = sf.node("rules");
        if (n == null) return Rules.DEFAULTS;
        Fields r = Fields.of(n, "rules", ctx);
        if (r == null) return Rules.DEFAULTS;
        Rules d = Rules.DEFAULTS;
        Rules rules = new Rules(
                or(r.integer("active_min_months", false, 1), d.activeMinMonths()),
                or(r.integer("voting_valid_months", false, 0), d.votingValidMonths()),
                or(r.integer("alac_candidacy_min_months", false, 0), d.alacCandidacyMinMonths()),
                or(r.integer("travel_lifetime_cap", false, 0), d.travelLifetimeCap()),
                or(r.integer("alac_term_months", false, 1), d.alacTermMonths()),
                or(r.integer("alac_max_consecutive_terms", false, 1), d.alacMaxConsecutiveTerms()),
                or(r.integer("cooling_off_months", false, 0), d.coolingOffMonths()),
                or(r.integer("policy_rapporteur_max_meetings", false, 1), d.policyRapporteurMaxMeetings()),
                or(r.integer("outreach_rapporteur_max_meetings", false, 1), d.outreachRapporteurMaxMeetings()),
                or(r.integer("coe_size", false, 1), d.coeSize()));
        r.finish();
        return rules;
    }

    private static int or(Integer v, int dflt) {
        return v == null ? dflt : v;
    }
}
