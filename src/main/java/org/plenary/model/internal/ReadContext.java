package org.plenary.model.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.registry.YamlMap;

/**
 * What every record reader needs: where to report, which languages a translatable text may use, the site's
 * regions (by lower-cased code, SPEC §2: codes match case-insensitively) and where to collect references.
 * {@code mappings} remembers every mapping read, by its location (= a record's {@code location()}), so later
 * checks can point at the exact value of a field rather than at the start of its record.
 *
 * @param regions lower-cased region code → the code as {@code site.yaml} writes it; null while reading site.yaml
 */
record ReadContext(Diagnostics diag, String defaultLanguage, Set<String> languages, Map<String, String> regions,
                   References refs, Map<Location, YamlMap> mappings) {

    ReadContext(Diagnostics diag, String defaultLanguage, Set<String> languages) {
        this(diag, defaultLanguage, languages, null, new References(), new HashMap<>());
    }

    ReadContext(Diagnostics diag, String defaultLanguage, Set<String> languages, Map<String, String> regions) {
        this(diag, defaultLanguage, languages, regions, new References(), new HashMap<>());
    }
}
