package org.plenary.model.internal;

import java.util.Set;
import org.plenary.diag.Diagnostics;

/** What every record reader needs: where to report, and which languages a translatable text may use. */
record ReadContext(Diagnostics diag, String defaultLanguage, Set<String> languages) {
}
