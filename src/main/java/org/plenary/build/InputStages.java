package org.plenary.build;

import java.nio.file.Path;
import java.time.LocalDate;
import org.plenary.content.Content;
import org.plenary.content.ContentLoader;
import org.plenary.diag.Diagnostics;
import org.plenary.model.Community;
import org.plenary.model.ModelBuilder;
import org.plenary.model.RecordCache;
import org.plenary.registry.RawRegistry;
import org.plenary.registry.RegistryLoader;
import org.plenary.registry.SourceCache;
import org.plenary.rules.Derived;
import org.plenary.rules.PublicView;
import org.plenary.rules.Rulebook;
import org.plenary.theme.Theme;

/**
 * Runs the stages that read input — registry → model → rules → content, and the theme — collecting every problem.
 * This is all {@code validate} does, and what {@code build} does before writing anything. The dev server runs the
 * three parts ({@link #model}, {@link #content}, {@link #theme}) separately, each only when its folder changed,
 * with a {@link SourceCache} and a {@link RecordCache} so that only changed files are read again. A build times them as the phases
 * {@code load} (the theme and the registry files), {@code model}, {@code rules} (derived statuses and tallies, then
 * the public view) and {@code content}.
 */
public final class InputStages {
    private InputStages() {
    }

    /** What the registry, model and rules stages give: {@code view} is null when they found errors. */
    public record Model(Community community, Derived derived, PublicView view) {
    }

    public static Loaded run(Path root, LocalDate asOf, boolean strict) {
        return run(root, asOf, strict, SourceCache.NONE);
    }

    public static Loaded run(Path root, LocalDate asOf, boolean strict, SourceCache cache) {
        return run(root, asOf, strict, cache, new Phases());
    }

    /** The same, timing each stage as a phase of {@code phases}. */
    public static Loaded run(Path root, LocalDate asOf, boolean strict, Phases phases) {
        return run(root, asOf, strict, SourceCache.NONE, phases);
    }

    public static Loaded run(Path root, LocalDate asOf, boolean strict, SourceCache cache, Phases phases) {
        Diagnostics diag = new Diagnostics();
        Theme theme = phases.run("load", () -> theme(root, diag));
        Model m = model(root, asOf, cache, RecordCache.NONE, diag, phases);
        Content content = m.community() == null ? null : phases.run("content", () -> content(root, m.community(), cache, diag));
        if (strict) diag.promoteWarnings();
        return new Loaded(m.community(), m.derived(), m.view(), content, theme, diag);
    }

    /** Registry → model → rules: the data of {@code data/}, checked, and its public view. */
    public static Model model(Path root, LocalDate asOf, SourceCache cache, Diagnostics diag) {
        return model(root, asOf, cache, RecordCache.NONE, diag, new Phases());
    }

    /** The same, reading again only the records of the files {@code records} does not remember (with {@code cache}). */
    public static Model model(Path root, LocalDate asOf, SourceCache cache, RecordCache records, Diagnostics diag) {
        return model(root, asOf, cache, records, diag, new Phases());
    }

    private static Model model(Path root, LocalDate asOf, SourceCache cache, RecordCache records, Diagnostics diag,
                               Phases phases) {
        RawRegistry raw = phases.run("load", () -> new RegistryLoader(root, cache).load(diag));
        Community community = phases.run("model", () -> new ModelBuilder(asOf, records).build(raw, diag));
        if (community == null) return new Model(null, null, null);
        Derived derived = phases.run("rules", () -> new Rulebook().apply(community, diag));
        // Only a checked community has a public view: it relies on validation (e.g. no aggregate-only pool member).
        PublicView view = diag.hasErrors() ? null : phases.run("rules", () -> new PublicView(community, derived));
        return new Model(community, derived, view);
    }

    /** The Markdown of {@code content/} (and the statements' inline bodies), rendered to HTML. */
    public static Content content(Path root, Community community, SourceCache cache, Diagnostics diag) {
        return new ContentLoader(root, cache).load(community, diag);
    }

    /** The same, reusing what {@code memory} remembers of the previous run (see {@link ContentLoader.Memory}). */
    public static Content content(Path root, Community community, SourceCache cache, ContentLoader.Memory memory,
                                  Diagnostics diag) {
        return new ContentLoader(root, cache, memory).load(community, diag);
    }

    /** The theme is input too: a site's own templates are compiled here, so a clean validate means they compile. */
    public static Theme theme(Path root, Diagnostics diag) {
        return Theme.load(root, diag);
    }
}
