package org.plenary.build;

import java.nio.file.Path;
import java.time.LocalDate;
import org.plenary.content.Content;
import org.plenary.content.ContentLoader;
import org.plenary.diag.Diagnostics;
import org.plenary.model.Community;
import org.plenary.model.ModelBuilder;
import org.plenary.registry.RawRegistry;
import org.plenary.registry.RegistryLoader;
import org.plenary.rules.Derived;
import org.plenary.rules.PublicView;
import org.plenary.rules.Rulebook;
import org.plenary.theme.Theme;

/**
 * Runs the stages that read input — registry → model → rules → content, and the theme — collecting every problem.
 * This is all {@code validate} does, and what {@code build} does before writing anything.
 */
public final class InputStages {
    private InputStages() {
    }

    public static Loaded run(Path root, LocalDate asOf, boolean strict) {
        Diagnostics diag = new Diagnostics();
        RawRegistry raw = new RegistryLoader(root).load(diag);
        Community community = new ModelBuilder(asOf).build(raw, diag);
        Derived derived = null;
        PublicView view = null;
        Content content = null;
        if (community != null) {
            derived = new Rulebook().apply(community, diag);
            // Only a checked community has a public view: it relies on validation (e.g. no aggregate-only pool member).
            if (!diag.hasErrors()) view = new PublicView(community, derived);
            content = new ContentLoader(root).load(community, diag);
        }
        // The theme is input too: a site's own templates are compiled here, so a clean validate means they compile.
        Theme theme = Theme.load(root, diag);
        if (strict) diag.promoteWarnings();
        return new Loaded(community, derived, view, content, theme, diag);
    }
}
