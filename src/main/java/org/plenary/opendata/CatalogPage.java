package org.plenary.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.plenary.model.Draw;
import org.plenary.model.spec.Registry;
import org.plenary.schema.JsonSchemas;

/**
 * The content of {@code /data/index.html} ({@link DataCatalog}, laid out by the theme's {@code data/index.jte}):
 * every dataset with its description, formats, row count, columns and licence, the registries' JSON Schemas under
 * {@code /schema/} (issue 12), and the schema.org {@code DataCatalog} in JSON-LD that describes it to search engines.
 */
final class CatalogPage {
    private final DataContext ctx;

    CatalogPage(DataContext ctx) {
        this.ctx = ctx;
    }

    /** The page's model: datasets in the order given, each draw's document, the schemas, the JSON-LD. */
    DataCatalog model(List<Dataset> datasets, List<Draw> draws) {
        String site = siteTitle();
        List<DataCatalog.Entry> entries = new ArrayList<>();
        for (Dataset d : datasets) {
            List<DataCatalog.Column> columns = new ArrayList<>();
            for (Column c : d.table().columns()) {
                String type = c.list() ? "list of " + c.datatype().csvw() : c.datatype().csvw();
                columns.add(new DataCatalog.Column(c.name(), type, c.required(), c.description()));
            }
            entries.add(new DataCatalog.Entry(d.id(), d.title(), d.description(), d.rows(), d.formats(), d.table().csvFile(),
                    columns, d.id().equals("draws") && !draws.isEmpty()));
        }
        List<DataCatalog.DrawDocument> documents = new ArrayList<>();
        for (Draw dr : draws) {
            String title = ctx.text(dr.title());
            documents.add(new DataCatalog.DrawDocument(title == null ? dr.id() : title, DrawsDataset.file(dr)));
        }
        List<DataCatalog.Schema> schemas = new ArrayList<>();
        for (Registry r : Registry.values()) {
            schemas.add(new DataCatalog.Schema(JsonSchemas.fileName(r), r.where()));
        }
        return new DataCatalog(site, summary(site), ctx.site.asOf().toString(), "../" + ctx.dflt + "/",
                Json.pretty(jsonLd(datasets)), entries, documents, schemas, DataContext.LICENSE);
    }

    private String summary(String site) {
        return "The public registries of " + site + " — members, travel support, advice, draws, meetings, programmes "
                + "and working groups — as CSV and JSON, free to reuse under CC BY 4.0.";
    }

    private String siteTitle() {
        String t = ctx.text(ctx.site.title());
        return t == null ? "the community" : t;
    }

    /** schema.org DataCatalog with one Dataset per table, each offered as DataDownloads. */
    ObjectNode jsonLd(List<Dataset> datasets) {
        ObjectNode o = Json.object();
        o.put("@context", "https://schema.org");
        o.put("@type", "DataCatalog");
        o.put("name", "Open data · " + siteTitle());
        o.put("description", summary(siteTitle()));
        if (ctx.hasBaseUrl()) o.put("url", ctx.dataUrl(""));
        o.put("inLanguage", "en");
        o.put("license", DataContext.LICENSE);
        ObjectNode publisher = o.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", siteTitle());
        if (ctx.hasBaseUrl()) publisher.put("url", ctx.url("/"));
        ArrayNode list = o.putArray("dataset");
        for (Dataset d : datasets) {
            ObjectNode ds = list.addObject();
            ds.put("@type", "Dataset");
            ds.put("name", d.title());
            ds.put("description", d.description());
            if (ctx.hasBaseUrl()) ds.put("url", ctx.dataUrl("#" + DataCatalog.anchor(d.id())));
            ds.put("license", DataContext.LICENSE);
            ds.put("isAccessibleForFree", true);
            ArrayNode vars = ds.putArray("variableMeasured");
            for (Column c : d.table().columns()) vars.add(c.name());
            ArrayNode dist = ds.putArray("distribution");
            for (Dataset.Download f : d.formats()) {
                ObjectNode dd = dist.addObject();
                dd.put("@type", "DataDownload");
                dd.put("encodingFormat", f.mediaType());
                dd.put("contentUrl", ctx.hasBaseUrl() ? ctx.dataUrl(f.file()) : f.file());
            }
        }
        return o;
    }
}
