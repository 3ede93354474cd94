package org.plenary.fuzz;

import java.util.List;
import java.util.Map;
import org.plenary.content.MarkdownFuzzTarget;
import org.plenary.diag.Diagnostic;
import org.plenary.diag.Diagnostics;
import org.plenary.model.ModelBuilder;
import org.plenary.registry.RawRegistry;
import org.plenary.registry.SourceFile;
import org.plenary.registry.YamlNode;
import org.plenary.registry.YamlReader;

/**
 * Fuzz target: the YAML loader and the validator. The input is parsed as a registry file and read as each registry
 * in turn (members, meetings, travel, advice, draws…) beside a valid site.yaml. Nothing may throw, and every
 * problem is a located, one-line message for people.
 */
public final class RegistryFuzzTarget {
    private static final YamlReader YAML = new YamlReader();
    private static final String SITE = """
            title: {en: Fuzz, ar: فز}
            default_language: en
            languages: [{code: en, name: English}, {code: ar, name: العربية, direction: rtl}]
            regions: [{code: afralo, name: Africa}, {code: EURALO, name: Europe}]
            as_of: 2020-06-30
            """;

    private RegistryFuzzTarget() {
    }

    public static void run(String text, int registry) {
        Diagnostics diag = new Diagnostics();
        YamlNode site = YAML.parse(SITE, "data/site.yaml", diag);
        YamlNode node = YAML.parse(text, "data/x.yaml", diag);
        if (node != null) {
            List<SourceFile> one = List.of(new SourceFile("data/x.yaml", node));
            List<SourceFile> none = List.of();
            int which = Math.floorMod(registry, 7);
            RawRegistry raw = new RawRegistry(new SourceFile("data/site.yaml", site),
                    which == 0 ? one : none, which == 1 ? one : none, which == 2 ? one : none, which == 3 ? one : none,
                    which == 4 ? one : none, which == 5 ? one : none, which == 6 ? one : none, Map.of());
            new ModelBuilder(null).build(raw, diag);
            ModelBuilder.readDraws(new SourceFile("data/x.yaml", node), null, diag);
        }
        for (Diagnostic d : diag.all()) MarkdownFuzzTarget.FuzzChecks.human(d, text);
    }
}
