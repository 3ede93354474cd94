package org.plenary.e2e;

import java.util.List;

/**
 * The pages of the shipped sample that the end-to-end tests visit: one of each kind, chosen for what makes them
 * hard (a profile with an untranslated bio, a statement with long URLs, a stratified draw).
 */
public final class SamplePages {
    private SamplePages() {
    }

    /** The languages every page is tried in: left to right, CJK, right to left. */
    public static final List<String> LANGUAGES = List.of("en", "zh", "ar");

    /** The widths of the issue: small phone, phone, tablet, desktop (CSS px). */
    public static final List<Integer> WIDTHS = List.of(320, 360, 768, 1440);

    public static final String PROFILE = "members/amina-diallo/";
    public static final String STATEMENT = "advice/al-alac-st-0111-01-00-en/";
    public static final String DRAW = "draws/voter-panel-2024/";
    public static final String PLAIN_DRAW = "draws/policy-rapporteurs-2019/";

    /** Per-language pages, as paths below {@code /<lang>/}. */
    public static final List<String> PER_LANGUAGE = List.of("", "members/", PROFILE, "travel/", "travel/icann58/",
            "travel/programmes/fellowship/", "advice/", STATEMENT, "draws/", DRAW, PLAIN_DRAW, "metrics/", "about/");

    /** Pages outside any language folder. */
    public static final List<String> SHARED = List.of("/data/", "/404.html");

    /** The site path of a per-language page. */
    public static String path(String lang, String page) {
        return "/" + lang + "/" + page;
    }
}
