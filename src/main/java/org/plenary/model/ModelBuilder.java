package org.plenary.model;

import java.time.LocalDate;
import org.plenary.diag.Diagnostics;
import org.plenary.model.internal.Readers;
import org.plenary.registry.RawRegistry;

/**
 * Second stage: turns parsed registry files into a typed {@link Community}, reporting every problem
 * (types, enums, dates, duplicates, dangling references) to {@link Diagnostics}.
 */
public final class ModelBuilder {
    private final LocalDate asOfOverride;
    private final RecordCache cache;

    public ModelBuilder(LocalDate asOfOverride) {
        this(asOfOverride, RecordCache.NONE);
    }

    /** A builder that reads again only the records of files {@code cache} does not remember (the dev server's rebuilds). */
    public ModelBuilder(LocalDate asOfOverride, RecordCache cache) {
        this.asOfOverride = asOfOverride;
        this.cache = cache;
    }

    /** Reads one file of draw records without the rest of the registry. */
    public static java.util.List<Draw> readDraws(org.plenary.registry.SourceFile file, Site site, Diagnostics diag) {
        return Readers.draws(file, site, diag);
    }

    /** @return the community, or null when not even {@code site.yaml} could be read */
    public Community build(RawRegistry raw, Diagnostics diag) {
        return Readers.read(raw, diag, asOfOverride, cache);
    }
}
