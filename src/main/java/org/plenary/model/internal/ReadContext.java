package org.plenary.model.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;
import org.plenary.registry.YamlMap;

/**
 * What every record reader needs: where to report, and which languages a translatable text may use.
 * {@code mappings} remembers every mapping read, by its location (= a record's {@code location()}), so later
 * checks can point at the exact value of a field rather than at the start of its record.
 */
record ReadContext(Diagnostics diag, String defaultLanguage, Set<String> languages, Map<Location, YamlMap> mappings) {

    ReadContext(Diagnostics diag, String defaultLanguage, Set<String> languages) {
        this(diag, defaultLanguage, languages, new HashMap<>());
    }
}
