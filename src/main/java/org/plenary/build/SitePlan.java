package org.plenary.build;

import java.nio.file.Path;
import org.plenary.opendata.OpenDataWriter;
import org.plenary.output.Output;
import org.plenary.render.PageRegistry;
import org.plenary.render.SiteRenderer;
import org.plenary.schema.JsonSchemas;
import org.plenary.search.SearchStage;

/**
 * Every output unit of a site — the rendered pages and files, the open data, the search indexes, the JSON Schemas —
 * planned in one place, so that a full build and the dev server's incremental rebuilds write exactly the same files.
 */
public final class SitePlan {
    private SitePlan() {
    }

    /**
     * Plans every unit of a checked input ({@link Loaded#ok()}); nothing is written until the plan is rendered.
     *
     * @param root the site folder: the search unit keeps its Lucene index under {@code <root>/.plenary-cache/search/}
     * @param out  where the units write when rendered
     */
    public static PageRegistry of(Path root, Loaded in, Output out) {
        SiteRenderer renderer = new SiteRenderer(in.theme());
        PageRegistry plan = renderer.plan(in.view(), in.content(), out);
        // The open data as one unit per table, per draw document and for the catalog: an edit rewrites what shows it.
        OpenDataWriter data = new OpenDataWriter(in.view(), in.content());
        for (String table : OpenDataWriter.TABLES) {
            plan.add(new PageRegistry.Unit("/data/" + table + ".csv", "", "data", false, () -> data.writeTable(out, table)));
        }
        data.drawFiles().forEach((id, file) ->
                plan.add(new PageRegistry.Unit("/data/" + file, "", "data", false, () -> data.writeDraw(out, id))));
        plan.add(new PageRegistry.Unit("/data/", "", "data", false, () -> renderer.writeDataPage(data.writeCatalog(out), out)));
        // Reads every public record and text: any edit redoes it (Lucene index, then the static index under /search/).
        plan.add(new PageRegistry.Unit("/search/", "", "search", false,
                () -> SearchStage.run(root, in.view(), in.content(), in.theme(), out)));
        // The registries' JSON Schemas, for the people who edit this site's data (issue 12).
        plan.add(new PageRegistry.Unit("/" + JsonSchemas.FOLDER + "/", "", "schema", false, () -> JsonSchemas.publish(out)));
        return plan;
    }
}
