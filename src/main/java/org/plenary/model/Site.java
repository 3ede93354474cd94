package org.plenary.model;

import java.time.LocalDate;
import java.util.List;

/** {@code data/site.yaml}. */
public record Site(
        Text title,
        String baseUrl,
        String defaultLanguage,
        List<Language> languages,
        List<Region> regions,
        LocalDate asOf,
        Rules rules) {

    public Site {
        languages = List.copyOf(languages);
        regions = List.copyOf(regions);
    }

    public Language language(String code) {
        for (Language l : languages) {
            if (l.code().equals(code)) return l;
        }
        return null;
    }

    /** The region with this code, matched case-insensitively (SPEC §2: AFRALO is afralo); null when none. */
    public Region region(String code) {
        for (Region r : regions) {
            if (r.code().equalsIgnoreCase(code)) return r;
        }
        return null;
    }
}
