package org.plenary.model.spec;

import org.plenary.model.Direction;

/** {@code data/site.yaml}: the site's title, address, languages, regions, date of computation and rule thresholds. */
public final class SiteSpec {
    private SiteSpec() {
    }

    public static final Field LANGUAGE_CODE = Field.language("code").required().example("fr")
            .describe("BCP 47 language tag, such as en, fr, pt-BR, zh or ar. Pages are published under /<code>/.");
    public static final Field LANGUAGE_NAME = Field.string("name").required().example("Français")
            .describe("The language's name in the language itself, as the language menu shows it (Français, 中文, العربية).");
    public static final Field DIRECTION = Field.oneOf("direction", Direction.class)
            .describe("Writing direction: ltr (default) or rtl for right-to-left scripts (Arabic, Hebrew, Persian, Urdu).");
    public static final Shape LANGUAGE = Shape.of("language", "A language the site is published in.",
            LANGUAGE_CODE, LANGUAGE_NAME, DIRECTION);

    public static final Field REGION_CODE = Field.string("code", Field.MIXED_SLUG).required().example("afralo")
            .describe("Short code members refer to: letters, digits and single hyphens. Matched without regard to case"
                    + " (AFRALO is afralo) and lower-cased in URLs.");
    public static final Field REGION_NAME = Field.text("name").required()
            .describe("The region's full name; translatable: a string, or {en: …, fr: …}.");
    public static final Shape REGION = Shape.of("region", "A region members belong to (SPEC §2).", REGION_CODE, REGION_NAME);

    public static final Field ACTIVE_MIN_MONTHS = Field.integer("active_min_months", 1)
            .describe("Months of continuous participation in a working group that make a member active (default 3).");
    public static final Field VOTING_VALID_MONTHS = Field.integer("voting_valid_months", 0)
            .describe("Months voting rights last after the end of the last active period (default 18).");
    public static final Field ALAC_CANDIDACY_MIN_MONTHS = Field.integer("alac_candidacy_min_months", 0)
            .describe("Months of active participation needed to stand for the ALAC (default 12).");
    public static final Field TRAVEL_LIFETIME_CAP = Field.integer("travel_lifetime_cap", 0)
            .describe("Funded trips a person may receive, ever (default 18). A trip beyond it is a rule warning.");
    public static final Field ALAC_TERM_MONTHS = Field.integer("alac_term_months", 1)
            .describe("Length of one ALAC term, in months (default 24).");
    public static final Field ALAC_MAX_CONSECUTIVE_TERMS = Field.integer("alac_max_consecutive_terms", 1)
            .describe("Consecutive ALAC terms allowed before cooling off (default 2).");
    public static final Field COOLING_OFF_MONTHS = Field.integer("cooling_off_months", 0)
            .describe("Months out of At-Large posts after the last allowed term; Board and Council of Elders excepted (default 24).");
    public static final Field POLICY_RAPPORTEUR_MAX_MEETINGS = Field.integer("policy_rapporteur_max_meetings", 1)
            .describe("Consecutive meetings a policy rapporteur may serve before cooling off (default 6).");
    public static final Field OUTREACH_RAPPORTEUR_MAX_MEETINGS = Field.integer("outreach_rapporteur_max_meetings", 1)
            .describe("Meetings in an outreach rapporteur's single term (default 3).");
    public static final Field COE_SIZE = Field.integer("coe_size", 1)
            .describe("Seats on the Council of Elders (default 6); more volunteers than seats calls for a draw.");
    public static final Shape RULES = Shape.of("rules", "Thresholds of the rules (SPEC §3); the defaults are the 2017"
                    + " At-Large review's. A rule broken by the data is a warning (an error with --strict).",
            ACTIVE_MIN_MONTHS, VOTING_VALID_MONTHS, ALAC_CANDIDACY_MIN_MONTHS, TRAVEL_LIFETIME_CAP, ALAC_TERM_MONTHS,
            ALAC_MAX_CONSECUTIVE_TERMS, COOLING_OFF_MONTHS, POLICY_RAPPORTEUR_MAX_MEETINGS, OUTREACH_RAPPORTEUR_MAX_MEETINGS,
            COE_SIZE);

    public static final Field TITLE = Field.text("title").required().example("At-Large Community")
            .describe("The site's name, shown in every page header and in the feeds; translatable: a string in the"
                    + " default language, or {en: …, fr: …}.");
    public static final Field BASE_URL = Field.url("base_url").matching("https?://[^\\s/?#]+(/[^\\s?#]*)?")
            .example("https://example.org/community/")
            .describe("The address the site is published at, with its path when not at the domain root. Sitemap, feeds,"
                    + " canonical and hreflang links use it; without it no sitemap is written. No query or #fragment.");
    public static final Field DEFAULT_LANGUAGE = Field.language("default_language").example("en")
            .describe("The language of plain (non-mapping) texts and of x-default links; one of the codes under"
                    + " languages (default: the first one).");
    public static final Field LANGUAGES = Field.list("languages", LANGUAGE).required()
            .describe("Every language the site is published in; each page exists in each of them.");
    public static final Field REGIONS = Field.list("regions", REGION)
            .describe("The regions members belong to. When there are any, every member names one.");
    public static final Field AS_OF = Field.date("as_of").example("2025-06-30")
            .describe("The date statuses are computed at (active, voting rights, term limits), YYYY-MM-DD. Default: the"
                    + " day of the build; set it to make builds byte-identical.");
    public static final Field RULES_FIELD = Field.mapping("rules", RULES)
            .describe("Thresholds of the rules; leave out any to keep its default.");

    public static final Shape SITE = Shape.of("site", "The site itself: title, address, languages, regions and rules."
                    + " Every other registry refers to it.",
            TITLE, BASE_URL, DEFAULT_LANGUAGE, LANGUAGES, REGIONS, AS_OF, RULES_FIELD);
}
